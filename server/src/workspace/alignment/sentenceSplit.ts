/**
 * Cuts prose into sentences the way localization cuts paragraphs into units: after `.`, `!`,
 * `?` or `…` (and any closing emphasis, quote or bracket) followed by white space and a
 * sentence start. Never inside inline code, a link destination or after a common abbreviation.
 */
import type { OffsetRange } from '../../core/model';

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'fig', 'approx', 'cf', 'inc', 'ltd', 'co']);
const BOUNDARY = /[.!?…][*_"”’)\]]*(?=\s+[\p{Lu}\p{N}[*_`"“<(¡¿])/gu;

/** Sentence ranges of `text.slice(start, end)` (offsets into `text`), trimmed, empty ones dropped. */
export function splitSentences(text: string, start = 0, end = text.length): OffsetRange[] {
  const slice = text.slice(start, end);
  const protectedRanges = protectedSpans(slice);
  const sentences: OffsetRange[] = [];
  let sentenceStart = 0;
  for (const match of slice.matchAll(BOUNDARY)) {
    const cut = match.index! + match[0].length;
    if (protectedRanges.some((range) => match.index! >= range.start && match.index! < range.end)) continue;
    if (isAbbreviation(slice, match.index!)) continue;
    push(sentences, slice, start, sentenceStart, cut);
    sentenceStart = cut;
  }
  push(sentences, slice, start, sentenceStart, slice.length);
  return sentences;
}

function push(sentences: OffsetRange[], slice: string, base: number, from: number, to: number): void {
  while (from < to && /\s/.test(slice[from])) from++;
  while (to > from && /\s/.test(slice[to - 1])) to--;
  if (to > from) sentences.push({ start: base + from, end: base + to });
}

/** Inline code and link destinations, where a period ends nothing. */
function protectedSpans(slice: string): OffsetRange[] {
  const spans: OffsetRange[] = [];
  for (const match of slice.matchAll(/`[^`]*`|\]\([^)]*\)|https?:\/\/\S+/g)) spans.push({ start: match.index!, end: match.index! + match[0].length });
  return spans;
}

function isAbbreviation(slice: string, period: number): boolean {
  if (slice[period] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, period - 8), period));
  return word !== null && ABBREVIATIONS.has(word[1].toLowerCase());
}
