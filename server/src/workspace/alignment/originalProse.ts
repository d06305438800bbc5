/**
 * The prose of an English original, as the localization pipeline cuts it into units: the
 * `title` and `description` of the front matter, and the text of headings, paragraphs, list
 * items, table cells and blockquotes, with the line structure (`#`, `>`, list markers, heading
 * anchors, table pipes) taken off and line wrapping undone. Fenced code, HTML comments and lines
 * that are only an include, a `:::` directive, an image, an alert keyword or HTML tags are not
 * prose: localization never wraps them.
 *
 * The prose is kept as one search string with white space collapsed (`text`), paragraphs
 * separated by `\n`, and the offset in the original of every character (`offsets`), so a unit's
 * English is found with one `indexOf` and mapped back to the exact range it covers.
 */
import { readFrontMatter } from '../../core/frontMatter';
import { buildLineTable, lineEndOf } from '../../core/lineTable';
import type { OffsetRange } from '../../core/model';

/** Which part of an article a unit or a sentence belongs to. */
export type ProseRegion = 'front-matter' | 'body';

/** The searchable prose of an original. */
export interface OriginalProse {
  /** Prose with white space runs as one space; `\n` between paragraphs (a unit never spans one). */
  readonly text: string;
  /** For each character of `text`, its offset in the original (`\n` separators: the paragraph end). */
  readonly offsets: Int32Array;
  /** Where the body's prose starts in `text`; before it, the front matter's. */
  readonly bodyStart: number;
}

const TRANSLATED_KEYS = /^(title|description)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const WHOLE_PIECE_NOT_PROSE = [
  /^\[!(?:INCLUDE|div)[^\]]*\](?:\([^)]*\))?\]?$/i, // an include or div token alone
  /^\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]$/i, // an alert keyword alone
  /^:::.*$/, // directives (:::image, :::row:::, :::column…)
  /^\[[^\]]+\]:\s*\S+.*$/, // a reference link definition
  /^[-|:\s]+$/, // a table separator row
];

/** Reads the prose of `original` (any text; never throws). */
export function readOriginalProse(original: string): OriginalProse {
  const builder = new ProseBuilder(original);
  const frontMatterStart = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = readFrontMatter(original, frontMatterStart);
  const bodyStartOffset = frontMatter?.range.end ?? 0;
  if (frontMatter) addFrontMatter(builder, original, frontMatter.contentRange);
  const bodyStart = builder.length;
  addBody(builder, original, bodyStartOffset);
  return builder.finish(bodyStart);
}

