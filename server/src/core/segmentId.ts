/** Reading segment ids: `f9f29-103` (five hex characters, a dash, a number) or merged `f9f29-p103`. */
import type { OffsetRange, SegmentId } from './model';

const SEGMENT_ID = /^([0-9a-f]{5})-(p?)(\d+)$/;

/** Splits an id into prefix and number; ids of another shape keep their text with an empty prefix. */
export function readSegmentId(text: string, range: OffsetRange): SegmentId {
  const match = SEGMENT_ID.exec(text);
  if (!match) return { text, prefix: '', number: Number.NaN, merged: false, range };
  return { text, prefix: match[1], number: Number(match[3]), merged: match[2] === 'p', range };
}
