/** The unit an offset falls in (or the next one after it), for opening the grid where the cursor is. Pure. */
import type { Unit } from '../../../server/src/core/model';

export function unitIndexAt(units: readonly Unit[], offset: number): number | undefined {
  if (units.length === 0) return undefined;
  let low = 0;
  let high = units.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (units[middle].range.end < offset) low = middle + 1;
    else high = middle;
  }
  return units[low].index;
}
