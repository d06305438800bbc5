/** Reading segment ids: `f9f29-103` (five hex characters, a dash, a number) or merged `f9f29-p103`. */
import type { OffsetRange, SegmentId } from './model';

/** Splits an id into prefix and number; ids of another shape keep their text with an empty prefix. */
export function readSegmentId(text: string, range: OffsetRange): SegmentId {
  // By hand rather than by regular expression: this runs for every id of every parse.
  if (text.length < 7 || text.charCodeAt(5) !== 45 /* - */) return unreadable(text, range);
  for (let i = 0; i < 5; i++) if (!isLowerHex(text.charCodeAt(i))) return unreadable(text, range);
  const merged = text.charCodeAt(6) === 112; /* p */
  const digitsStart = merged ? 7 : 6;
  if (digitsStart === text.length) return unreadable(text, range);
  let number = 0;
  for (let i = digitsStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return unreadable(text, range);
    number = number * 10 + (code - 48);
  }
  return { text, prefix: sharedPrefix(text), number, merged, range };
}

let lastPrefix = '';

/** The prefix as one shared string while it repeats: comparing ids then compares pointers. */
function sharedPrefix(text: string): string {
  if (!text.startsWith(lastPrefix) || lastPrefix.length !== 5) lastPrefix = text.slice(0, 5);
  return lastPrefix;
}

function unreadable(text: string, range: OffsetRange): SegmentId {
  return { text, prefix: '', number: Number.NaN, merged: false, range };
}

function isLowerHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
}
