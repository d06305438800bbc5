/**
 * Smart selection that knows units: word → the half's text → the whole unit → the line → the
 * block (paragraph). Expanding from a word in a translation selects exactly the translated
 * sentence, then the unit with its English, instead of HTML fragments.
 */
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { OffsetRange } from '../core/model';
import { toOffset, toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { sideAtOffset, unitAtOffset } from './unitLookup';

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;

/** One selection-range chain per position; null for Markdown that is not a localized article. */
export function selectionRangesOf(snapshot: DocumentSnapshot, positions: readonly Position[]): SelectionRange[] | null {
  if (!snapshot.isLocalized) return null;
  return positions.map((position) => selectionRangeAt(snapshot, toOffset(snapshot.lines, position)));
}

function selectionRangeAt(snapshot: DocumentSnapshot, offset: number): SelectionRange {
  const { text, lines } = snapshot;
  const line = lines.lineAt(offset);
  const lineRange = { start: lines.lineStarts[line], end: lines.lineEnd(line) };
  const candidates: OffsetRange[] = [];
  const unit = unitAtOffset(snapshot.model, offset);
  if (unit) {
    const half = sideAtOffset(unit, offset) === 'source' && unit.source ? unit.source : unit.translation;
    const inHalf = offset >= half.range.start && offset <= half.range.end;
    candidates.push(wordAt(text, offset, inHalf ? half.range : lineRange), half.range, unit.range);
  } else {
    candidates.push(wordAt(text, offset, lineRange));
  }
  candidates.push(lineRange, paragraphAround(snapshot, line));
  return chain(snapshot, nested(candidates, offset), offset);
}

/** The run of word characters around `offset`, inside `bounds`; empty when the cursor is on none. */
function wordAt(text: string, offset: number, bounds: OffsetRange): OffsetRange {
  let start = offset;
  let end = offset;
  while (start > bounds.start && WORD_CHARACTER.test(text[start - 1])) start--;
  while (end < bounds.end && WORD_CHARACTER.test(text[end])) end++;
  return { start, end };
}

/** The lines around `line` up to the blank lines before and after. */
function paragraphAround(snapshot: DocumentSnapshot, line: number): OffsetRange {
  const { lines, text } = snapshot;
  const blank = (index: number): boolean => text.slice(lines.lineStarts[index], lines.lineEnd(index)).trim() === '';
  if (blank(line)) return { start: lines.lineStarts[line], end: lines.lineEnd(line) };
  let first = line;
  let last = line;
  while (first > 0 && !blank(first - 1)) first--;
  while (last + 1 < lines.lineCount && !blank(last + 1)) last++;
  return { start: lines.lineStarts[first], end: lines.lineEnd(last) };
}

/** Keeps the ranges that hold the cursor and strictly grow, each holding the one before. */
function nested(candidates: readonly OffsetRange[], offset: number): OffsetRange[] {
  const kept: OffsetRange[] = [];
  for (const range of candidates) {
    if (range.start > offset || range.end < offset || range.end === range.start) continue;
    const previous = kept[kept.length - 1];
    if (previous && (range.start > previous.start || range.end < previous.end || (range.start === previous.start && range.end === previous.end))) continue;
    kept.push(range);
  }
  return kept;
}

function chain(snapshot: DocumentSnapshot, ranges: readonly OffsetRange[], offset: number): SelectionRange {
  let parent: SelectionRange | undefined;
  for (let index = ranges.length - 1; index >= 0; index--) {
    parent = parent ? { range: toRange(snapshot.lines, ranges[index]), parent } : { range: toRange(snapshot.lines, ranges[index]) };
  }
  // A cursor on a blank line: an empty range at the cursor, which LSP allows.
  return parent ?? { range: toRange(snapshot.lines, { start: offset, end: offset }) };
}
