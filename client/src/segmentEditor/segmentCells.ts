/**
 * A half as the segment editor shows it: literal text and protected chips. Inline markup and
 * literals a translation must keep (emphasis, code, links, xrefs, entities, inline HTML, …) are
 * chips, whole and atomic, so a keystroke can never delete half of one; everything between them
 * is the half's own bytes. Joining the pieces gives back the exact bytes of the half.
 *
 * Pure: no `vscode`, no DOM. The webview and the extension share it.
 */
import type { InlineToken, InlineTokenKind } from '../../../server/src/core/model';

/** What a chip stands for: an inline token kind, or a line break kept inside a half. */
export type ChipKind = Exclude<InlineTokenKind, 'number'> | 'line-break';

/** Paired chips open and close (`**`…`**`, `<b>`…`</b>`, `[`…`](url)`); the rest stand alone. */
export type ChipRole = 'open' | 'close' | 'single';

/** A protected piece of markup inside a half. */
export interface Chip {
  /** The exact bytes it stands for. */
  readonly raw: string;
  readonly kind: ChipKind;
  readonly role: ChipRole;
  /** What an opening chip and its closing chip share (`**`, `b`, `link`); empty for single chips. */
  readonly key: string;
  /** A short label to show (the code, `<b>`, `[`, `→ url`). */
  readonly label: string;
}

/** A piece of a cell: literal text (the half's own bytes) or a chip. */
export type Piece = string | Chip;

/** A half as a sequence of pieces; `cellRaw` joins it back into bytes. */
export type Cell = readonly Piece[];

/** HTML elements without a closing tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A line break inside a half and the indentation after it, kept as one chip. */
const LINE_BREAK = /\r\n[ \t]*|\n[ \t]*|\r[ \t]*/g;

export function isChip(piece: Piece): piece is Chip {
  return typeof piece !== 'string';
}

/** The exact bytes of a cell. */
export function cellRaw(cell: Cell): string {
  let raw = '';
  for (const piece of cell) raw += typeof piece === 'string' ? piece : piece.raw;
  return raw;
}

/** What a reader sees of a cell, for searching: its text and the content of its code chips. */
export function cellPlainText(cell: Cell): string {
  let plain = '';
  for (const piece of cell) {
    if (typeof piece === 'string') plain += piece;
    else if (piece.kind === 'code') plain += piece.label;
    else if (piece.kind === 'line-break') plain += ' ';
  }
  return plain;
}

/**
 * The cell of the half `text[start, end)` with its inline tokens (document offsets, as the
 * model gives them). Links and images become an opening chip (`[`), their label as editable
 * pieces, and a closing chip (`](url)`); every other token is one chip.
 */
export function cellOfHalf(text: string, start: number, end: number, tokens: readonly InlineToken[]): Piece[] {
  const pieces: Piece[] = [];
  const sorted = tokens.filter((token) => token.kind !== 'number').sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  /** Closing chips of the links whose label is being read, innermost last. */
  const pendingClosers: { at: number; chip: Chip; end: number }[] = [];
  let cursor = start;
  const textUntil = (to: number) => {
    if (to > cursor) pushText(pieces, text.slice(cursor, to));
    cursor = Math.max(cursor, to);
  };
  const closeLinksBefore = (position: number) => {
    while (pendingClosers.length > 0 && pendingClosers[pendingClosers.length - 1].at <= position) {
      const closer = pendingClosers.pop()!;
      textUntil(closer.at);
      pieces.push(closer.chip);
      cursor = closer.end;
    }
  };
  for (const token of sorted) {
    if (token.range.start < start || token.range.end > end) continue;
    closeLinksBefore(token.range.start);
    // Tokens inside a chip already taken (an atomic token's inside) are part of it.
    if (token.range.start < cursor) continue;
    textUntil(token.range.start);
    const label = token.labelRange;
    if (label && label.start >= token.range.start && label.end <= token.range.end && label.start <= label.end) {
      const opening = text.slice(token.range.start, label.start);
      const closing = text.slice(label.end, token.range.end);
      pieces.push({ raw: opening, kind: token.kind as ChipKind, role: 'open', key: 'link', label: opening });
      pendingClosers.push({ at: label.end, end: token.range.end, chip: { raw: closing, kind: token.kind as ChipKind, role: 'close', key: 'link', label: linkCloserLabel(token) } });
      cursor = label.start;
      continue;
    }
    const raw = text.slice(token.range.start, token.range.end);
    pieces.push(chipOfToken(token, raw));
    cursor = token.range.end;
  }
  closeLinksBefore(end);
  textUntil(end);
  return assignEmphasisRoles(pieces);
}

function linkCloserLabel(token: InlineToken): string {
  const destination = token.kind === 'xref' ? `xref:${token.value}` : token.value;
  return `→ ${destination}`;
}

/** Appends literal text, with its line breaks as chips. */
function pushText(pieces: Piece[], text: string): void {
  let from = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    if (match.index > from) pieces.push(text.slice(from, match.index));
    pieces.push({ raw: match[0], kind: 'line-break', role: 'single', key: '', label: '↵' });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push(text.slice(from));
}

