/**
 * Line/character positions as the protocol sends them, compared without `vscode`, so the pure
 * modules of the client can reason about where a unit sits.
 */
import type { Position, Range } from 'vscode-languageserver-types';

/** Negative when `a` comes before `b`, zero when equal, positive after. */
export function comparePositions(a: Position, b: Position): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line;
}

/** Whether `position` lies in `range`, both ends included (a cursor right after a unit is still on it). */
export function rangeContainsPosition(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** Whether two ranges share at least one position (touching ends count). */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Whether `range` starts on or before `lastLine` and ends on or after `firstLine`. */
export function rangeMeetsLines(range: Range, firstLine: number, lastLine: number): boolean {
  return range.start.line <= lastLine && range.end.line >= firstLine;
}
