/**
 * The inline tokenizer: finds, inside the content of one half, the markup and literals a
 * translation must keep (emphasis, code, links, xrefs, includes, alerts, inline HTML, entities,
 * escapes, numbers).
 *
 * One left-to-right pass over `[start, end)` of the document text, without slicing it, following
 * CommonMark where it matters for parity (code spans win over everything, flanking rules for
 * emphasis, the delimiter and bracket stacks). Every look-ahead is either amortised (code span
 * closers, emphasis matching) or capped, so the time stays linear in the length of the half.
 */
import type { InlineToken, InlineTokenKind, OffsetRange } from './model';
import { detached } from './detached';

/** Tokenizes the half `text[start, end)` into inline tokens in document order; never throws. */
export function tokenizeInline(text: string, start: number, end: number): InlineToken[] {
  const from = Math.max(0, Math.min(start | 0, text.length));
  const to = Math.max(from, Math.min(end | 0, text.length));
  const scanner = new InlineScanner(text, from, to);
  try {
    scanner.run();
  } catch {
    // A tokenizer bug must not take the language server down: keep what was found so far.
  }
  return scanner.result();
}

/** How far a construct that may not close (a link tail, a tag, a directive) is looked for. */
const LOOKAHEAD_LIMIT = 2048;

/** How far the `]` closing a `[!INCLUDE …]` directive is looked for (they hold a title and a path). */
const DIRECTIVE_LIMIT = 512;

// Character codes used by the scanner.
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const EXCLAMATION = 0x21;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const AMPERSAND = 0x26;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const HASH = 0x23;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DASH = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const SPACE = 0x20;
const PIPE = 0x7c;
const AT = 0x40;

/** ASCII characters that may begin a token; everything else is skipped in one comparison. */
const STARTS_TOKEN = new Uint8Array(128);
for (const character of '\\`*_~[]!<&:.0123456789') STARTS_TOKEN[character.charCodeAt(0)] = 1;

