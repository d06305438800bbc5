/**
 * A half's Markdown as text and protected inline codes, the way CAT tools want it: paired codes
 * for emphasis, links, images and HTML element pairs; standalone codes for code spans, xrefs,
 * autolinks and URLs, entities, includes, alerts, comments and lone or void HTML tags. Each
 * code keeps its exact original text, so joining the pieces gives back the half byte for byte.
 *
 * The codes come from the same inline tokenizer as the markup-parity checks; escapes and
 * numbers stay text (a translator may edit them).
 */
import { tokenizeInline } from '../core/inlineTokens';
import type { InlineToken } from '../core/model';

/** What a code stands for; chooses `ctype` (XLIFF 1.2) and `type`/`subType` (XLIFF 2.0). */
export type CodeType =
  | 'bold'
  | 'italic'
  | 'strikethrough'
  | 'link'
  | 'image'
  | 'html'
  | 'code'
  | 'xref'
  | 'url'
  | 'entity'
  | 'include'
  | 'alert'
  | 'line-break'
  | 'comment';

/** A piece of segment content. Paired codes share `pair` (unique within one piece list). */
export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open' | 'close'; readonly pair: number; readonly raw: string; readonly type: CodeType }
  | { readonly kind: 'standalone'; readonly raw: string; readonly type: CodeType };

/** The original text of a piece list (the half as it was). */
export function joinPieces(pieces: readonly Piece[]): string {
  let result = '';
  for (const piece of pieces) result += piece.kind === 'text' ? piece.text : piece.raw;
  return result;
}

/** The half `text[start, end)` as pieces; `tokens` are its inline tokens when already known. */
export function piecesOfHalf(text: string, start: number, end: number, tokens?: readonly InlineToken[]): Piece[] {
  const marks = codeMarks(text, start, end, tokens ?? tokenizeInline(text, start, end));
  const pieces: Piece[] = [];
  let cursor = start;
  for (const mark of marks) {
    if (mark.start < cursor) continue; // overlapping marks cannot happen; never emit a byte twice
    if (mark.start > cursor) pieces.push({ kind: 'text', text: text.slice(cursor, mark.start) });
    const raw = text.slice(mark.start, mark.end);
    pieces.push(mark.kind === 'standalone' ? { kind: 'standalone', raw, type: mark.type } : { kind: mark.kind, pair: mark.pair, raw, type: mark.type });
    cursor = mark.end;
  }
  if (cursor < end) pieces.push({ kind: 'text', text: text.slice(cursor, end) });
  return unpairUnmatched(pieces);
}

/** The pieces of a standalone string (a memory entry, a test). */
export function piecesOfText(text: string): Piece[] {
  return piecesOfHalf(text, 0, text.length);
}

