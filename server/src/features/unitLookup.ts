/**
 * Finding the unit under a cursor, and which of its halves the cursor is in. Units are sorted
 * and never overlap, so a binary search answers in O(log n) on the largest files.
 */
import type { OffsetRange, SxsDocument, Unit } from '../core/model';

/** Which half of a unit a position belongs to: the translation (with its tags) or the sxs-lookup half. */
export type UnitSide = 'translation' | 'source';

/**
 * The unit whose markup holds `offset`. A cursor just after a unit's last `>` also belongs to
 * it, so an editor caret at the end of a unit still finds it.
 */
export function unitAtOffset(doc: SxsDocument, offset: number): Unit | undefined {
  const units = doc.units;
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = units[middle].range;
    if (offset < range.start) high = middle - 1;
    else if (offset > range.end) low = middle + 1;
    else if (offset === range.end && units[middle + 1]?.range.start === offset) return units[middle + 1];
    else return units[middle];
  }
  return undefined;
}

/** The sxs-lookup half starts at its `<span class="sxs-lookup">`, right after the translation's `</span>`. */
export function sideAtOffset(unit: Unit, offset: number): UnitSide {
  if (!unit.source) return 'translation';
  return offset >= lookupStart(unit) ? 'source' : 'translation';
}

/** Offset where the sxs-lookup markup of a unit begins (the translation's closing tag ends there). */
export function lookupStart(unit: Unit): number {
  const afterTranslation = unit.translation.range.end;
  return unit.source ? Math.min(afterTranslation + '</span>'.length, unit.source.range.start) : unit.range.end;
}

/** Units whose markup overlaps `range` (an empty range touching a unit counts), in document order. */
export function unitsOverlapping(doc: SxsDocument, range: OffsetRange): Unit[] {
  const units = doc.units;
  let low = 0;
  let high = units.length;
  // First unit that ends at or after range.start.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (units[middle].range.end < range.start) low = middle + 1;
    else high = middle;
  }
  const found: Unit[] = [];
  for (let index = low; index < units.length && units[index].range.start <= range.end; index++) {
    if (rangesTouch(units[index].range, range)) found.push(units[index]);
  }
  return found;
}

/** Whether two ranges share a character, or an empty range sits inside or at the edge of the other. */
export function rangesTouch(a: OffsetRange, b: OffsetRange): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