/** ASCII punctuation as CommonMark defines it (escapable characters, flanking punctuation). */
const ASCII_PUNCTUATION = new Uint8Array(128);
for (const character of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') ASCII_PUNCTUATION[character.charCodeAt(0)] = 1;

const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Directive names of `[!name …]` that are includes rather than alerts. */
const DIRECTIVE_NAMES = new Set(['include', 'div', 'video', 'code']);

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

/** Digits of the scripts found in localized articles: ASCII, Arabic-Indic, Persian, Devanagari, Thai, full-width. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x660) return -1;
  if (code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  if (code >= 0x966 && code <= 0x96f) return code - 0x966;
  if (code >= 0xe50 && code <= 0xe59) return code - 0xe50;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** Unicode white space, as the flanking rules and URL ends see it. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isPunctuation(text: string, position: number, code: number): boolean {
  if (code < 128) return ASCII_PUNCTUATION[code] === 1;
  return UNICODE_PUNCTUATION.test(String.fromCodePoint(text.codePointAt(position) ?? code));
}

/** A run of `*`, `_` or `~~` that may open or close emphasis (CommonMark's delimiter stack). */
interface Delimiter {
  readonly character: number;
  readonly start: number;
  readonly originalLength: number;
  /** Characters not yet used by a match; used from the end for openers, from the start for closers. */
  remaining: number;
  /** Characters already used from the start of a closer run. */
  usedFromStart: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

/** A `[` or `![` waiting for its `]`. */
interface BracketOpener {
  readonly start: number;
  readonly image: boolean;
  /** Length of the delimiter stack when the bracket opened: emphasis inside a link stays inside. */
  readonly delimiterBottom: number;
}

interface MutableToken {
  kind: InlineTokenKind;
  range: OffsetRange;
  value: string;
  labelRange?: OffsetRange;
}

/** Where a code span's closing run of a given length may be: run starts in order, and a cursor. */
interface BacktickRuns {
  readonly starts: number[];
  cursor: number;
}

class InlineScanner {
  private readonly tokens: MutableToken[] = [];
  private readonly delimiters: Delimiter[] = [];
  private readonly brackets: BracketOpener[] = [];
  /** Bracket openers below this stack index are inside a link already formed: no links in links. */
  private linkBarrier = 0;
  private backtickRuns: Map<number, BacktickRuns> | undefined;
  private emphasisOutOfOrder = false;
  /** Set once a `<!--` found no `-->`: no later one will either. */
  private commentsUnclosed = false;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  result(): InlineToken[] {
    // Emphasis and links are recorded when they close; one sort puts them in document order.
    if (this.emphasisOutOfOrder) this.tokens.sort((a, b) => a.range.start - b.range.start);
    return this.tokens;
  }

  run(): void {
    const text = this.text;
    const end = this.end;
    let position = this.start;
    while (position < end) {
      // The tight inner loop skips plain text; only a possible token start leaves it.
      let code = text.charCodeAt(position);
      while (code < 128 ? STARTS_TOKEN[code] === 0 : code < 0x660 || digitValue(code) < 0) {
        if (++position >= end) break;
        code = text.charCodeAt(position);
      }
      if (position >= end) break;
      const next = code < 128 ? this.scanAsciiStart(code, position) : this.scanNumber(position);
      // Every scanner consumes at least one character; the guard keeps a slip from hanging the server.
      position = next > position ? next : position + 1;
    }
    this.processEmphasis(0);
  }

  /** Dispatches on an ASCII character that may begin a token; returns where scanning resumes. */
  private scanAsciiStart(code: number, position: number): number {
    switch (code) {
      case BACKSLASH:
        return this.scanEscape(position);
      case BACKTICK:
        return this.scanCodeSpan(position);
      case ASTERISK:
      case UNDERSCORE:
      case TILDE:
        return this.scanDelimiterRun(code, position);
      case OPEN_BRACKET:
        return this.scanOpenBracket(position);
      case EXCLAMATION:
        if (this.text.charCodeAt(position + 1) === OPEN_BRACKET && position + 1 < this.end) {
          this.brackets.push({ start: position, image: true, delimiterBottom: this.delimiters.length });
          return position + 2;
        }
        return position + 1;
      case CLOSE_BRACKET:
        return this.scanCloseBracket(position);
      case LESS_THAN:
        return this.scanAngle(position);
      case AMPERSAND:
        return this.scanEntity(position);
      case COLON:
        return this.scanColon(position);
      case DOT:
        return this.scanWwwDot(position);
      default:
        return this.scanNumber(position);
    }
  }

  private push(kind: InlineTokenKind, start: number, end: number, value: string): MutableToken {
    const token: MutableToken = { kind, range: { start, end }, value: detached(value) };
    this.tokens.push(token);
    return token;
  }

  private scanEscape(position: number): number {
    const next = this.text.charCodeAt(position + 1);
    if (position + 1 < this.end && next < 128 && ASCII_PUNCTUATION[next] === 1) {
      this.push('escape', position, position + 2, this.text[position + 1]);
      return position + 2;
    }
    return position + 1;
  }

  // ---- code spans ----------------------------------------------------------------------------

  private scanCodeSpan(position: number): number {
    const text = this.text;
    let runEnd = position;
    while (runEnd < this.end && text.charCodeAt(runEnd) === BACKTICK) runEnd++;
    const length = runEnd - position;
    const closer = this.findBacktickRun(length, runEnd);
    if (closer < 0) return runEnd; // an unmatched run is literal text
    let contentStart = runEnd;
    let contentEnd = closer;
    // CommonMark strips one space on each side when both are there and the content is not all spaces.
    if (
      contentEnd - contentStart >= 2 &&
      isSpaceOrNewline(text.charCodeAt(contentStart)) &&
      isSpaceOrNewline(text.charCodeAt(contentEnd - 1)) &&
      hasNonSpace(text, contentStart, contentEnd)
    ) {
      contentStart++;
      contentEnd--;
    }
    this.push('code', position, closer + length, text.slice(contentStart, contentEnd));
    return closer + length;
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. */
  private findBacktickRun(length: number, from: number): number {
    if (!this.backtickRuns) this.backtickRuns = this.collectBacktickRuns();
    const runs = this.backtickRuns.get(length);
    if (!runs) return -1;
    // Openers are met in increasing order, so each cursor only moves forward: linear overall.
    while (runs.cursor < runs.starts.length && runs.starts[runs.cursor] < from) runs.cursor++;
    return runs.cursor < runs.starts.length ? runs.starts[runs.cursor] : -1;
  }

  private collectBacktickRuns(): Map<number, BacktickRuns> {
    const runs = new Map<number, BacktickRuns>();
    const text = this.text;
    let position = text.indexOf('`', this.start);
    while (position >= 0 && position < this.end) {
      let runEnd = position;
      while (runEnd < this.end && text.charCodeAt(runEnd) === BACKTICK) runEnd++;
      const length = runEnd - position;
      let entry = runs.get(length);
      if (!entry) runs.set(length, (entry = { starts: [], cursor: 0 }));
      entry.starts.push(position);
      position = text.indexOf('`', runEnd);
    }
    return runs;
  }

  // ---- emphasis ------------------------------------------------------------------------------

  private scanDelimiterRun(character: number, position: number): number {
    const text = this.text;
    let runEnd = position;
    while (runEnd < this.end && text.charCodeAt(runEnd) === character) runEnd++;
    const length = runEnd - position;
    // A single `~` is "about", not strikethrough; only `~~` runs count.
    if (character === TILDE && length !== 2) return runEnd;
    const before = position > this.start ? text.charCodeAt(position - 1) : SPACE;
    const after = runEnd < this.end ? text.charCodeAt(runEnd) : SPACE;
    const beforeIsWhitespace = isWhitespace(before);
    const afterIsWhitespace = isWhitespace(after);
    const beforeIsPunctuation = !beforeIsWhitespace && isPunctuation(text, position - 1, before);
    const afterIsPunctuation = !afterIsWhitespace && isPunctuation(text, runEnd, after);
    const leftFlanking =
      !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation);
    const rightFlanking =
      !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
    let canOpen = leftFlanking;
    let canClose = rightFlanking;
    if (character === UNDERSCORE) {
      // `snake_case` must not open or close: inside a word `_` needs punctuation on the outer side.
      canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation);
      canClose = rightFlanking && (!leftFlanking || afterIsPunctuation);
    }
    if (canOpen || canClose) {
      this.delimiters.push({
        character,
        start: position,
        originalLength: length,
        remaining: length,
        usedFromStart: 0,
        canOpen,
        canClose,
      });
    }
    return runEnd;
  }

  /**
   * Matches the delimiters above `bottom` into emphasis tokens (CommonMark's "process emphasis",
   * with per-kind openers_bottom so unmatched closers never rescan the stack), then drops them.
   */
  private processEmphasis(bottom: number): void {
    const stack = this.delimiters;
    const count = stack.length - bottom;
    if (count < 2) {
      stack.length = bottom;
      return;
    }
    const links = emphasisScratch(count);
    const previous = links.previous;
    const next = links.next;
    for (let index = 0; index < count; index++) {
      previous[index] = index - 1;
      next[index] = index + 1 < count ? index + 1 : -1;
    }
    const openersBottom = links.openersBottom.fill(-1);
    let current = 0;
    while (current >= 0) {
      const closer = stack[bottom + current];
      if (!closer.canClose) {
        current = next[current];
        continue;
      }
      const key = delimiterSlot(closer.character) * 8 + (closer.canOpen ? 4 : 0) + (closer.originalLength % 3);
      const lowest = openersBottom[key];
      let opener = previous[current];
      let found = false;
      while (opener > lowest) {
        const candidate = stack[bottom + opener];
        if (candidate.character === closer.character && candidate.canOpen && matchable(candidate, closer)) {
          found = true;
          break;
        }
        opener = previous[opener];
      }
      if (!found) {
        openersBottom[key] = previous[current];
        const following = next[current];
        if (!closer.canOpen) unlink(previous, next, current);
        current = following;
        continue;
      }
      const openerDelimiter = stack[bottom + opener];
      const used = openerDelimiter.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
      const value = String.fromCharCode(closer.character).repeat(used);
      const openerEnd = openerDelimiter.start + openerDelimiter.remaining;
      this.push('emphasis', openerEnd - used, openerEnd, value);
      const closerStart = closer.start + closer.usedFromStart;
      this.push('emphasis', closerStart, closerStart + used, value);
      this.emphasisOutOfOrder = true;
      openerDelimiter.remaining -= used;
      closer.remaining -= used;
      closer.usedFromStart += used;
      // Delimiters between a matched pair can no longer match anything.
      next[opener] = current;
      previous[current] = opener;
      if (openerDelimiter.remaining === 0) unlink(previous, next, opener);
      if (closer.remaining === 0) {
        const following = next[current];
        unlink(previous, next, current);
        current = following;
      }
    }
    stack.length = bottom;
  }

  // ---- brackets: links, images, reference links, alerts, includes ----------------------------

  private scanOpenBracket(position: number): number {
    if (this.text.charCodeAt(position + 1) === EXCLAMATION && position + 1 < this.end) {
      const directiveEnd = this.scanBangDirective(position);
      if (directiveEnd > 0) return directiveEnd;
    }
    this.brackets.push({ start: position, image: false, delimiterBottom: this.delimiters.length });
    return position + 1;
  }

  /** `[!NOTE]` (alert) or `[!INCLUDE [..](..)]`, `[!div …]`, `[!VIDEO …]`, `[!code-…]` (include). */
  private scanBangDirective(position: number): number {
    const text = this.text;
    const nameStart = position + 2;
    let nameEnd = nameStart;
    const limit = Math.min(this.end, nameStart + 64);
    while (nameEnd < limit) {
      const code = text.charCodeAt(nameEnd);
      if (code === CLOSE_BRACKET || code === OPEN_BRACKET || isWhitespace(code) || code === DOUBLE_QUOTE) break;
      nameEnd++;
    }
    if (nameEnd === nameStart || nameEnd >= this.end) return -1;
    const name = text.slice(nameStart, nameEnd);
    const lowerName = name.toLowerCase();
    const isDirective = DIRECTIVE_NAMES.has(lowerName) || lowerName.startsWith('code-');
    if (!isDirective) {
      if (text.charCodeAt(nameEnd) !== CLOSE_BRACKET || !LETTERS_ONLY.test(name)) return -1;
      this.push('alert', position, nameEnd + 1, name);
      return nameEnd + 1;
    }
    // The directive ends at the `]` that balances its `[`, on the same line.
    let depth = 1;
    let cursor = nameEnd;
    const directiveLimit = Math.min(this.end, position + DIRECTIVE_LIMIT);
    while (cursor < directiveLimit) {
      const code = text.charCodeAt(cursor);
      if (code === NEWLINE || code === CARRIAGE_RETURN) return -1;
      if (code === BACKSLASH) {
        cursor += 2;
        continue;
      }
      if (code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACKET && --depth === 0) {
        this.push('include', position, cursor + 1, text.slice(position, cursor + 1));
        return cursor + 1;
      }
      cursor++;
    }
    return -1;
  }

  private scanCloseBracket(position: number): number {
    const brackets = this.brackets;
    if (brackets.length === 0) return position + 1;
    const openerIndex = brackets.length - 1;
    const opener = brackets[openerIndex];
    brackets.length = openerIndex;
    if (this.linkBarrier > openerIndex) this.linkBarrier = openerIndex;
    const active = opener.image || openerIndex >= this.linkBarrier;
    if (!active) return position + 1;
    const labelStart = opener.start + (opener.image ? 2 : 1);
    const following = this.text.charCodeAt(position + 1);
    if (following === OPEN_PAREN && position + 1 < this.end) {
      const tail = this.parseLinkTail(position + 1);
      if (tail) {
        const destination = this.text.slice(tail.destinationStart, tail.destinationEnd);
        let kind: InlineTokenKind = opener.image ? 'image' : 'link';
        let value = destination;
        if (!opener.image && /^xref:/i.test(destination)) {
          kind = 'xref';
          value = destination.slice(5);
        }
        this.finishLink(opener, openerIndex, kind, value, labelStart, position, tail.end);
        return tail.end;
      }
    } else if (following === OPEN_BRACKET && !opener.image && position + 1 < this.end) {
      const labelEnd = this.findReferenceLabelEnd(position + 2);
      if (labelEnd >= 0) {
        const label = this.text.slice(position + 2, labelEnd).trim();
        const value = label.length > 0 ? label : this.text.slice(labelStart, position).trim();
        this.finishLink(opener, openerIndex, 'reference-link', value, labelStart, position, labelEnd + 1);
        return labelEnd + 1;
      }
    }
    return position + 1;
  }

  private finishLink(
    opener: BracketOpener,
    openerIndex: number,
    kind: InlineTokenKind,
    value: string,
    labelStart: number,
    labelEnd: number,
    end: number,
  ): void {
    const token = this.push(kind, opener.start, end, value);
    token.labelRange = { start: labelStart, end: labelEnd };
    this.emphasisOutOfOrder = true;
    this.processEmphasis(opener.delimiterBottom);
    // A link cannot contain a link: earlier `[` openers are now plain text (images may still form).
    if (!opener.image) this.linkBarrier = openerIndex;
  }

  /** The `]` ending a reference label that starts at `from`, or -1 (no `[` inside, at most 999 characters). */
  private findReferenceLabelEnd(from: number): number {
    const limit = Math.min(this.end, from + 1000);
    for (let cursor = from; cursor < limit; cursor++) {
      const code = this.text.charCodeAt(cursor);
      if (code === BACKSLASH) cursor++;
      else if (code === OPEN_BRACKET) return -1;
      else if (code === CLOSE_BRACKET) return cursor;
    }
    return -1;
  }

  /** Parses `(destination "title")` starting at the `(`; undefined when it is not a link tail. */
  private parseLinkTail(
    openParen: number,
  ): { destinationStart: number; destinationEnd: number; end: number } | undefined {
    const text = this.text;
    const limit = Math.min(this.end, openParen + LOOKAHEAD_LIMIT);
    let cursor = skipLinkWhitespace(text, openParen + 1, limit);
    let destinationStart = cursor;
    let destinationEnd = cursor;
    if (text.charCodeAt(cursor) === LESS_THAN) {
      cursor++;
      destinationStart = cursor;
      while (cursor < limit) {
        const code = text.charCodeAt(cursor);
        if (code === GREATER_THAN) break;
        if (code === NEWLINE || code === LESS_THAN) return undefined;
        cursor += code === BACKSLASH ? 2 : 1;
      }
      if (cursor >= limit) return undefined;
      destinationEnd = cursor;
      cursor++;
    } else {
      let depth = 0;
      while (cursor < limit) {
        const code = text.charCodeAt(cursor);
        if (code <= SPACE) break;
        if (code === BACKSLASH && cursor + 1 < limit && ASCII_PUNCTUATION[text.charCodeAt(cursor + 1)] === 1) {
          cursor += 2;
          continue;
        }
        if (code === OPEN_PAREN) {
          if (++depth > 32) return undefined;
        } else if (code === CLOSE_PAREN) {
          if (depth === 0) break;
          depth--;
        }
        cursor++;
      }
      if (depth !== 0) return undefined;
      destinationEnd = cursor;
    }
    const afterDestination = cursor;
    cursor = skipLinkWhitespace(text, cursor, limit);
    const quote = text.charCodeAt(cursor);
    if (cursor > afterDestination && (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE || quote === OPEN_PAREN)) {
      const closingQuote = quote === OPEN_PAREN ? CLOSE_PAREN : quote;
      cursor++;
      while (cursor < limit && text.charCodeAt(cursor) !== closingQuote) {
        cursor += text.charCodeAt(cursor) === BACKSLASH ? 2 : 1;
      }
      if (cursor >= limit) return undefined;
      cursor = skipLinkWhitespace(text, cursor + 1, limit);
    }
    if (cursor >= limit || text.charCodeAt(cursor) !== CLOSE_PAREN) return undefined;
    return { destinationStart, destinationEnd, end: cursor + 1 };
  }

  // ---- angle brackets: autolinks, xrefs, inline HTML -----------------------------------------

  private scanAngle(position: number): number {
    const text = this.text;
    const next = text.charCodeAt(position + 1);
    if (position + 1 >= this.end) return position + 1;
    if (isAsciiLetter(next)) {
      const autolinkEnd = this.scanAutolink(position);
      if (autolinkEnd > 0) return autolinkEnd;
      const tagEnd = this.scanOpenTag(position);
      if (tagEnd > 0) return tagEnd;
      return this.scanEmailAutolink(position);
    }
    if (next === SLASH) return this.scanClosingTag(position);
    if (next === EXCLAMATION && text.startsWith('!--', position + 1)) return this.scanComment(position);
    return position + 1;
  }

  /** `<scheme:rest>`; `<xref:uid>` becomes an xref token. Returns the end, or -1. */
  private scanAutolink(position: number): number {
    const text = this.text;
    let cursor = position + 1;
    const schemeLimit = Math.min(this.end, cursor + 33);
    while (cursor < schemeLimit) {
      const code = text.charCodeAt(cursor);
      if (!(isAsciiAlphanumeric(code) || code === 0x2b || code === DOT || code === DASH)) break;
      cursor++;
    }
    const schemeLength = cursor - position - 1;
    if (schemeLength < 2 || schemeLength > 32 || text.charCodeAt(cursor) !== COLON) return -1;
    const schemeEnd = cursor;
    const limit = Math.min(this.end, position + LOOKAHEAD_LIMIT);
    cursor++;
    while (cursor < limit) {
      const code = text.charCodeAt(cursor);
      if (code === GREATER_THAN) break;
      if (code <= SPACE || code === LESS_THAN) return -1;
      cursor++;
    }
    if (cursor >= limit) return -1;
    if (schemeLength === 4 && text.slice(position + 1, schemeEnd).toLowerCase() === 'xref') {
      this.push('xref', position, cursor + 1, text.slice(schemeEnd + 1, cursor));
    } else {
      this.push('autolink', position, cursor + 1, text.slice(position + 1, cursor));
    }
    return cursor + 1;
  }

  private scanEmailAutolink(position: number): number {
    const text = this.text;
    const limit = Math.min(this.end, position + 256);
    let cursor = position + 1;
    let at = -1;
    while (cursor < limit) {
      const code = text.charCodeAt(cursor);
      if (code === GREATER_THAN) break;
      if (code === AT) {
        if (at >= 0) return position + 1;
        at = cursor;
      } else if (code <= SPACE || code >= 128 || code === LESS_THAN || code === BACKSLASH) {
        return position + 1;
      }
      cursor++;
    }
    if (cursor >= limit || at < 0 || at === position + 1 || at === cursor - 1) return position + 1;
    this.push('autolink', position, cursor + 1, text.slice(position + 1, cursor));
    return cursor + 1;
  }

  /** `<name attr="…" …>` or `<name/>`; value is the lower-cased name. Returns the end, or -1. */
  private scanOpenTag(position: number): number {
    const text = this.text;
    const limit = Math.min(this.end, position + LOOKAHEAD_LIMIT);
    let cursor = position + 1;
    while (cursor < limit && isTagNameCharacter(text.charCodeAt(cursor))) cursor++;
    const name = text.slice(position + 1, cursor).toLowerCase();
    for (;;) {
      const beforeSpace = cursor;
      while (cursor < limit && isWhitespace(text.charCodeAt(cursor)) && text.charCodeAt(cursor) < 128) cursor++;
      if (cursor >= limit) return -1;
      const code = text.charCodeAt(cursor);
      if (code === GREATER_THAN) break;
      if (code === SLASH) {
        if (text.charCodeAt(cursor + 1) !== GREATER_THAN || cursor + 1 >= limit) return -1;
        cursor++;
        break;
      }
      if (cursor === beforeSpace || !isAttributeNameStart(code)) return -1;
      while (cursor < limit && isAttributeNameCharacter(text.charCodeAt(cursor))) cursor++;
      const afterName = cursor;
      while (cursor < limit && isSpaceOrNewline(text.charCodeAt(cursor))) cursor++;
      if (text.charCodeAt(cursor) !== EQUALS) {
        cursor = afterName;
        continue;
      }
      cursor++;
      while (cursor < limit && isSpaceOrNewline(text.charCodeAt(cursor))) cursor++;
      const quote = text.charCodeAt(cursor);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        cursor++;
        while (cursor < limit && text.charCodeAt(cursor) !== quote) cursor++;
        if (cursor >= limit) return -1;
        cursor++;
      } else {
        const valueStart = cursor;
        while (cursor < limit && isUnquotedAttributeCharacter(text.charCodeAt(cursor))) cursor++;
        if (cursor === valueStart) return -1;
      }
    }
    this.push('html-tag', position, cursor + 1, name);
    return cursor + 1;
  }

  private scanClosingTag(position: number): number {
    const text = this.text;
    let cursor = position + 2;
    if (!isAsciiLetter(text.charCodeAt(cursor)) || cursor >= this.end) return position + 1;
    const limit = Math.min(this.end, position + 256);
    while (cursor < limit && isTagNameCharacter(text.charCodeAt(cursor))) cursor++;
    const nameEnd = cursor;
    while (cursor < limit && isSpaceOrNewline(text.charCodeAt(cursor))) cursor++;
    if (cursor >= limit || text.charCodeAt(cursor) !== GREATER_THAN) return position + 1;
    this.push('html-tag', position, cursor + 1, '/' + text.slice(position + 2, nameEnd).toLowerCase());
    return cursor + 1;
  }

  private scanComment(position: number): number {
    if (this.commentsUnclosed) return position + 1;
    const close = findWithin(this.text, '-->', position + 4, this.end);
    if (close < 0) {
      this.commentsUnclosed = true;
      return position + 1;
    }
    this.push('html-tag', position, close + 3, '!--');
    return close + 3;
  }

  // ---- entities, directives, URLs, xrefs, numbers --------------------------------------------

  /** `&name;`, `&#123;` or `&#x1F;`, value as written. */
  private scanEntity(position: number): number {
    const text = this.text;
    let cursor = position + 1;
    let limit: number;
    if (text.charCodeAt(cursor) === HASH) {
      cursor++;
      const hex = (text.charCodeAt(cursor) | 0x20) === 0x78;
      if (hex) cursor++;
      const digitsStart = cursor;
      limit = Math.min(this.end, cursor + (hex ? 6 : 7));
      while (cursor < limit && (hex ? isHexDigit(text.charCodeAt(cursor)) : isAsciiDigit(text.charCodeAt(cursor)))) {
        cursor++;
      }
      if (cursor === digitsStart) return position + 1;
    } else {
      limit = Math.min(this.end, cursor + 32);
      if (!isAsciiLetter(text.charCodeAt(cursor))) return position + 1;
      while (cursor < limit && isAsciiAlphanumeric(text.charCodeAt(cursor))) cursor++;
      if (cursor - position < 3) return position + 1;
    }
    if (cursor >= this.end || text.charCodeAt(cursor) !== SEMICOLON) return position + 1;
    this.push('entity', position, cursor + 1, text.slice(position, cursor + 1));
    return cursor + 1;
  }

  /** `:::image …:::` and other triple-colon directives; to the closing `:::` or the end of the line. */
  private scanDirective(position: number): number {
    const text = this.text;
    if (text.charCodeAt(position + 1) !== COLON || text.charCodeAt(position + 2) !== COLON || position + 3 >= this.end) {
      return position + 1;
    }
    let nameStart = position + 3;
    while (nameStart < this.end && text.charCodeAt(nameStart) === SPACE) nameStart++;
    if (nameStart >= this.end || !isAsciiLetter(text.charCodeAt(nameStart))) return position + 3;
    // One pass to the closing `:::` or, when there is none, the end of the line.
    const limit = Math.min(this.end, nameStart + LOOKAHEAD_LIMIT);
    let cursor = nameStart;
    let end = -1;
    while (cursor < limit) {
      const code = text.charCodeAt(cursor);
      if (code === NEWLINE || code === CARRIAGE_RETURN) break;
      if (code === COLON && text.charCodeAt(cursor + 1) === COLON && text.charCodeAt(cursor + 2) === COLON && cursor + 3 <= this.end) {
        end = cursor + 3;
        break;
      }
      cursor++;
    }
    if (end < 0) end = trimEndSpaces(text, position, cursor);
    this.push('include', position, end, text.slice(position, end));
    return end;
  }

  /**
   * A `:` may end a scheme (`https://`, `xref:`) or begin a `:::` directive. URLs are found from
   * their colon, looking back, so the letters of ordinary words cost nothing.
   */
  private scanColon(position: number): number {
    const text = this.text;
    if (text.charCodeAt(position + 1) === COLON) return this.scanDirective(position);
    if (text.charCodeAt(position + 1) === SLASH && text.charCodeAt(position + 2) === SLASH) {
      const schemeStart = this.schemeStartBefore(position, 'https') ?? this.schemeStartBefore(position, 'http');
      if (schemeStart !== undefined) return this.pushBareUrl(schemeStart, position + 3);
      return position + 1;
    }
    const xrefStart = this.schemeStartBefore(position, 'xref');
    if (xrefStart !== undefined) {
      const end = this.urlEnd(position + 1);
      if (end > position + 1) {
        this.push('xref', xrefStart, end, text.slice(position + 1, end));
        return end;
      }
    }
    return position + 1;
  }

  /** The `.` of `www.` starting a word (GitHub's extended autolinks). */
  private scanWwwDot(position: number): number {
    const wordStart = position - 3;
    if (wordStart >= this.start && this.text.startsWith('www', wordStart) && this.startsWord(wordStart)) {
      return this.pushBareUrl(wordStart, position + 1);
    }
    return position + 1;
  }

  /** Where `scheme` starts if it is written, as a whole word, right before the colon at `colon`. */
  private schemeStartBefore(colon: number, scheme: string): number | undefined {
    const schemeStart = colon - scheme.length;
    if (schemeStart < this.start || !this.startsWord(schemeStart)) return undefined;
    for (let index = 0; index < scheme.length; index++) {
      if ((this.text.charCodeAt(schemeStart + index) | 0x20) !== scheme.charCodeAt(index)) return undefined;
    }
    return schemeStart;
  }

  private pushBareUrl(urlStart: number, bodyStart: number): number {
    const end = this.urlEnd(bodyStart);
    if (end <= bodyStart) return bodyStart;
    this.push('bare-url', urlStart, end, this.text.slice(urlStart, end));
    return end;
  }

  private startsWord(position: number): boolean {
    if (position === this.start) return true;
    const before = this.text.charCodeAt(position - 1);
    return !(isAsciiAlphanumeric(before) || before === UNDERSCORE);
  }

  /** Where a bare URL ends: at white space or markup, minus trailing punctuation and unbalanced `)`. */
  private urlEnd(from: number): number {
    const text = this.text;
    let cursor = from;
    let openParens = 0;
    let closeParens = 0;
    while (cursor < this.end) {
      const code = text.charCodeAt(cursor);
      if (isWhitespace(code) || isUrlTerminator(code)) break;
      if (code >= 0x2e80) break; // CJK and full-width punctuation end a URL written in running text
      // `&lt;`/`&gt;` stand for angle brackets, which no URL holds: a `https://&lt;server&gt;` placeholder.
      if (code === AMPERSAND && (text.startsWith('&lt;', cursor) || text.startsWith('&gt;', cursor))) break;
      if (code === OPEN_PAREN) openParens++;
      else if (code === CLOSE_PAREN) closeParens++;
      cursor++;
    }
    while (cursor > from) {
      const last = text.charCodeAt(cursor - 1);
      if (last === CLOSE_PAREN && closeParens > openParens) {
        closeParens--;
        cursor--;
      } else if (isUrlTrailingPunctuation(last)) {
        cursor--;
      } else {
        break;
      }
    }
    return cursor;
  }

  /** Skips an identifier with dotted parts (`v1.2.3`, `net6.0`) so none of its digits reads as a number. */
  private skipIdentifier(position: number): number {
    let cursor = position;
    while (cursor < this.end) {
      const code = this.text.charCodeAt(cursor);
      if (isAsciiAlphanumeric(code) || code === UNDERSCORE || digitValue(code) >= 0) cursor++;
      else if ((code === DOT || code === DASH) && isAsciiAlphanumeric(this.text.charCodeAt(cursor + 1)) && cursor + 1 < this.end) cursor += 2;
      else break;
    }
    return cursor;
  }

  /** A run of digits with grouping and decimal separators, in any of the supported scripts. */
  private scanNumber(position: number): number {
    const text = this.text;
    if (position > this.start) {
      const before = text.charCodeAt(position - 1);
      // Digits glued to a word (`x64`, `Office365`, `utf8`) belong to the name, not a number.
      if (isAsciiLetter(before) || before === UNDERSCORE) return this.skipIdentifier(position);
    }
    const firstCode = text.charCodeAt(position);
    // The code point of zero in the number's script: a number never mixes scripts.
    const zero = firstCode - digitValue(firstCode);
    let cursor = position;
    while (cursor < this.end && isDigitOf(text.charCodeAt(cursor), zero)) cursor++;
    let groupLength = cursor - position;
    for (;;) {
      const separator = text.charCodeAt(cursor);
      if (cursor + 1 >= this.end || !isDigitOf(text.charCodeAt(cursor + 1), zero)) break;
      if (separator === DOT || separator === COMMA || separator === 0x66b || separator === 0x66c || separator === 0x2019 || separator === SINGLE_QUOTE) {
        // An apostrophe groups digits only in threes (`1'000`); otherwise it is a quote.
        if ((separator === 0x2019 || separator === SINGLE_QUOTE) && (groupLength > 3 || this.digitRunLength(cursor + 1, zero) !== 3)) {
          break;
        }
      } else if (separator === SPACE || separator === 0xa0 || separator === 0x202f || separator === 0x2009) {
        // A space groups digits only between groups of at most three and exactly three (`10 000`).
        if (groupLength > 3 || this.digitRunLength(cursor + 1, zero) !== 3) break;
      } else {
        break;
      }
      const groupStart = cursor + 1;
      cursor = groupStart;
      while (cursor < this.end && isDigitOf(text.charCodeAt(cursor), zero)) cursor++;
      groupLength = cursor - groupStart;
    }
    this.push('number', position, cursor, text.slice(position, cursor));
    return cursor;
  }

  private digitRunLength(from: number, zero: number): number {
    let cursor = from;
    while (cursor < this.end && isDigitOf(this.text.charCodeAt(cursor), zero)) cursor++;
    // A longer run (`10 0000`) is not a group of three either.
    return cursor < this.end && digitValue(this.text.charCodeAt(cursor)) >= 0 ? -1 : cursor - from;
  }
}

