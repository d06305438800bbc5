/**
 * Finds the units of an article and the broken markup around them, in one forward pass.
 *
 * The unit markup has a fixed shape (attributes in one order, double quotes, halves adjacent), so
 * a scanner over `<` and backtick positions finds it far faster than a general HTML parse, and
 * keeps exact offsets. Nested `<span>`s inside a half are counted, so `<span style=…>` inside a
 * translation does not end it. A half never crosses a blank line: a missing `</span>` ends the
 * damage at the paragraph instead of swallowing the rest of the file.
 */
import { decodeHTML } from 'entities';
import { detached } from './detached';
import { tokenizeInline } from './inlineTokens';
import { literalAt, type LiteralTest } from './literalAt';
import { lineContaining } from './lineIndex';
import { LineContainer, type LineTable } from './lineTable';
import type { Block, Half, InlineToken, OffsetRange, Problem, SegmentId, Unit } from './model';
import { readSegmentId } from './segmentId';

const ESCAPED_OPEN = '<span data-ttu-id=&quot;';
const CLOSE = '</span>';
const isEscapedOpenAt = literalAt(ESCAPED_OPEN);
const isCloseAt = literalAt(CLOSE);
const isSpanOpenAt = literalAt('<span');
const isCommentAt = literalAt('<!--');

/** The tags of a unit written with one kind of attribute quote, with fast tests for each. */
interface UnitMarkup {
  readonly quote: string;
  readonly translationOpen: string;
  readonly lookupOpen: string;
  readonly lookupAndSourceOpen: string;
  readonly isTranslationOpenAt: LiteralTest;
  readonly isLookupOpenAt: LiteralTest;
  readonly isLookupAndSourceOpenAt: LiteralTest;
}

function unitMarkup(quote: string): UnitMarkup {
  const lookupOpen = `<span class=${quote}sxs-lookup${quote}>`;
  const translationOpen = `<span data-ttu-id=${quote}`;
  const lookupAndSourceOpen = `${lookupOpen}<span data-stu-id=${quote}`;
  return {
    quote,
    translationOpen,
    lookupOpen,
    lookupAndSourceOpen,
    isTranslationOpenAt: literalAt(translationOpen),
    isLookupOpenAt: literalAt(lookupOpen),
    isLookupAndSourceOpenAt: literalAt(lookupAndSourceOpen),
  };
}

/** Units as written in Markdown. */
const PLAIN = unitMarkup('"');
/** Units inside a double-quoted YAML string of the front matter, their quotes escaped as `\"`. */
const YAML_ESCAPED = unitMarkup('\\"');

/** What the scanner found: units and problems, both in document order. */
export interface ScanResult {
  readonly units: Unit[];
  readonly problems: Problem[];
  /** HTML comments skipped: they may span paragraphs, which matters to incremental re-parsing. */
  readonly comments: OffsetRange[];
  /** Where scanning stopped: past `to` when a comment or fence ran beyond it. */
  readonly stoppedAt: number;
}

/**
 * The text the halves of one model read, shared by all of them: a re-parse sets the new text
 * once here instead of in every half, and no half keeps an older version of the text alive.
 */
export interface DocumentText {
  text: string;
}

/** Names the block of a unit that starts at `start` on `line`, ends at `end`. */
export type BlockLocator = (start: number, end: number, line: number) => Block;

/**
 * Scans `text` from `from` to `to` (the whole text by default), skipping fenced code, HTML
 * comments and code spans outside units. `firstIndex` numbers the first unit found.
 */
export function scanUnits(text: string, lines: LineTable, frontMatterEnd: number, blockAt: BlockLocator, from = 0, to = text.length, firstIndex = 0, shared: DocumentText = { text }): ScanResult {
  return new UnitScanner(text, lines, frontMatterEnd, blockAt, firstIndex, shared).scan(from, to);
}