function addFrontMatter(builder: ProseBuilder, text: string, range: OffsetRange): void {
  let position = range.start;
  while (position < range.end) {
    let end = text.indexOf('\n', position);
    if (end === -1 || end > range.end) end = range.end;
    const line = text.slice(position, end).replace(/\r$/, '');
    const match = TRANSLATED_KEYS.exec(line);
    if (match && match[2] !== '') {
      let start = position + line.indexOf(match[2], match[1].length);
      let value = match[2];
      const quoted = /^(["'])(.*)\1$/.exec(value);
      if (quoted) {
        start += 1;
        value = quoted[2];
      }
      builder.addPiece(start, start + value.length);
      builder.endParagraph();
    }
    position = end + 1;
  }
}

function addBody(builder: ProseBuilder, text: string, bodyStart: number): void {
  const table = buildLineTable(text, bodyStart);
  const comments = commentRanges(text, bodyStart);
  let comment = 0;
  for (let line = 0; line < table.lineStarts.length; line++) {
    const lineStart = table.lineStarts[line];
    if (lineStart < bodyStart) continue;
    const lineEnd = lineEndOf(text, table.lineStarts, line);
    if (table.fenced[line]) {
      builder.endParagraph();
      continue;
    }
    // Cut the HTML comments out of the line; a line inside one is no prose.
    let start = lineStart;
    const pieces: OffsetRange[] = [];
    while (comment < comments.length && comments[comment].end <= lineStart) comment++;
    for (let index = comment; index < comments.length && comments[index].start < lineEnd; index++) {
      if (comments[index].start > start) pieces.push({ start, end: comments[index].start });
      start = Math.max(start, comments[index].end);
    }
    if (start < lineEnd) pieces.push({ start, end: lineEnd });
    const lineText = text.slice(lineStart, lineEnd);
    if (lineText.trim() === '') {
      builder.endParagraph();
      continue;
    }
    const structure = lineStructure(lineText);
    if (structure.startsBlock) builder.endParagraph();
    for (const piece of pieces) addLinePiece(builder, text, Math.max(piece.start, lineStart + structure.contentStart), piece.end, structure.cells, structure.html);
    if (structure.endsBlock) builder.endParagraph();
  }
  builder.endParagraph();
}

/** What the start of a line says about its block, and where its content starts. */
function lineStructure(line: string): { contentStart: number; startsBlock: boolean; endsBlock: boolean; cells: boolean; html: boolean } {
  const marker = /^[ \t]*(?:>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:#{1,6}(?:[ \t]+|$))?(?:<a\s[^>]*>\s*<\/a>\s*)?/.exec(line)!;
  const rest = line.slice(marker[0].length);
  const heading = /#{1,6}(?:[ \t]+|$)/.test(marker[0]);
  const listItem = /(?:^|[\s>])(?:[-*+]|\d{1,9}[.)])[ \t]+/.test(marker[0]);
  const cells = rest.trimStart().startsWith('|') || (/\|/.test(rest) && /^\s*\|?[^|]*\|/.test(rest) && /\|\s*$/.test(rest));
  const html = /^\s*</.test(rest) && !/^\s*<(?:span|a|b|i|em|strong|code|kbd|br)\b/i.test(rest);
  return { contentStart: marker[0].length, startsBlock: heading || listItem || cells || html, endsBlock: heading || cells || html, cells, html };
}

/** Adds the prose of `[start, end)`, one line's content. */
function addLinePiece(builder: ProseBuilder, text: string, start: number, end: number, cells: boolean, html: boolean): void {
  if (start >= end) return;
  if (cells) {
    for (const cell of splitOn(text, start, end, /`[^`]*`|(?<!\\)(\|)/g, 1)) {
      addProse(builder, text, cell.start, cell.end);
      builder.endParagraph();
    }
    return;
  }
  if (html) {
    for (const between of splitOn(text, start, end, /<[^>]*>/g)) {
      addProse(builder, text, between.start, between.end);
      builder.endParagraph();
    }
    return;
  }
  addProse(builder, text, start, end);
}

function addProse(builder: ProseBuilder, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return;
  const piece = text.slice(start, end);
  if (WHOLE_PIECE_NOT_PROSE.some((pattern) => pattern.test(piece))) return;
  // An alert keyword leading the line's text (`> [!NOTE] The…` on one line) is no prose either.
  const alert = /^\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*/i.exec(piece);
  builder.addPiece(start + (alert ? alert[0].length : 0), end);
}

/** `[start, end)` cut at the matches of `separator` (only those with group `group` when given: code spans stay whole). */
function splitOn(text: string, start: number, end: number, separator: RegExp, group?: number): OffsetRange[] {
  const parts: OffsetRange[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  for (const match of slice.matchAll(separator)) {
    if (group !== undefined && match[group] === undefined) continue;
    parts.push({ start: start + last, end: start + match.index! });
    last = match.index! + match[0].length;
  }
  parts.push({ start: start + last, end });
  return parts;
}

function commentRanges(text: string, from: number): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  let position = text.indexOf('<!--', from);
  while (position !== -1) {
    const close = text.indexOf('-->', position + 4);
    const end = close === -1 ? text.length : close + 3;
    ranges.push({ start: position, end });
    position = text.indexOf('<!--', end);
  }
  return ranges;
}

/** Accumulates pieces into the collapsed search string and its offset map (runs copied as slices). */
class ProseBuilder {
  private readonly parts: string[] = [];
  /** Never longer than the original plus one separator per line. */
  private offsets: Int32Array;
  private size = 0;
  private pendingSpace = false;
  private paragraphOpen = false;

  constructor(private readonly original: string) {
    this.offsets = new Int32Array(original.length + 16);
  }

  get length(): number {
    return this.size;
  }

  /** Adds `[start, end)` of the original to the current paragraph, joined by one space. */
  addPiece(start: number, end: number): void {
    if (this.paragraphOpen) this.pendingSpace = true;
    let index = start;
    while (index < end) {
      if (isSpace(this.original.charCodeAt(index))) {
        if (this.paragraphOpen) this.pendingSpace = true;
        index++;
        continue;
      }
      let runEnd = index + 1;
      while (runEnd < end && !isSpace(this.original.charCodeAt(runEnd))) runEnd++;
      if (this.pendingSpace) {
        this.push(' ', index);
        this.pendingSpace = false;
      }
      this.parts.push(this.original.slice(index, runEnd));
      this.ensure(runEnd - index);
      for (let offset = index; offset < runEnd; offset++) this.offsets[this.size++] = offset;
      this.paragraphOpen = true;
      index = runEnd;
    }
  }

  endParagraph(): void {
    if (!this.paragraphOpen) return;
    this.push('\n', this.size > 0 ? this.offsets[this.size - 1] + 1 : 0);
    this.paragraphOpen = false;
    this.pendingSpace = false;
  }

  finish(bodyStart: number): OriginalProse {
    this.endParagraph();
    return { text: this.parts.join(''), offsets: this.offsets.slice(0, this.size), bodyStart };
  }

  private push(character: string, offset: number): void {
    this.parts.push(character);
    this.ensure(1);
    this.offsets[this.size++] = offset;
  }

  private ensure(more: number): void {
    if (this.size + more <= this.offsets.length) return;
    const grown = new Int32Array(Math.max(this.offsets.length * 2, this.size + more));
    grown.set(this.offsets);
    this.offsets = grown;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