function chipOfToken(token: InlineToken, raw: string): Chip {
  switch (token.kind) {
    case 'emphasis':
      // Opener or closer is decided by order, once the whole half is read.
      return { raw, kind: 'emphasis', role: 'open', key: raw, label: raw };
    case 'html-tag': {
      const name = token.value;
      if (name === '!--' || raw.endsWith('/>') || VOID_ELEMENTS.has(name)) return { raw, kind: 'html-tag', role: 'single', key: '', label: raw };
      if (name.startsWith('/')) return { raw, kind: 'html-tag', role: 'close', key: name.slice(1), label: raw };
      return { raw, kind: 'html-tag', role: 'open', key: name, label: `<${name}>` };
    }
    case 'code':
      return { raw, kind: 'code', role: 'single', key: '', label: token.value };
    case 'xref':
      return { raw, kind: 'xref', role: 'single', key: '', label: `xref:${token.value}` };
    default:
      return { raw, kind: token.kind as ChipKind, role: 'single', key: '', label: raw };
  }
}

/** Emphasis runs open when no run of the same delimiter is open, and close it otherwise. */
function assignEmphasisRoles(pieces: Piece[]): Piece[] {
  const open: string[] = [];
  return pieces.map((piece) => {
    if (typeof piece === 'string' || piece.kind !== 'emphasis') return piece;
    const innermost = open.lastIndexOf(piece.key);
    if (innermost >= 0) {
      open.length = innermost;
      return { ...piece, role: 'close' };
    }
    open.push(piece.key);
    return piece;
  });
}

/**
 * How many paired chips have no partner in order (an opening chip never closed, a closing
 * chip with nothing open, or pairs that cross). Zero for a balanced half.
 */
export function unmatchedChips(cell: Cell): number {
  const open: string[] = [];
  let unmatched = 0;
  for (const piece of cell) {
    if (typeof piece === 'string' || piece.role === 'single') continue;
    if (piece.role === 'open') {
      open.push(piece.key);
      continue;
    }
    const partner = open.lastIndexOf(piece.key);
    if (partner < 0) {
      unmatched++;
      continue;
    }
    // Chips opened after the partner and still open cross this pair.
    unmatched += open.length - 1 - partner;
    open.length = partner;
  }
  return unmatched + open.length;
}

/** The chips of a cell that can be inserted into another (line breaks are layout, not markup). */
export function insertableChips(cell: Cell): Chip[] {
  return cell.filter((piece): piece is Chip => isChip(piece) && piece.kind !== 'line-break');
}

/**
 * The chip of `source` that pairs with its chip at `index` (the closer of an opener and the
 * reverse), or -1 for a single chip or one without a partner.
 */
export function partnerOf(source: Cell, index: number): number {
  const chip = source[index];
  if (typeof chip === 'string' || chip === undefined || chip.role === 'single') return -1;
  const step = chip.role === 'open' ? 1 : -1;
  let depth = 0;
  for (let i = index + step; i >= 0 && i < source.length; i += step) {
    const other = source[i];
    if (typeof other === 'string' || other.role === 'single' || other.key !== chip.key) continue;
    if (other.role === chip.role) depth++;
    else if (depth === 0) return i;
    else depth--;
  }
  return -1;
}

/** Two pieces are the same when they are the same text or the same bytes of the same kind of chip. */
export function samePiece(a: Piece, b: Piece): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.raw === b.raw && a.kind === b.kind && a.role === b.role;
}

/**
 * The chips of the English that the translation lacks, in the English's order (counted as a
 * multiset: two `**` pairs in the English need two in the translation).
 */
export function missingChips(translation: Cell, source: Cell): number[] {
  const have = new Map<string, number>();
  for (const piece of translation) if (isChip(piece)) have.set(chipIdentity(piece), (have.get(chipIdentity(piece)) ?? 0) + 1);
  const missing: number[] = [];
  source.forEach((piece, index) => {
    if (!isChip(piece) || piece.kind === 'line-break') return;
    const identity = chipIdentity(piece);
    const count = have.get(identity) ?? 0;
    if (count > 0) have.set(identity, count - 1);
    else missing.push(index);
  });
  return missing;
}

function chipIdentity(chip: Chip): string {
  return `${chip.role}\u0000${chip.raw}`;
}

/**
 * The bytes of a cell written into a half. Text is written as typed, except that line breaks
 * (which only chips carry) become spaces, and in a table cell an unescaped `|` is escaped so the
 * table keeps its columns.
 */
export function translationBytes(cell: Cell, inTableCell: boolean): string {
  let bytes = '';
  for (const piece of cell) {
    if (typeof piece !== 'string') {
      bytes += piece.raw;
      continue;
    }
    let text = piece.replace(/\r\n|[\r\n]/g, ' ');
    if (inTableCell) text = escapePipes(text, bytes);
    bytes += text;
  }
  return bytes;
}

/** `|` not already escaped (by an odd run of backslashes, counted across what precedes) becomes `\|`. */
function escapePipes(text: string, preceding: string): string {
  let out = '';
  let backslashes = 0;
  for (let i = preceding.length - 1; i >= 0 && preceding[i] === '\\'; i--) backslashes++;
  for (const character of text) {
    if (character === '|' && backslashes % 2 === 0) out += '\\';
    out += character;
    backslashes = character === '\\' ? backslashes + 1 : 0;
  }
  return out;
}