class UnitScanner {
  private readonly units: Unit[] = [];
  private readonly problems: Problem[] = [];
  private readonly comments: OffsetRange[] = [];
  private line = 0;
  private paragraphStart = -1;
  private paragraphEnd = -1;
  /** Whether the cached paragraph is a table row (one line: a Markdown table row cannot wrap). */
  private paragraphIsRow = false;
  private nextBacktick = -1;
  /** Depth of non-unit `<span>`s open between units on the current line. */
  private gapSpanDepth = 0;
  private gapSpanLine = -1;
  /** The last forward search per needle: where it started and what it found (-1: nothing). */
  private readonly searches = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly text: string,
    private readonly lines: LineTable,
    private readonly frontMatterEnd: number,
    private readonly blockAt: BlockLocator,
    private readonly firstIndex: number,
    private readonly shared: DocumentText,
  ) {}

  scan(from: number, to: number): ScanResult {
    const text = this.text;
    let position = from;
    this.line = this.lines.lineStarts.length > 1 ? lineContaining(this.lines.lineStarts, from) : 0;
    let nextAngle = text.indexOf('<', from);
    this.nextBacktick = text.indexOf('`', from);
    while (nextAngle !== -1 || this.nextBacktick !== -1) {
      if (this.nextBacktick !== -1 && this.nextBacktick < position) this.nextBacktick = text.indexOf('`', position);
      if (nextAngle !== -1 && nextAngle < position) nextAngle = text.indexOf('<', position);
      if (nextAngle === -1 && this.nextBacktick === -1) break;
      const at = nextAngle === -1 ? this.nextBacktick : this.nextBacktick === -1 ? nextAngle : Math.min(nextAngle, this.nextBacktick);
      if (at >= to) break;
      const line = this.lineOf(at);
      if (this.lines.fenced[line]) {
        position = this.endOfFence(line);
        continue;
      }
      position = at === this.nextBacktick ? this.skipCodeSpan(at) : this.atAngle(at, line);
    }
    return { units: this.units, problems: this.problems, comments: this.comments, stoppedAt: position };
  }

  /** Handles the `<` at `at`; returns where scanning goes on. */
  private atAngle(at: number, line: number): number {
    const text = this.text;
    if (PLAIN.isTranslationOpenAt(text, at)) return this.readUnit(at, PLAIN);
    if (at < this.frontMatterEnd && YAML_ESCAPED.isTranslationOpenAt(text, at)) return this.readUnit(at, YAML_ESCAPED);
    if (isCommentAt(text, at)) {
      const close = this.nextIndexOf('-->', at + 4);
      if (close === -1) return at + 4;
      this.comments.push({ start: at, end: close + 3 });
      return close + 3;
    }
    if (isEscapedOpenAt(text, at)) return this.readEscapedUnit(at);
    if (PLAIN.isLookupOpenAt(text, at)) return this.readOrphanLookup(at);
    if (isSpanOpenAt(text, at) && isTagNameEnd(text.charCodeAt(at + 5))) {
      this.enterGapLine(line);
      this.gapSpanDepth++;
      return at + 5;
    }
    if (isCloseAt(text, at)) {
      this.enterGapLine(line);
      if (this.gapSpanDepth > 0) this.gapSpanDepth--;
      else this.problem(at, at + CLOSE.length, 'stray `</span>` that closes no span');
      return at + CLOSE.length;
    }
    return at + 1;
  }

  private enterGapLine(line: number): void {
    if (line !== this.gapSpanLine) {
      this.gapSpanLine = line;
      this.gapSpanDepth = 0;
    }
  }

  private readUnit(start: number, markup: UnitMarkup): number {
    const text = this.text;
    const idStart = start + markup.translationOpen.length;
    const id = this.readIdAttribute(idStart, markup);
    if (!id && this.isEscapedFromHere(idStart)) return this.readEscapedUnit(start);
    if (!id) {
      this.problem(start, this.lineEnd(start), 'unreadable `<span data-ttu-id>` tag: the id is not followed by `">`');
      return idStart;
    }
    const translationStart = id.range.end + markup.quote.length + 1;
    const limit = this.paragraphEndAfter(translationStart);
    const translationEnd = this.findHalfEnd(translationStart, limit, markup);
    if (translationEnd.kind !== 'closed') {
      if (translationEnd.kind === 'lookup') {
        // `</span>` deleted just before the sxs-lookup half: the unit is still readable.
        const at = translationEnd.at;
        this.problem(start, at + markup.lookupOpen.length, 'the translation span is not closed: `</span>` is missing before the sxs-lookup half', {
          title: 'Restore the missing `</span>`',
          edits: [{ range: { start: at, end: at }, newText: CLOSE }],
        });
        return this.readSourceHalf(start, id, this.half(translationStart, at, markup), at, markup);
      }
      this.problem(start, translationEnd.at, 'the translation span is not closed: no `</span>` before ' + translationEnd.reason);
      return translationStart;
    }
    const translation = this.half(translationStart, translationEnd.at, markup);
    const afterTranslation = translationEnd.at + CLOSE.length;
    if (!markup.isLookupOpenAt(text, afterTranslation)) {
      this.addUnit(id, undefined, start, afterTranslation, translation, undefined);
      this.problem(start, afterTranslation, `unit ${id.text} has no sxs-lookup half with the English source`);
      return afterTranslation;
    }
    return this.readSourceHalf(start, id, translation, afterTranslation, markup);
  }

  /** Reads `<span class="sxs-lookup"><span data-stu-id="…">…</span></span>` at `lookupStart`. */
  private readSourceHalf(start: number, id: SegmentId, translation: Half, lookupStart: number, markup: UnitMarkup): number {
    const text = this.text;
    const sourceId = markup.isLookupAndSourceOpenAt(text, lookupStart)
      ? this.readIdAttribute(lookupStart + markup.lookupAndSourceOpen.length, markup, id)
      : undefined;
    if (!sourceId) {
      const end = lookupStart + markup.lookupOpen.length;
      this.addUnit(id, undefined, start, end, translation, undefined);
      this.problem(lookupStart, end, `the sxs-lookup half of unit ${id.text} has no readable \`<span data-stu-id="…">\``);
      return end;
    }
    const sourceStart = sourceId.range.end + markup.quote.length + 1;
    const limit = this.paragraphEndAfter(sourceStart);
    const sourceEnd = this.findHalfEnd(sourceStart, limit, markup);
    if (sourceEnd.kind !== 'closed') {
      // Both closing tags are gone: the source runs to the next unit or the end of the paragraph.
      let contentEnd = sourceEnd.at;
      while (contentEnd > sourceStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
      const source = this.half(sourceStart, contentEnd, markup);
      this.addUnit(id, sourceId, start, contentEnd, translation, source);
      this.problem(lookupStart, contentEnd, `the sxs-lookup half of unit ${id.text} is not closed: \`</span></span>\` is missing`, {
        title: 'Restore the missing `</span></span>`',
        edits: [{ range: { start: contentEnd, end: contentEnd }, newText: CLOSE + CLOSE }],
      });
      return contentEnd;
    }
    const source = this.half(sourceStart, sourceEnd.at, markup);
    const afterSource = sourceEnd.at + CLOSE.length;
    if (!isCloseAt(text, afterSource)) {
      this.addUnit(id, sourceId, start, afterSource, translation, source);
      this.problem(lookupStart, afterSource, `the sxs-lookup span of unit ${id.text} is not closed: one \`</span>\` is missing`, {
        title: 'Restore the missing `</span>`',
        edits: [{ range: { start: afterSource, end: afterSource }, newText: CLOSE }],
      });
      return afterSource;
    }
    const end = afterSource + CLOSE.length;
    this.addUnit(id, sourceId, start, end, translation, source);
    return end;
  }

  private addUnit(id: SegmentId, sourceId: SegmentId | undefined, start: number, end: number, translation: Half, source: Half | undefined): void {
    const line = this.lineOf(start);
    // One object literal with every field, so all units share one hidden class.
    this.units.push({ index: this.firstIndex + this.units.length, id, sourceId, range: { start, end }, translation, source, block: this.blockAt(start, end, line), line });
  }

  /**
   * Reads `id">` at `valueStart`; undefined when the quote or `>` is missing on the line. A source
   * id written like `sameAs` (the translation's, as it nearly always is) shares its text and
   * numbers, so a unit allocates one id string instead of two.
   */
  private readIdAttribute(valueStart: number, markup: UnitMarkup, sameAs?: SegmentId): SegmentId | undefined {
    const text = this.text;
    const quoteStart = markup.quote.charCodeAt(0);
    const limit = Math.min(text.length, valueStart + 64);
    for (let quote = valueStart; quote < limit; quote++) {
      const code = text.charCodeAt(quote);
      if (code === quoteStart) {
        if (!text.startsWith(markup.quote, quote) || text.charCodeAt(quote + markup.quote.length) !== 62) return undefined;
        const range = { start: valueStart, end: quote };
        if (sameAs && isWrittenAt(text, valueStart, quote, sameAs.text)) {
          return { text: sameAs.text, prefix: sameAs.prefix, number: sameAs.number, merged: sameAs.merged, range };
        }
        return readSegmentId(text.slice(valueStart, quote), range);
      }
      if (code === 10 || code === 13 || code === 60) return undefined;
    }
    return undefined;
  }

  /**
   * Where the half that starts at `from` ends: the `</span>` that closes it, or why none does —
   * a new unit, an sxs-lookup half, or the end of the paragraph comes first.
   */
  private findHalfEnd(from: number, limit: number, markup: UnitMarkup): HalfEnd {
    const text = this.text;
    let depth = 0;
    let at = text.indexOf('<', from);
    while (at !== -1 && at < limit) {
      if (isCloseAt(text, at)) {
        if (depth === 0) return { kind: 'closed', at, reason: '' };
        depth--;
      } else if (isSpanOpenAt(text, at) && isTagNameEnd(text.charCodeAt(at + 5))) {
        if (markup.isTranslationOpenAt(text, at)) return { kind: 'open', at, reason: 'the next unit' };
        if (markup.isLookupOpenAt(text, at)) return depth === 0 ? { kind: 'lookup', at, reason: '' } : { kind: 'open', at, reason: 'the sxs-lookup half' };
        depth++;
      }
      at = text.indexOf('<', at + 1);
    }
    return { kind: 'open', at: limit, reason: this.paragraphIsRow ? 'the end of the table row' : 'the end of the paragraph' };
  }

  private half(start: number, end: number, markup: UnitMarkup): Half {
    return new ScannedHalf(this.shared, { start, end }, markup === YAML_ESCAPED);
  }

  /** Whether the id's closing quote became `&quot;` (where the escaping of a file begins). */
  private isEscapedFromHere(valueStart: number): boolean {
    const close = this.nextIndexOf('>', valueStart);
    return close !== -1 && close - valueStart < 80 && close < this.lineEnd(valueStart) && this.text.slice(valueStart, close).includes('&quot;');
  }

  /** `<span data-ttu-id=&quot;…` — the quotes became entities and the unit is lost to HTML. */
  private readEscapedUnit(start: number): number {
    const lineEnd = this.lineEnd(start);
    const close = this.nextIndexOf(CLOSE + CLOSE, start);
    const end = close !== -1 && close < lineEnd ? close + 2 * CLOSE.length : lineEnd;
    this.problems.push({
      code: 'entity-escaped-markup',
      message: 'the quotes of this unit were escaped as `&quot;`, so it renders as text and its English is lost',
      range: { start, end },
    });
    return end;
  }

  /** An sxs-lookup half with no translation before it. */
  private readOrphanLookup(start: number): number {
    const limit = this.paragraphEndAfter(start);
    const close = this.nextIndexOf(CLOSE + CLOSE, start);
    const end = close !== -1 && close < limit ? close + 2 * CLOSE.length : start + PLAIN.lookupOpen.length;
    this.problem(start, end, 'sxs-lookup half without its translation span before it');
    return end;
  }

  /** Skips a code span opened by the backtick run at `at` (outside units, code is not markup). */
  private skipCodeSpan(at: number): number {
    const text = this.text;
    let length = 0;
    while (text.charCodeAt(at + length) === 96) length++;
    const limit = this.paragraphEndAfter(at);
    let search = at + length;
    for (;;) {
      const close = text.indexOf('`', search);
      if (close === -1 || close >= limit) return at + length;
      let closeLength = 0;
      while (text.charCodeAt(close + closeLength) === 96) closeLength++;
      if (closeLength === length) return close + closeLength;
      search = close + closeLength;
    }
  }

  private endOfFence(line: number): number {
    const { fenced, lineStarts } = this.lines;
    let next = line;
    while (next < fenced.length && fenced[next]) next++;
    return next < lineStarts.length ? lineStarts[next] : this.text.length;
  }

  /** The line of `offset`; offsets passed in only grow, so this walks forward. */
  private lineOf(offset: number): number {
    const starts = this.lines.lineStarts;
    while (this.line + 1 < starts.length && starts[this.line + 1] <= offset) this.line++;
    return this.line;
  }

  private lineEnd(offset: number): number {
    const newline = this.nextIndexOf('\n', offset);
    return newline === -1 ? this.text.length : newline;
  }

  /**
   * `text.indexOf(needle, from)`, remembering the last answer per needle: scanning only moves
   * forward, so a search from inside an earlier searched stretch has the same answer. Without it
   * a file full of unclosed `<!--`, orphan sxs-lookup halves or `&quot;` units (none closed
   * later) searched to its end once per occurrence: quadratic time.
   */
  private nextIndexOf(needle: string, from: number): number {
    const last = this.searches.get(needle);
    if (last && from >= last.from && (last.at === -1 || from <= last.at)) return last.at;
    const at = this.text.indexOf(needle, from);
    this.searches.set(needle, { from, at });
    return at;
  }

  /**
   * Start of the first blank line after `offset` (or the text's end); in a table, the start of
   * the next line, since a table row is one line. Cached per paragraph.
   */
  private paragraphEndAfter(offset: number): number {
    // A table row is asked about first: a paragraph cached from an ordinary line above it would run past the row.
    const starts = this.lines.lineStarts;
    const line = starts.length > 1 ? lineContaining(starts, offset) : 0;
    const isRow = this.lines.container[line] === LineContainer.TableRow;
    if (!isRow && !this.paragraphIsRow && offset >= this.paragraphStart && offset < this.paragraphEnd) return this.paragraphEnd;
    const text = this.text;
    this.paragraphStart = offset;
    this.paragraphIsRow = isRow;
    if (this.paragraphIsRow) {
      this.paragraphEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      return this.paragraphEnd;
    }
    let lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    for (;;) {
      const newline = text.indexOf('\n', lineStart);
      if (newline === -1) {
        this.paragraphEnd = text.length;
        break;
      }
      const nextStart = newline + 1;
      if (isBlankLine(text, nextStart) && nextStart > offset) {
        this.paragraphEnd = nextStart;
        break;
      }
      lineStart = nextStart;
    }
    return this.paragraphEnd;
  }

  private problem(start: number, end: number, message: string, fix?: Problem['fix']): void {
    this.problems.push(fix ? { code: 'malformed-unit', message, range: { start, end }, fix } : { code: 'malformed-unit', message, range: { start, end } });
  }
}