function isDigitOf(code: number, zero: number): boolean {
  return code >= zero && code <= zero + 9;
}

/** Linked-list and openers_bottom buffers for `processEmphasis`, reused across calls (no nesting). */
const scratch = { previous: new Int32Array(64), next: new Int32Array(64), openersBottom: new Int32Array(24) };

function emphasisScratch(count: number): typeof scratch {
  if (scratch.previous.length < count) {
    const size = Math.max(count, scratch.previous.length * 2);
    scratch.previous = new Int32Array(size);
    scratch.next = new Int32Array(size);
  }
  return scratch;
}

function delimiterSlot(character: number): number {
  return character === ASTERISK ? 0 : character === UNDERSCORE ? 1 : 2;
}

/** CommonMark's "rule of three" for runs that can both open and close. */
function matchable(opener: Delimiter, closer: Delimiter): boolean {
  if (opener.character === TILDE) return opener.remaining === 2 && closer.remaining === 2;
  if ((opener.canClose || closer.canOpen) && (opener.originalLength + closer.originalLength) % 3 === 0) {
    return opener.originalLength % 3 === 0 && closer.originalLength % 3 === 0;
  }
  return true;
}

function unlink(previous: Int32Array, next: Int32Array, index: number): void {
  const before = previous[index];
  const after = next[index];
  if (before >= 0) next[before] = after;
  if (after >= 0) previous[after] = before;
}

