/** Finding units by offset in a document's units, which are in document order. */
import type { OffsetRange, Unit } from './model';

/** The index of the first item (units, problems: in document order) that starts at or after `offset` (`items.length` if none). */
export function firstStartingFrom(items: readonly { readonly range: OffsetRange }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].range.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first unit that starts at or after `offset` (`units.length` if none). */
export function firstUnitFrom(units: readonly Unit[], offset: number): number {
  return firstStartingFrom(units, offset);
}

/** The unit whose range holds `offset` (its end included, so a cursor after `</span>` counts). */
export function unitAtOffset(units: readonly Unit[], offset: number): Unit | undefined {
  const index = firstUnitFrom(units, offset + 1) - 1;
  const unit = units[index];
  return unit && offset >= unit.range.start && offset <= unit.range.end ? unit : undefined;
}