/**
 * A half whose texts and tokens are read from the document on first use and kept: a parse
 * allocates little, and after an edit only the units someone looks at pay for them.
 */
class ScannedHalf implements Half {
  private cachedText: string | undefined;
  private cachedTokens: readonly InlineToken[] | undefined;
  /** How far the half moved since its tokens were last placed: they are moved when next read. */
  private tokensBehind = 0;

  constructor(
    private readonly document: DocumentText,
    readonly range: OffsetRange,
    /** Inside a double-quoted YAML string, where `\"` stands for `"`. */
    private readonly yamlEscaped: boolean,
  ) {}

  get raw(): string {
    return this.document.text.slice(this.range.start, this.range.end);
  }

  get text(): string {
    if (this.cachedText !== undefined) return this.cachedText;
    const raw = this.raw;
    const unquoted = this.yamlEscaped ? raw.replaceAll('\\"', '"') : raw;
    const text = unquoted.includes('&') ? decodeHTML(unquoted) : unquoted;
    // Only a text of its own is kept: a kept slice would hold this version's whole text alive.
    if (text !== raw) this.cachedText = detached(text);
    return text;
  }

  get tokens(): readonly InlineToken[] {
    if (this.cachedTokens === undefined) return (this.cachedTokens = tokenizeInline(this.document.text, this.range.start, this.range.end));
    if (this.tokensBehind !== 0) {
      for (const token of this.cachedTokens) {
        moveRange(token.range, this.tokensBehind);
        if (token.labelRange) moveRange(token.labelRange, this.tokensBehind);
      }
      this.tokensBehind = 0;
    }
    return this.cachedTokens;
  }

