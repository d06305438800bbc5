/**
 * What every unit check receives, and the small tools they share: building findings with the
 * code's default severity, the prose of a half with its markup masked, and readable values.
 */
import type { Half, InlineToken, InlineTokenKind, OffsetRange, SxsDocument, Unit } from '../core/model';
import { CHECK_CODES, type CheckCode } from './checkCodes';
import type { Finding, TextEditOffsets } from './finding';
import type { LocaleRules } from './locale';
import { detached } from '../core/detached';

/** One unit under check, with the document around it. */
export interface UnitCheckContext {
  readonly doc: SxsDocument;
  readonly unit: Unit;
  readonly translation: Half;
  /** The English half; undefined when the parser found it missing (reported as structure). */
  readonly source: Half | undefined;
  readonly locale: LocaleRules;
  /** Terms of the front matter's `no-loc` list. */
  readonly noLocTerms: readonly string[];
}

/** A unit check whose source half is known to exist. */
export interface PairedContext extends UnitCheckContext {
  readonly source: Half;
}

/** The optional parts of a finding. */
export interface FindingDetails {
  readonly related?: readonly { readonly range: OffsetRange; readonly message: string }[];
  readonly fix?: { readonly title: string; readonly edits: readonly TextEditOffsets[] };
}

/** A finding of `code` for the unit under check, with the code's default severity. */
export function unitFinding(context: UnitCheckContext, code: CheckCode, message: string, range: OffsetRange, details: FindingDetails = {}): Finding {
  const finding: Finding = { code, message, range, severity: CHECK_CODES[code].severity, unit: context.unit.index };
  return { ...finding, ...(details.related ? { related: details.related } : {}), ...(details.fix ? { fix: details.fix } : {}) };
}

/** A related-information entry pointing into the source half. */
export function inSource(range: OffsetRange, message: string): { range: OffsetRange; message: string } {
  return { range, message };
}

/** Stands for masked markup in `proseOf`; never written in real text. */
export const MASK = '\u0001';

/** Kinds whose whole token is markup, not prose. */
const MASKED_KINDS: ReadonlySet<InlineTokenKind> = new Set(['code', 'autolink', 'bare-url', 'include', 'alert', 'html-tag', 'entity', 'escape']);

const proseCache = new WeakMap<Half, string>();

/**
 * The raw half with markup replaced by `MASK`, character for character, so offsets stay true:
 * code, URLs, tags, entities and escapes disappear; of a link only its text remains.
 */
export function proseOf(half: Half): string {
  const cached = proseCache.get(half);
  if (cached !== undefined) return cached;
  if (half.tokens.length === 0) return half.raw;
  // Kept per half, which outlives this version of the text: a copy, not views into the text.
  const base = half.range.start;
  const masked: [number, number][] = [];
  for (const token of half.tokens) {
    if (token.labelRange && token.kind !== 'code') {
      masked.push([token.range.start - base, token.labelRange.start - base], [token.labelRange.end - base, token.range.end - base]);
    } else if (MASKED_KINDS.has(token.kind) || token.kind === 'xref') {
      masked.push([token.range.start - base, token.range.end - base]);
    }
  }
  masked.sort((a, b) => a[0] - b[0]);
  let prose = '';
  let position = 0;
  for (const [start, end] of masked) {
    if (end <= position) continue;
    if (start > position) prose += half.raw.slice(position, start);
    const from = Math.max(start, position);
    prose += MASK.repeat(end - from);
    position = end;
  }
  prose += half.raw.slice(position);
  prose = detached(prose);
  proseCache.set(half, prose);
  return prose;
}

/** Whether a token's kind is one of `kinds`. */
export function tokensOfKind(half: Half, ...kinds: InlineTokenKind[]): InlineToken[] {
  return half.tokens.filter((token) => kinds.includes(token.kind));
}

/** The document range of `length` characters at `index` of a half's raw text. */
export function rangeInHalf(half: Half, index: number, length: number): OffsetRange {
  return { start: half.range.start + index, end: half.range.start + index + length };
}

/** The raw text of a token. */
export function tokenText(half: Half, token: InlineToken): string {
  return half.raw.slice(token.range.start - half.range.start, token.range.end - half.range.start);
}

/** A value as a message shows it: in backticks, long values shortened in the middle. */
export function shown(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return '`' + (flat.length > 60 ? flat.slice(0, 24) + '…' + flat.slice(-30) : flat) + '`';
}

/**
 * Two values as a change: a long common beginning is elided, so the difference shows
 * (`…/en-us/foo` → `…/foo`).
 */
export function shownChange(before: string, after: string): string {
  let common = 0;
  const limit = Math.min(before.length, after.length);
  while (common < limit && before[common] === after[common]) common++;
  if (common > 20) {
    // Keep the last path segment or word of the common part, for context.
    const cut = Math.max(before.lastIndexOf('/', common - 1), before.lastIndexOf(' ', common - 1), common - 12);
    return `${shown('…' + before.slice(cut))} → ${shown('…' + after.slice(cut))}`;
  }
  return `${shown(before)} → ${shown(after)}`;
}
