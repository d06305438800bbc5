/** Heading sections, shared by the outline and folding: where each heading's section ends. */
import type { Heading, OffsetRange } from '../core/model';

/** From the heading to the next heading of the same or a higher level, trailing blank lines left out. */
export function sectionRange(text: string, headings: readonly Heading[], index: number): OffsetRange {
  const heading = headings[index];
  let end = text.length;
  for (let next = index + 1; next < headings.length; next++) {
    if (headings[next].level <= heading.level) {
      end = headings[next].range.start;
      break;
    }
  }
  while (end > heading.range.end && isWhitespace(text.charCodeAt(end - 1))) end--;
  return { start: heading.range.start, end: Math.max(end, heading.range.end) };
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
