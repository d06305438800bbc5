/**
 * One pass over the lines of an article: which lines are fenced code, which are headings, and
 * which Markdown container each line sits in. The unit scanner reads it to skip code and to name
 * the block a unit sits in. Linear in the text; it looks only at the start of each line.
 */
import { computeLineStarts, lineEndOf } from './lineIndex';

/** Re-exported for callers that read line tables. */
export { lineEndOf };
import type { OffsetRange } from './model';

/** The container a line belongs to (units on it take this block kind unless a heading). */
export const enum LineContainer {
  Paragraph = 0,
  ListItem = 1,
  TableRow = 2,
  Blockquote = 3,
  Alert = 4,
  Html = 5,
}

/** Per-line facts, indexed by zero-based line number. */
export interface LineTable {
  readonly lineStarts: readonly number[];
  /** 1 for lines of fenced code (fence lines included); units there are code, not units. */
  readonly fenced: Uint8Array;
  /** The ATX heading level of a line, 0 when it is no heading. */
  readonly headingLevel: Uint8Array;
  readonly container: Uint8Array;
  /** 1 where a list is still open after the line: list items continue across blank lines. */
  readonly listOpen: Uint8Array;
  /** Lines holding merge-conflict markers. */
  readonly conflictMarkers: readonly OffsetRange[];
}

const ALERT_KEYWORD = /\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i;

/** The per-line arrays of a line table, filled by `classifyLines`. */
export type LineArrays = Pick<LineTable, 'fenced' | 'headingLevel' | 'container' | 'listOpen'>;

/** A line that may be a merge-conflict marker; `=======` counts only between the others. */
export interface ConflictCandidate {
  readonly line: number;
  readonly kind: '<' | '=' | '>';
}

/**
 * Room for this many more lines behind each per-line array, so the lines an edit adds fit in the
 * array's own memory: a new array of a large article's lines costs an allocation of fresh pages.
 */
const SPARE_LINES = 4096;

/** A zeroed per-line array of `lineCount` lines with spare room behind it. */
function lineArray(lineCount: number): Uint8Array {
  return new Uint8Array(new ArrayBuffer(lineCount + SPARE_LINES), 0, lineCount);
}

/** Per-line arrays for `lineCount` lines, all zero (paragraph, no heading, not fenced). */
export function emptyLineArrays(lineCount: number): LineArrays {
  return {
    fenced: lineArray(lineCount),
    headingLevel: lineArray(lineCount),
    container: lineArray(lineCount),
    listOpen: lineArray(lineCount),
  };
}

/**
 * `array` with its lines `[from, to)` replaced by `count` zero lines. In the memory of `array`
 * while its buffer has room (then `array` itself no longer holds its old lines after `to`:
 * `restoreLines` moves them back); otherwise in a new array, `array` left as it was.
 */
export function resizedLines(array: Uint8Array, from: number, to: number, count: number): Uint8Array {
  const length = array.length - (to - from) + count;
  if (length === array.length) return array.fill(0, from, to);
  if (array.buffer.byteLength - array.byteOffset >= length) {
    new Uint8Array(array.buffer, array.byteOffset, Math.max(array.length, length)).copyWithin(from + count, to, array.length);
    return new Uint8Array(array.buffer, array.byteOffset, length).fill(0, from, from + count);
  }
  const grown = lineArray(length);
  grown.set(array.subarray(0, from));
  grown.set(array.subarray(to), from + count);
  return grown;
}

/** Undoes `resizedLines(array, from, to, count)`, which returned `resized`, but for the lines `[from, to)` (the caller saved them). */
export function restoreLines(array: Uint8Array, resized: Uint8Array, from: number, to: number, count: number): void {
  if (resized.buffer !== array.buffer || resized.length === array.length) return;
  new Uint8Array(array.buffer, array.byteOffset, Math.max(array.length, resized.length)).copyWithin(to, from + count, resized.length);
}

/** Classifies every line; `frontMatterEnd` is where the body starts (0 without front matter). */
export function buildLineTable(text: string, frontMatterEnd: number): LineTable {
  const lineStarts = computeLineStarts(text);
  const lineCount = lineStarts.length;
  const arrays = emptyLineArrays(lineCount);
  const conflictCandidates: ConflictCandidate[] = [];
  classifyLines(text, lineStarts, arrays, 0, lineCount, frontMatterEnd, closableFences(text, lineStarts, frontMatterEnd), false, conflictCandidates);
  return { lineStarts, ...arrays, conflictMarkers: conflictRanges(conflictCandidates, text, lineStarts) };
}

