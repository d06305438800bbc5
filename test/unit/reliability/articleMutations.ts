/**
 * Damage done to articles the way editors, merges and tools really do it — characters, tags,
 * ids, quotes and lines deleted, duplicated or swapped; `&quot;` escaping; conflict markers;
 * NUL, lone surrogates, huge lines — each as one text change, so a test can apply it to the
 * text *and* hand it to the incremental re-parse.
 */
import fc from 'fast-check';
import type { TextChange } from '../../../server/src/core/reparse';
import { sxsUnit } from '../../support/sxsUnit';

/** The kinds of damage, each a single replacement in the text. */
export const MUTATION_KINDS = [
  'delete-character',
  'duplicate-slice',
  'swap-characters',
  'delete-tag',
  'duplicate-tag',
  'swap-tags',
  'change-id',
  'delete-quote',
  'duplicate-quote',
  'escape-quotes-to-end',
  'insert-quot-entity',
  'delete-line',
  'duplicate-line',
  'swap-lines',
  'conflict-markers',
  'insert-nul',
  'insert-lone-surrogate',
  'delete-backtick',
  'insert-fragment',
  'long-line',
  'many-units-on-one-line',
] as const;

/** One kind of damage. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A mutation chosen at random: its kind, where (a fraction of the text) and a free number. */
export interface Mutation {
  readonly kind: MutationKind;
  /** Where in the text, from 0 (start) to 1 (end). */
  readonly where: number;
  /** Picks among candidates (which tag, which fragment, which id digit). */
  readonly pick: number;
}

/** Bits of sxs markup and hostile text inserted by `insert-fragment`. */
export const HOSTILE_FRAGMENTS = [
  '<span data-ttu-id="f9f29-999">',
  '<span class="sxs-lookup"><span data-stu-id="f9f29-999">',
  '</span>',
  '</span></span>',
  '<span>',
  '<span style="color:red">',
  '&quot;',
  '"',
  '`',
  '```',
  '\n```\n',
  '<!--',
  '-->',
  '\n\n',
  '\r\n',
  '\r',
  '\n---\n',
  '**',
  '[',
  '](',
  '<xref:',
  '\\',
  '| ',
  '# ',
  '> [!NOTE]\n> ',
  '\u200f',
  '\ufeff',
  '\u0000',
  '\ud800',
  '\udfff',
  '🙂',
  '<script>alert(1)</script>',
  '[x](command:workbench.action.quit)',
  'data-ttu-id="x](javascript:alert(1))"',
] as const;

/**
 * An article's line breaks made lone `\r` here and there, as in real generated API articles: one
 * line in three ends with `\r` alone, one in seven has a `\r` in the middle of its text.
 */
export function withLoneCarriageReturns(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line, index) => (index % 7 === 3 && line.length > 10 ? line.slice(0, line.length >> 1) + '\r' + line.slice(line.length >> 1) : line))
    .map((line, index, lines) => (index === lines.length - 1 ? line : line + (index % 3 === 1 ? '\r' : '\n')))
    .join('');
}

/** Texts of a unit for generated markup. */
export function unitMarkup(prefix: string, number: number, translation: string, source: string): string {
  return sxsUnit(`${prefix}-${number}`, translation, source);
}

/** `count` units on one line, numbered from `first`, one space apart. */
export function unitsOnOneLine(count: number, first = 1000): string {
  const units: string[] = [];
  for (let number = first; number < first + count; number++) units.push(unitMarkup('f9f29', number, `Phrase ${number}.`, `Sentence ${number}.`));
  return units.join(' ');
}

const TAG = /<\/?span\b[^>\n]*>/g;
const ID_VALUE = /data-(?:ttu|stu)-id="([^"\n]*)"/g;

/** Every match of `pattern` in `text`, as ranges. */
function matchRanges(text: string, pattern: RegExp): { start: number; end: number; groupStart?: number; groupEnd?: number }[] {
  const ranges: { start: number; end: number; groupStart?: number; groupEnd?: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const entry: { start: number; end: number; groupStart?: number; groupEnd?: number } = { start, end: start + match[0].length };
    if (match[1] !== undefined) {
      entry.groupStart = start + match[0].indexOf(match[1], match[0].indexOf('"'));
      entry.groupEnd = entry.groupStart + match[1].length;
    }
    ranges.push(entry);
  }
  return ranges;
}

/** The candidate nearest to the fraction `where` of the text (candidates in document order). */
function nearest<T extends { start: number }>(candidates: readonly T[], text: string, where: number): T | undefined {
  if (candidates.length === 0) return undefined;
  const target = where * text.length;
  let low = 0;
  let high = candidates.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (candidates[middle].start < target) low = middle + 1;
    else high = middle;
  }
  return candidates[low];
}

/** Offsets of the line starts (`\n` only: enough to pick lines to damage). */
function lineRanges(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: newline + 1 });
    start = newline + 1;
  }
}

function insertion(at: number, text: string): TextChange {
  return { range: { start: at, end: at }, text };
}

/**
 * The change that does `mutation` to `text`. Where the damage has nothing to act on (no tag to
 * delete), it becomes an insertion of a hostile fragment, so every mutation changes something.
 */
