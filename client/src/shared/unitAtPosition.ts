/**
 * Which unit a cursor or the top of a scrolled pane is on. Units come in document order, so a
 * binary search finds the answer in files of thousands of units without a pause.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { comparePositions, rangeContainsPosition } from './lspPositions';

/** Anything placed in a document by a range: units, headings, located English sentences. */
export interface Placed {
  readonly range: Range;
}

/** Index of the last item that starts at or before `position`, or -1 when all start after it. */
export function lastIndexStartingAtOrBefore(items: readonly Placed[], position: Position): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (comparePositions(items[middle].range.start, position) <= 0) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Index of the unit that contains `position`, or undefined when the position is between units. */
export function unitIndexAtPosition(units: readonly Placed[], position: Position): number | undefined {
  const candidate = lastIndexStartingAtOrBefore(units, position);
  return candidate >= 0 && rangeContainsPosition(units[candidate].range, position) ? candidate : undefined;
}

/**
 * Index of the unit a reader at `position` is looking at: the one containing it, else the last
 * one before it (a cursor on the blank line after a paragraph still belongs to that paragraph),
 * else the first unit; undefined only when there are no units.
 */
export function unitIndexNearPosition(units: readonly Placed[], position: Position): number | undefined {
  if (units.length === 0) return undefined;
  return Math.max(0, lastIndexStartingAtOrBefore(units, position));
}

/** Index of the first unit that starts on `line` or later, or undefined past the last one. */
export function firstUnitIndexFromLine(units: readonly Placed[], line: number): number | undefined {
  const index = units.findIndex((unit) => unit.range.end.line >= line);
  return index === -1 ? undefined : index;
}