/**
 * Classifies lines `from` to `to` (exclusive) into `arrays`. Every state but an open list ends at
 * a blank line, so a run of lines that starts after a blank line needs only `listOpenBefore`.
 */
export function classifyLines(
  text: string,
  lineStarts: readonly number[],
  arrays: LineArrays,
  from: number,
  to: number,
  frontMatterEnd: number,
  fences: ReadonlyMap<number, FenceLine>,
  listOpenBefore: boolean,
  conflictCandidates: ConflictCandidate[],
): void {
  const { fenced, headingLevel, container, listOpen } = arrays;
  let fence: FenceLine | undefined;
  let inList = listOpenBefore;
  let inAlert = false;
  let inTable = false;
  let inHtmlBlock = false;
  for (let line = from; line < to; line++) {
    classify(line);
    listOpen[line] = inList ? 1 : 0;
  }

  function classify(line: number): void {
    const start = lineStarts[line];
    if (start < frontMatterEnd) return;
    const end = lineEndOf(text, lineStarts, line);
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const indent = first - start;
    const blank = first === end;

    if (fence) {
      fenced[line] = 1;
      const here = fences.get(line);
      if (here && here.char === fence.char && here.length >= fence.length && !here.hasInfo) fence = undefined;
      return;
    }
    const opening = fences.get(line);
    if (opening?.closable) {
      fence = opening;
      fenced[line] = 1;
      return;
    }
    if (blank) {
      inAlert = false;
      inTable = false;
      inHtmlBlock = false;
      return;
    }

    const firstChar = text.charCodeAt(first);
    if (indent === 0 && (firstChar === 60 || firstChar === 61 || firstChar === 62)) {
      const marker = conflictMarkerKind(text, first, end);
      if (marker) conflictCandidates.push({ line, kind: marker });
    }
    if (indent <= 3 && firstChar === 35 /* # */) {
      let level = 0;
      while (level < 7 && text.charCodeAt(first + level) === 35) level++;
      const after = text.charCodeAt(first + level);
      if (level <= 6 && (first + level === end || after === 32 || after === 9)) {
        headingLevel[line] = level;
        inList = false;
        return;
      }
    }

    if (firstChar === 62 /* > */) {
      if (ALERT_KEYWORD.test(text.slice(first, Math.min(end, first + 40)))) inAlert = true;
      container[line] = inAlert ? LineContainer.Alert : LineContainer.Blockquote;
      return;
    }
    inAlert = false;
    if (firstChar === 124 /* | */ || inTable) {
      container[line] = LineContainer.TableRow;
      inTable = true;
      return;
    }
    if ((firstChar === 45 || firstChar === 58) && isTableDelimiterRow(text, first, end)) {
      if (line > 0 && container[line - 1] === LineContainer.Paragraph) container[line - 1] = LineContainer.TableRow;
      container[line] = LineContainer.TableRow;
      inTable = true;
      return;
    }
    if (isListMarker(text, first, end)) {
      inList = true;
      container[line] = LineContainer.ListItem;
      return;
    }
    if (firstChar === 60 /* < */ && isBlockHtmlStart(text, first)) {
      inHtmlBlock = true;
      if (/^<blockquote/i.test(text.slice(first, first + 11)) && ALERT_KEYWORD.test(text.slice(first, Math.min(end, first + 60)))) {
        container[line] = LineContainer.Alert;
      } else {
        container[line] = LineContainer.Html;
      }
      return;
    }
    if (inHtmlBlock) {
      container[line] = LineContainer.Html;
      return;
    }
    if (inList && indent >= 2) {
      container[line] = LineContainer.ListItem;
      return;
    }
    inList = false;
  }
}


export interface FenceLine {
  readonly char: number;
  readonly length: number;
  readonly hasInfo: boolean;
  /** Whether a later line can close it; an unclosed fence is read as text, so units stay units. */
  closable: boolean;
}

/**
 * Every line that looks like a fence, and for openers whether a closer follows. CommonMark runs an
 * unclosed fence to the end of the file; a translator who deletes a closing fence would then lose
 * every unit below it, so an opener without a closer is treated as plain text. A backtick fence
 * whose info string holds a backtick (```` ```code``` ````) is inline code, not a fence.
 */
