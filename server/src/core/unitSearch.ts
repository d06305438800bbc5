/** Finding units by offset in a document's units, which are in document order. */
import type { Unit } from './model';

/** The index of the first unit that starts at or after `offset` (`units.length` if none). */
export function firstUnitFrom(units: readonly Unit[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (units[middle].range.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The unit whose range holds `offset` (its end included, so a cursor after `</span>` counts). */
export function unitAtOffset(units: readonly Unit[], offset: number): Unit | undefined {
  const index = firstUnitFrom(units, offset + 1) - 1;
  const unit = units[index];
  return unit && offset >= unit.range.start && offset <= unit.range.end ? unit : undefined;
}
