/**
 * Where the segment navigation commands go from a cursor: the next or previous unit, the next
 * unit with findings, the next untranslated unit. Pure, so each rule is tested on plain data.
 */
import type { Position } from 'vscode-languageserver-types';
import type { UnitStatus, UnitSummary } from '../../server/src/protocol';
import { comparePositions } from './lspPositions';
import { lastIndexStartingAtOrBefore, unitIndexAtPosition } from './unitAtPosition';

/** The part of a unit summary the navigation needs. */
export type NavigableUnit = Pick<UnitSummary, 'range' | 'status' | 'findings'>;

/** A unit to go to, and whether the search went past the end and started again at the top. */
export interface NavigationTarget {
  readonly index: number;
  readonly wrapped: boolean;
}

/** Whether a unit needs a reviewer's attention: findings, or markup too broken to check. */
export function unitHasProblem(unit: Pick<UnitSummary, 'status' | 'findings'>): boolean {
  return unit.findings > 0 || unit.status === 'finding' || unit.status === 'broken';
}

/** Whether a unit still waits for a translation: empty, or identical to its English. */
export function unitIsUntranslated(unit: Pick<UnitSummary, 'status'>): boolean {
  const untranslated: readonly UnitStatus[] = ['empty', 'unchanged'];
  return untranslated.includes(unit.status);
}

/**
 * The first accepted unit after the cursor's unit (or after the cursor, between units).
 * With `wrap`, the search continues from the top and says so.
 */
export function nextUnit(
  units: readonly NavigableUnit[],
  position: Position,
  accept: (unit: NavigableUnit) => boolean = () => true,
  wrap = false,
): NavigationTarget | undefined {
  const current = unitIndexAtPosition(units, position);
  const first = current !== undefined ? current + 1 : firstStartingAfter(units, position);
  for (let index = first; index < units.length; index++) {
    if (accept(units[index])) return { index, wrapped: false };
  }
  if (!wrap) return undefined;
  const stop = Math.min(first, units.length);
  for (let index = 0; index < stop; index++) {
    if (accept(units[index])) return { index, wrapped: true };
  }
  return undefined;
}

/** The last accepted unit before the cursor's unit (or before the cursor, between units). */
export function previousUnit(
  units: readonly NavigableUnit[],
  position: Position,
  accept: (unit: NavigableUnit) => boolean = () => true,
  wrap = false,
): NavigationTarget | undefined {
  const current = unitIndexAtPosition(units, position);
  const first = current !== undefined ? current - 1 : lastIndexStartingAtOrBefore(units, position);
  for (let index = first; index >= 0; index--) {
    if (accept(units[index])) return { index, wrapped: false };
  }
  if (!wrap) return undefined;
  for (let index = units.length - 1; index > first; index--) {
    if (accept(units[index])) return { index, wrapped: true };
  }
  return undefined;
}

function firstStartingAfter(units: readonly NavigableUnit[], position: Position): number {
  const index = units.findIndex((unit) => comparePositions(unit.range.start, position) > 0);
  return index === -1 ? units.length : index;
}