export function closableFences(text: string, lineStarts: readonly number[], bodyStart: number): Map<number, FenceLine> {
  const fences = new Map<number, FenceLine>();
  const order: number[] = [];
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    if (start < bodyStart) continue;
    let first = start;
    while (text.charCodeAt(first) === 32) first++;
    const char = text.charCodeAt(first);
    if (char !== 96 && char !== 126) continue;
    let length = 0;
    while (text.charCodeAt(first + length) === char) length++;
    if (length < 3) continue;
    const end = lineEndOf(text, lineStarts, line);
    const info = text.slice(first + length, end).trim();
    if (char === 96 && info.includes('`')) continue;
    fences.set(line, { char, length, hasInfo: info.length > 0, closable: false });
    order.push(line);
  }
  // Backwards: the longest closer seen so far, per fence character.
  let longestBacktickCloser = 0;
  let longestTildeCloser = 0;
  for (let index = order.length - 1; index >= 0; index--) {
    const fence = fences.get(order[index])!;
    const longest = fence.char === 96 ? longestBacktickCloser : longestTildeCloser;
    fence.closable = longest >= fence.length;
    if (!fence.hasInfo) {
      if (fence.char === 96) longestBacktickCloser = Math.max(longestBacktickCloser, fence.length);
      else longestTildeCloser = Math.max(longestTildeCloser, fence.length);
    }
  }
  return fences;
}

/** `---|:---:` and the like: only dashes, colons, pipes and spaces, with a pipe somewhere. */
function isTableDelimiterRow(text: string, first: number, end: number): boolean {
  let pipe = false;
  for (let i = first; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 124) pipe = true;
    else if (code !== 45 && code !== 58 && code !== 32 && code !== 9) return false;
  }
  return pipe;
}

function isListMarker(text: string, first: number, end: number): boolean {
  const char = text.charCodeAt(first);
  if (char === 45 || char === 42 || char === 43) {
    const after = text.charCodeAt(first + 1);
    return first + 1 === end || after === 32 || after === 9;
  }
  let digits = 0;
  while (digits < 10 && text.charCodeAt(first + digits) >= 48 && text.charCodeAt(first + digits) <= 57) digits++;
  if (digits === 0 || digits > 9) return false;
  const delimiter = text.charCodeAt(first + digits);
  if (delimiter !== 46 && delimiter !== 41) return false;
  const after = text.charCodeAt(first + digits + 1);
  return first + digits + 1 === end || after === 32 || after === 9;
}

/** Sticky, so it is tried at a line's first character without slicing the line out. */
const BLOCK_HTML = /<\/?(?:table|thead|tbody|tr|td|th|ul|ol|li|p|div|blockquote|dl|dt|dd|section|center|h[1-6])[\s>/]/iy;

function isBlockHtmlStart(text: string, first: number): boolean {
  // Most lines that start with `<` start with a unit's `<span`: not a block tag.
  if (text.charCodeAt(first + 1) === 115 /* s */ && text.charCodeAt(first + 2) === 112 /* p */) return false;
  BLOCK_HTML.lastIndex = first;
  return BLOCK_HTML.test(text);
}

function conflictMarkerKind(text: string, first: number, end: number): '<' | '=' | '>' | undefined {
  const char = text.charCodeAt(first);
  for (let i = 1; i < 7; i++) if (text.charCodeAt(first + i) !== char) return undefined;
  const after = first + 7 === end ? 32 : text.charCodeAt(first + 7);
  if (char === 61) return first + 7 === end || /^\s*$/.test(text.slice(first + 7, end)) ? '=' : undefined;
  if (after !== 32 && after !== 9) return undefined;
  return char === 60 ? '<' : '>';
}

/** `<<<<<<<` and `>>>>>>>` lines are markers wherever they stand; `=======` only between them. */
export function conflictRanges(candidates: readonly ConflictCandidate[], text: string, lineStarts: readonly number[]): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  let open = false;
  for (const { line, kind } of candidates) {
    if (kind === '<') open = true;
    if (kind === '=' && !open) continue;
    if (kind === '>') open = false;
    ranges.push({ start: lineStarts[line], end: lineEndOf(text, lineStarts, line) });
  }
  return ranges;
}
