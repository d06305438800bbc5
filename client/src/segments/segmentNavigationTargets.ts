/**
 * Where the segment navigation commands go from a cursor: the next or previous unit, the next
 * unit with findings, the next untranslated unit. Pure, so each rule is tested on plain data.
 */
import type { Position } from 'vscode-languageserver-types';
import type { UnitStatus, UnitSummary } from '../../../server/src/protocol';
import { comparePositions } from '../shared/lspPositions';
import { lastIndexStartingAtOrBefore, unitIndexAtPosition } from '../shared/unitAtPosition';

/** The part of a unit summary the navigation needs. */
export type NavigableUnit = Pick<UnitSummary, 'range' | 'status' | 'findings'>;

/** A unit to go to, and whether the search went past the end and started again at the top. */
export interface NavigationTarget {
  readonly index: number;
  readonly wrapped: boolean;
}

/** Whether a unit needs a reviewer's attention: findings, markup too broken to check, or English that changed in the original. */
export function unitHasProblem(unit: Pick<UnitSummary, 'status' | 'findings'>): boolean {
  return unit.findings > 0 || unit.status === 'finding' || unit.status === 'broken' || unit.status === 'stale';
}

/** Whether a unit still waits for a translation: empty, or identical to its English. */
export function unitIsUntranslated(unit: Pick<UnitSummary, 'status'>): boolean {
  const untranslated: readonly UnitStatus[] = ['empty', 'unchanged'];
  return untranslated.includes(unit.status);
}

/** Which way to search, what to accept, and whether to start again at the other end. */
export interface NavigationSearch {
  readonly direction: 'next' | 'previous';
  readonly accept?: (unit: NavigableUnit) => boolean;
  readonly wrap?: boolean;
}

/**
 * The first accepted unit after the cursor's unit (or after the cursor, between units), or the
 * last one before it when searching backwards. With `wrap`, the search continues from the
 * other end of the file and says so.
 */
export function findUnit(units: readonly NavigableUnit[], position: Position, search: NavigationSearch): NavigationTarget | undefined {
  const accept = search.accept ?? (() => true);
  const current = unitIndexAtPosition(units, position);
  const forward = search.direction === 'next';
  const first = current !== undefined ? current + (forward ? 1 : -1) : forward ? firstStartingAfter(units, position) : lastIndexStartingAtOrBefore(units, position);
  const step = forward ? 1 : -1;
  for (let index = first; index >= 0 && index < units.length; index += step) {
    if (accept(units[index])) return { index, wrapped: false };
  }
  if (!search.wrap) return undefined;
  // Round the end: the part of the file not searched yet, from the other end.
  for (let index = forward ? 0 : units.length - 1; forward ? index < first : index > first; index += step) {
    if (accept(units[index])) return { index, wrapped: true };
  }
  return undefined;
}

function firstStartingAfter(units: readonly NavigableUnit[], position: Position): number {
  const index = units.findIndex((unit) => comparePositions(unit.range.start, position) > 0);
  return index === -1 ? units.length : index;
}