export function mutationChange(text: string, mutation: Mutation): TextChange {
  const at = Math.min(text.length, Math.floor(mutation.where * text.length));
  const fallback = (): TextChange => insertion(at, HOSTILE_FRAGMENTS[mutation.pick % HOSTILE_FRAGMENTS.length]);
  switch (mutation.kind) {
    case 'delete-character':
      return at < text.length ? { range: { start: at, end: at + 1 }, text: '' } : fallback();
    case 'duplicate-slice': {
      const end = Math.min(text.length, at + 1 + (mutation.pick % 200));
      return insertion(at, text.slice(at, end));
    }
    case 'swap-characters':
      return at + 1 < text.length ? { range: { start: at, end: at + 2 }, text: text[at + 1] + text[at] } : fallback();
    case 'delete-tag':
    case 'duplicate-tag':
    case 'swap-tags': {
      const tags = matchRanges(text, TAG);
      const index = tags.indexOf(nearest(tags, text, mutation.where)!);
      if (index === -1) return fallback();
      const tag = tags[index];
      const tagText = text.slice(tag.start, tag.end);
      if (mutation.kind === 'delete-tag') return { range: tag, text: '' };
      if (mutation.kind === 'duplicate-tag') return insertion(tag.end, tagText);
      const next = tags[index + 1];
      if (!next) return fallback();
      return { range: { start: tag.start, end: next.end }, text: text.slice(next.start, next.end) + text.slice(tag.end, next.start) + tagText };
    }
    case 'change-id': {
      const id = nearest(matchRanges(text, ID_VALUE), text, mutation.where);
      if (!id || id.groupStart === undefined || id.groupEnd === undefined) return fallback();
      const replacements = ['f9f29-104', 'abcde-103', '', 'f9f29-p105', 'F9F29-103', 'f9f29-', '-103', 'f9f29-1e3', 'x](command:workbench.action.quit)'];
      return { range: { start: id.groupStart, end: id.groupEnd }, text: replacements[mutation.pick % replacements.length] };
    }
    case 'delete-quote':
    case 'duplicate-quote': {
      const quote = text.indexOf('"', at);
      if (quote === -1) return fallback();
      return mutation.kind === 'delete-quote' ? { range: { start: quote, end: quote + 1 }, text: '' } : insertion(quote, '"');
    }
    case 'escape-quotes-to-end':
      // What a broken export did to 21 real files: from some point on, every quote is an entity.
      return { range: { start: at, end: text.length }, text: text.slice(at).replaceAll('"', '&quot;') };
    case 'insert-quot-entity':
      return insertion(at, '&quot;');
    case 'delete-line':
    case 'duplicate-line':
    case 'swap-lines': {
      const lines = lineRanges(text);
      const index = Math.min(lines.length - 1, Math.floor(mutation.where * lines.length));
      const line = lines[index];
      if (mutation.kind === 'delete-line') return { range: line, text: '' };
      if (mutation.kind === 'duplicate-line') return insertion(line.end, text.slice(line.start, line.end).endsWith('\n') ? text.slice(line.start, line.end) : '\n' + text.slice(line.start, line.end));
      const next = lines[index + 1];
      if (!next || !text.endsWith('\n', next.end)) return fallback();
      return { range: { start: line.start, end: next.end }, text: text.slice(next.start, next.end) + text.slice(line.start, line.end) };
    }
    case 'conflict-markers': {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      return insertion(lineStart, '<<<<<<< HEAD\n=======\n>>>>>>> origin/live\n');
    }
    case 'insert-nul':
      return insertion(at, '\u0000');
    case 'insert-lone-surrogate':
      return insertion(at, mutation.pick % 2 ? '\ud83d' : '\ude42');
    case 'delete-backtick': {
      const backtick = text.indexOf('`', at);
      return backtick === -1 ? fallback() : { range: { start: backtick, end: backtick + 1 }, text: '' };
    }
    case 'insert-fragment':
      return fallback();
    case 'long-line':
      return insertion(at, '\n' + 'Lorem ipsum <b>dolor</b> sit `amet` [x](y) &amp; '.repeat(2100).slice(0, 100_000) + '\n');
    case 'many-units-on-one-line':
      return insertion(at, '\n\n' + unitsOnOneLine(10_000) + '\n\n');
  }
}

/** Applies a change to a text. */
export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.range.start) + change.text + text.slice(change.range.end);
}

/** The ordinary kinds; the two huge ones are left to their own, rarer draws. */
const ORDINARY_KINDS = MUTATION_KINDS.filter((kind) => kind !== 'long-line' && kind !== 'many-units-on-one-line');

/** A random mutation; `huge` lets the 100k-character line and the 10k-unit line in (rarely). */
export function mutationArbitrary(huge = false): fc.Arbitrary<Mutation> {
  const kind = huge
    ? fc.oneof({ arbitrary: fc.constantFrom(...ORDINARY_KINDS), weight: 60 }, { arbitrary: fc.constantFrom<MutationKind>('long-line', 'many-units-on-one-line'), weight: 1 })
    : fc.constantFrom(...ORDINARY_KINDS);
  return fc.record({ kind, where: fc.double({ min: 0, max: 1, noNaN: true }), pick: fc.nat({ max: 1000 }) });
}

/**
 * Random text that looks a little like an article: sxs markup fragments, Markdown, line breaks
 * and arbitrary UTF-16 code units (lone surrogates and control characters included).
 */
export function randomDocumentArbitrary(): fc.Arbitrary<string> {
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS), weight: 4 },
    { arbitrary: fc.constantFrom('Texte ', 'text ', 'a', ' ', '\n', '- ', '1. ', '## ', '<a name="x"></a>', '---\ntitle: T\n---\n'), weight: 4 },
    { arbitrary: fc.tuple(fc.nat({ max: 200 }), fc.string({ maxLength: 12 })).map(([number, words]) => unitMarkup('f9f29', number, words, words)), weight: 3 },
    { arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }), weight: 2 },
  );
  return fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
}