function isSpaceOrNewline(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === CARRIAGE_RETURN || code === 0x09;
}

function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let cursor = start; cursor < end; cursor++) if (!isSpaceOrNewline(text.charCodeAt(cursor))) return true;
  return false;
}

function skipLinkWhitespace(text: string, from: number, limit: number): number {
  let cursor = from;
  while (cursor < limit && isSpaceOrNewline(text.charCodeAt(cursor))) cursor++;
  return cursor;
}

/** `text.indexOf(needle, from)` that never looks past `limit` (a half must not scan the rest of the document). */
function findWithin(text: string, needle: string, from: number, limit: number): number {
  const first = needle.charCodeAt(0);
  const last = limit - needle.length;
  for (let cursor = from; cursor <= last; cursor++) {
    if (text.charCodeAt(cursor) === first && text.startsWith(needle, cursor)) return cursor;
  }
  return -1;
}

function trimEndSpaces(text: string, start: number, end: number): number {
  let cursor = end;
  while (cursor > start && isSpaceOrNewline(text.charCodeAt(cursor - 1))) cursor--;
  return cursor;
}

function isHexDigit(code: number): boolean {
  return isAsciiDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

function isTagNameCharacter(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === DASH;
}

function isAttributeNameStart(code: number): boolean {
  return isAsciiLetter(code) || code === UNDERSCORE || code === COLON;
}

function isAttributeNameCharacter(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === UNDERSCORE || code === COLON || code === DOT || code === DASH;
}

function isUnquotedAttributeCharacter(code: number): boolean {
  return !(
    code <= SPACE ||
    code === DOUBLE_QUOTE ||
    code === SINGLE_QUOTE ||
    code === EQUALS ||
    code === LESS_THAN ||
    code === GREATER_THAN ||
    code === BACKTICK
  );
}

function isUrlTerminator(code: number): boolean {
  return (
    code === LESS_THAN ||
    code === GREATER_THAN ||
    code === DOUBLE_QUOTE ||
    code === BACKTICK ||
    code === OPEN_BRACKET ||
    code === CLOSE_BRACKET ||
    code === PIPE ||
    code === BACKSLASH
  );
}

function isUrlTrailingPunctuation(code: number): boolean {
  return (
    code === DOT ||
    code === COMMA ||
    code === COLON ||
    code === SEMICOLON ||
    code === EXCLAMATION ||
    code === 0x3f ||
    code === ASTERISK ||
    code === UNDERSCORE ||
    code === TILDE ||
    code === SINGLE_QUOTE
  );
}
