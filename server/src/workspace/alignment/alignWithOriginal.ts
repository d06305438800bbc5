/**
 * Aligns the English halves of a localized article with the current English original.
 *
 * 1. Exact text first: each unit's English (white space collapsed) is searched in the original's
 *    prose (`originalProse.ts`), longest first, each taking the first occurrence no unit took.
 * 2. Then by position and similarity: the units not found lie between found neighbours; the
 *    prose between those neighbours that no unit covers is cut into sentences, and the two
 *    sequences are paired in order, maximizing the summed match percentage (`matchScore.ts`),
 *    pairs below `CHANGED_MINIMUM` refused.
 *
 * A paired unit is `changed` (its English was edited), an unpaired unit `removed` (its sentence
 * is gone), an unpaired sentence `added` (no unit carries it), reported at the nearest unit.
 */
import type { OffsetRange } from '../../core/model';
import { matchTokens, normalizeSentence, percentageOfTokens, type MatchToken } from '../memory/matchScore';
import { readOriginalProse, type OriginalProse, type ProseRegion } from './originalProse';
import { splitSentences } from './sentenceSplit';

/** A unit's English, as the alignment needs it. */
export interface AlignedUnitInput {
  /** The sxs-lookup half as written. */
  readonly english: string;
  readonly region: ProseRegion;
}

/** Where a unit's English stands in the original. */
export type UnitAlignment =
  | { readonly status: 'current'; readonly range: OffsetRange }
  | { readonly status: 'changed'; readonly range: OffsetRange; readonly current: string; readonly percentage: number }
  | { readonly status: 'removed' }
  /** No English to compare (an empty or missing sxs-lookup half). */
  | { readonly status: 'unknown' };

/** A sentence of the original that no unit carries. */
export interface AddedSentence {
  readonly range: OffsetRange;
  readonly text: string;
  readonly region: ProseRegion;
  /** The unit it follows (or precedes when `before`), an index into the input; -1 when the article has none. */
  readonly nearUnit: number;
  readonly before: boolean;
}

/** The article against its original. */
export interface OriginalAlignment {
  /** One entry per input unit. */
  readonly units: readonly UnitAlignment[];
  readonly added: readonly AddedSentence[];
}

/** The lowest match percentage at which a unit's old English and a new sentence are the same sentence edited. */
export const CHANGED_MINIMUM = 50;
/** Above this many unit × sentence pairs in one stretch, only pairs near the diagonal are scored. */
const FULL_PAIRING_LIMIT = 40_000;
const BAND = 20;

/** The alignment of `units` (document order) with the text of their English original (or its prose, read once by the caller). */
export function alignWithOriginal(units: readonly AlignedUnitInput[], original: string | OriginalProse): OriginalAlignment {
  const prose = typeof original === 'string' ? readOriginalProse(original) : original;
  const covered = new Uint8Array(prose.text.length);
  const found: (OffsetRange | undefined)[] = new Array(units.length);
  const normalized = units.map((unit) => normalizeSentence(unit.english));

  // Longest first, so a short sentence never takes the words of a longer one that holds it; the
  // units of one sentence take its occurrences in document order (the sort is stable).
  const byLength = units.map((_, index) => index).sort((a, b) => normalized[b].length - normalized[a].length);
  for (const index of byLength) {
    const english = normalized[index];
    if (english === '') continue;
    const at = firstUncovered(prose, covered, english, units[index].region);
    if (at === -1) continue;
    found[index] = { start: at, end: at + english.length };
    covered.fill(1, at, at + english.length);
  }

  const sentences = uncoveredSentences(prose, covered);
  const used = new Uint8Array(sentences.length);
  const alignments: UnitAlignment[] = units.map((_, index) => {
    if (normalized[index] === '') return { status: 'unknown' };
    const range = found[index];
    return range ? { status: 'current', range: toOriginal(prose, range) } : { status: 'removed' };
  });

  for (const stretch of unfoundStretches(units, normalized, found, prose)) {
    const candidates = sentences.map((sentence, index) => ({ sentence, index })).filter(({ sentence, index }) => !used[index] && sentence.region === stretch.region && sentence.start >= stretch.from && sentence.end <= stretch.to);
    const pairs = pairInOrder(
      stretch.units.map((index) => matchTokens(normalized[index])),
      candidates.map(({ sentence }) => sentence.tokens),
    );
    for (const [unitPosition, candidatePosition, percentage] of pairs) {
      const { sentence, index } = candidates[candidatePosition];
      used[index] = 1;
      alignments[stretch.units[unitPosition]] = { status: 'changed', range: toOriginal(prose, sentence), current: sentence.text, percentage };
    }
  }

  const added: AddedSentence[] = [];
  const anchors = found
    .map((range, index) => ({ range, index, region: units[index].region }))
    .filter((anchor): anchor is { range: OffsetRange; index: number; region: ProseRegion } => anchor.range !== undefined)
    .sort((a, b) => a.range.start - b.range.start);
  sentences.forEach((sentence, index) => {
    if (used[index]) return;
    const { nearUnit, before } = nearestUnit(anchors, sentence, units.length);
    added.push({ range: toOriginal(prose, sentence), text: sentence.text, region: sentence.region, nearUnit, before });
  });
  return { units: alignments, added };
}

interface ProseSentence extends OffsetRange {
  readonly text: string;
  readonly tokens: readonly MatchToken[];
  readonly region: ProseRegion;
}