  /**
   * Moves the half `delta` later, after an edit before it (the shared text is the new one already).
   * Its tokens follow when read: a keystroke moves every half after it, and most are not read again.
   */
  moveBy(delta: number): void {
    moveRange(this.range, delta);
    if (this.cachedTokens !== undefined) this.tokensBehind += delta;
  }
}

/** Moves a half found by the scanner `delta` later (for incremental re-parsing). */
export function shiftHalf(half: Half, delta: number): void {
  if (half instanceof ScannedHalf) half.moveBy(delta);
}

/** Moves a range in place; only for objects a re-parse hands from the old model to the new. */
export function moveRange(range: OffsetRange, delta: number): void {
  const movable = range as { start: number; end: number };
  movable.start += delta;
  movable.end += delta;
}

interface HalfEnd {
  readonly kind: 'closed' | 'lookup' | 'open';
  readonly at: number;
  readonly reason: string;
}


function isTagNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 9 || code === 10 || code === 13 || code === 47;
}

/** Whether `text` between `start` and `end` is exactly `expected`. */
function isWrittenAt(text: string, start: number, end: number, expected: string): boolean {
  if (end - start !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (text.charCodeAt(start + i) !== expected.charCodeAt(i)) return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Whether the line starting at `start` holds only spaces and tabs. */
function isBlankLine(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}