/** True when every pair opens before it closes and pairs nest (XLIFF 2.0 `<pc>`); else `<sc>`/`<ec>`. */
export function pairsNest(pieces: readonly Piece[]): boolean {
  const open: number[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'open') open.push(piece.pair);
    else if (piece.kind === 'close' && open.pop() !== piece.pair) return false;
  }
  return open.length === 0;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'open' | 'close' | 'standalone';
  readonly pair: number;
  readonly type: CodeType;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function codeMarks(text: string, start: number, end: number, tokens: readonly InlineToken[]): Mark[] {
  const marks: Mark[] = [];
  let nextPair = 1;
  const openEmphasis: { token: InlineToken; pair: number }[] = [];
  const openTags: { name: string; pair: number }[] = [];
  for (const token of tokens) {
    const { start: tokenStart, end: tokenEnd } = token.range;
    if (tokenStart < start || tokenEnd > end) continue;
    switch (token.kind) {
      case 'escape':
      case 'number':
        break;
      case 'link':
      case 'image':
      case 'xref':
      case 'reference-link': {
        const label = token.labelRange;
        if (!label) {
          marks.push(standalone(token, token.kind === 'xref' ? 'xref' : 'url'));
          break;
        }
        const pair = nextPair++;
        const type: CodeType = token.kind === 'image' ? 'image' : 'link';
        marks.push({ start: tokenStart, end: label.start, kind: 'open', pair, type });
        marks.push({ start: label.end, end: tokenEnd, kind: 'close', pair, type });
        break;
      }
      case 'emphasis': {
        const top = openEmphasis[openEmphasis.length - 1];
        const flank = flanking(text, tokenStart, tokenEnd, start, end);
        const type = emphasisType(token.value);
        if (top && top.token.value === token.value && flank.right) {
          openEmphasis.pop();
          marks.push({ start: tokenStart, end: tokenEnd, kind: 'close', pair: top.pair, type });
        } else if (flank.left) {
          const pair = nextPair++;
          openEmphasis.push({ token, pair });
          marks.push({ start: tokenStart, end: tokenEnd, kind: 'open', pair, type });
        } else {
          marks.push(standalone(token, type));
        }
        break;
      }
      case 'html-tag': {
        const name = token.value;
        const raw = text.slice(tokenStart, tokenEnd);
        if (name === '!--') marks.push(standalone(token, 'comment'));
        else if (name === 'br' || name === '/br') marks.push(standalone(token, 'line-break'));
        else if (name.startsWith('/')) {
          const index = findLastIndex(openTags, (tag) => tag.name === name.slice(1));
          if (index < 0) marks.push(standalone(token, 'html'));
          else {
            const pair = openTags[index].pair;
            openTags.length = index;
            marks.push({ start: tokenStart, end: tokenEnd, kind: 'close', pair, type: 'html' });
          }
        } else if (VOID_ELEMENTS.has(name) || raw.endsWith('/>')) marks.push(standalone(token, 'html'));
        else {
          const pair = nextPair++;
          openTags.push({ name, pair });
          marks.push({ start: tokenStart, end: tokenEnd, kind: 'open', pair, type: 'html' });
        }
        break;
      }
      case 'code':
        marks.push(standalone(token, 'code'));
        break;
      case 'autolink':
      case 'bare-url':
        marks.push(standalone(token, 'url'));
        break;
      case 'entity':
        marks.push(standalone(token, 'entity'));
        break;
      case 'include':
        marks.push(standalone(token, 'include'));
        break;
      case 'alert':
        marks.push(standalone(token, 'alert'));
        break;
    }
  }
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return marks;
}

/** Opens without a close (or the reverse) become standalone codes: a lone `<b>` is still protected. */
function unpairUnmatched(pieces: Piece[]): Piece[] {
  const opens = new Map<number, number>();
  const closes = new Map<number, number>();
  pieces.forEach((piece, index) => {
    if (piece.kind === 'open') opens.set(piece.pair, index);
    else if (piece.kind === 'close') closes.set(piece.pair, index);
  });
  return pieces.map((piece) => {
    if (piece.kind !== 'open' && piece.kind !== 'close') return piece;
    const openIndex = opens.get(piece.pair);
    const closeIndex = closes.get(piece.pair);
    if (openIndex !== undefined && closeIndex !== undefined && openIndex < closeIndex) return piece;
    return { kind: 'standalone', raw: piece.raw, type: piece.type };
  });
}

function standalone(token: InlineToken, type: CodeType): Mark {
  return { start: token.range.start, end: token.range.end, kind: 'standalone', pair: 0, type };
}

function emphasisType(delimiter: string): CodeType {
  if (delimiter.startsWith('~')) return 'strikethrough';
  return delimiter.length >= 2 ? 'bold' : 'italic';
}

/** CommonMark's left/right flanking of a delimiter run at `[start, end)`; the half's edges count as white space. */
function flanking(text: string, start: number, end: number, halfStart: number, halfEnd: number): { left: boolean; right: boolean } {
  const before = start > halfStart ? text[start - 1] : ' ';
  const after = end < halfEnd ? text[end] : ' ';
  const beforeSpace = /\s/u.test(before);
  const afterSpace = /\s/u.test(after);
  const beforePunctuation = /[\p{P}\p{S}]/u.test(before);
  const afterPunctuation = /[\p{P}\p{S}]/u.test(after);
  return {
    left: !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation),
    right: !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation),
  };
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index])) return index;
  return -1;
}