/** Position in `prose.text` of the first whole-word occurrence of `english` in its region that no unit took, else -1. */
function firstUncovered(prose: OriginalProse, covered: Uint8Array, english: string, region: ProseRegion): number {
  const [from, to] = region === 'body' ? [prose.bodyStart, prose.text.length] : [0, prose.bodyStart];
  for (let position = prose.text.indexOf(english, from); position !== -1 && position + english.length <= to; position = prose.text.indexOf(english, position + 1)) {
    if (covered[position] || covered[position + english.length - 1] || insideCodeSpan(prose.text, position)) continue;
    if (!splitsWord(prose.text, position) && !splitsWord(prose.text, position + english.length)) return position;
  }
  return -1;
}

/** Whether `position` falls inside an inline code span of its paragraph (an odd number of backticks before it). */
function insideCodeSpan(text: string, position: number): boolean {
  let ticks = 0;
  for (let index = position - 1; index >= 0 && text[index] !== '\n'; index--) if (text[index] === '`') ticks++;
  return ticks % 2 === 1;
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

function splitsWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && WORD_CHARACTER.test(text[offset - 1]) && WORD_CHARACTER.test(text[offset]);
}

/** The sentences of the prose no unit covers, in order. */
function uncoveredSentences(prose: OriginalProse, covered: Uint8Array): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  const text = prose.text;
  let position = 0;
  while (position < text.length) {
    if (covered[position] || text[position] === '\n') {
      position++;
      continue;
    }
    let end = position;
    while (end < text.length && !covered[end] && text[end] !== '\n') end++;
    for (const range of splitSentences(text, position, end)) {
      const sentence = text.slice(range.start, range.end);
      if (!isProseSentence(sentence)) continue;
      sentences.push({ ...range, text: sentence, tokens: matchTokens(sentence), region: range.start < prose.bodyStart ? 'front-matter' : 'body' });
    }
    position = end;
  }
  return sentences;
}

/**
 * Whether a leftover piece reads as a sentence: two words or more once images, link
 * destinations, code and tags are set aside. Localization leaves single terms (a product name,
 * a type in a table cell) and the brackets around a link text's unit unwrapped.
 */
function isProseSentence(text: string): boolean {
  const words = text
    .replace(/!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|`[^`]*`|<[^>]*>/g, ' ')
    .match(/[\p{L}\p{N}]+/gu);
  return (words?.length ?? 0) >= 2;
}

/** Runs of consecutive units not found exactly, with the stretch of prose between their found neighbours. */
function unfoundStretches(units: readonly AlignedUnitInput[], normalized: readonly string[], found: readonly (OffsetRange | undefined)[], prose: OriginalProse) {
  const stretches: { units: number[]; region: ProseRegion; from: number; to: number }[] = [];
  for (const region of ['front-matter', 'body'] as const) {
    const [regionStart, regionEnd] = region === 'body' ? [prose.bodyStart, prose.text.length] : [0, prose.bodyStart];
    let previousEnd = regionStart;
    let pending: number[] = [];
    const close = (nextStart: number): void => {
      if (pending.length > 0) stretches.push({ units: pending, region, from: previousEnd, to: nextStart >= previousEnd ? nextStart : regionEnd });
      pending = [];
    };
    units.forEach((unit, index) => {
      if (unit.region !== region || normalized[index] === '') return;
      const range = found[index];
      if (!range) {
        pending.push(index);
        return;
      }
      close(range.start);
      previousEnd = range.end;
    });
    close(regionEnd);
  }
  return stretches;
}

/**
 * The order-preserving pairing of units and sentences with the largest summed percentage, pairs
 * below `CHANGED_MINIMUM` refused: [unit position, sentence position, percentage][].
 */
function pairInOrder(units: readonly (readonly MatchToken[])[], sentences: readonly (readonly MatchToken[])[]): [number, number, number][] {
  const n = units.length;
  const m = sentences.length;
  if (n === 0 || m === 0) return [];
  const banded = n * m > FULL_PAIRING_LIMIT;
  const score = (i: number, j: number): number => {
    if (banded && Math.abs(Math.round((i * m) / n) - j) > BAND) return 0;
    const percentage = percentageOfTokens(units[i], sentences[j]);
    return percentage >= CHANGED_MINIMUM ? percentage : 0;
  };
  const scores = new Float64Array(n * m);
  const best = new Float64Array((n + 1) * (m + 1));
  const width = m + 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pair = score(i - 1, j - 1);
      scores[(i - 1) * m + (j - 1)] = pair;
      best[i * width + j] = Math.max(best[(i - 1) * width + j], best[i * width + j - 1], pair > 0 ? best[(i - 1) * width + j - 1] + pair : 0);
    }
  }
  const pairs: [number, number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const pair = scores[(i - 1) * m + (j - 1)];
    if (best[i * width + j] === best[(i - 1) * width + j]) i--;
    else if (best[i * width + j] === best[i * width + j - 1]) j--;
    else {
      pairs.push([i - 1, j - 1, pair]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** The unit an added sentence is reported at: the found unit before it in the original, else the one after. */
function nearestUnit(anchors: readonly { range: OffsetRange; index: number; region: ProseRegion }[], sentence: ProseSentence, unitCount: number): { nearUnit: number; before: boolean } {
  let previous: number | undefined;
  let next: number | undefined;
  for (const anchor of anchors) {
    if (anchor.region !== sentence.region) continue;
    if (anchor.range.end <= sentence.start) previous = anchor.index;
    else if (next === undefined) next = anchor.index;
  }
  if (previous !== undefined) return { nearUnit: previous, before: false };
  if (next !== undefined) return { nearUnit: next, before: true };
  return { nearUnit: unitCount > 0 ? 0 : -1, before: true };
}

/** A range of the prose string as a range of the original. */
function toOriginal(prose: OriginalProse, range: OffsetRange): OffsetRange {
  return { start: prose.offsets[range.start], end: prose.offsets[range.end - 1] + 1 };
}
