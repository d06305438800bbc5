/**
 * Defects injected into real units, one per finding code: each mutator looks at a clean unit of
 * a corpus article and, when the unit suits it, returns the edit that damages the translation
 * and the range where the check must report it. Some literals never occur in the corpus
 * (xrefs, placeholders, e-mail addresses…): for those the literal is first written into both
 * halves (`prefix`), which must stay clean, and then damaged in the translation.
 */
import type { Half, InlineToken, OffsetRange, SxsDocument, Unit } from '../../../server/src/core/model';
import { localeRules } from '../../../server/src/checks/locale';

/** One replacement in the document text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A defect: the edit that makes it and where, in the edited text, the finding must be. */
export interface Mutation {
  readonly edit: TextEdit;
  readonly expected: OffsetRange;
  /** Whether the finding's fix must give the text back exactly as before the defect. */
  readonly fixRestores: boolean;
}

/** Text written into both halves before the defect, for literals the corpus lacks. */
export interface Prefix {
  readonly translation: string;
  readonly source: string;
}

/** Makes one kind of defect in a unit, or says the unit does not suit it. */
export interface Mutator {
  readonly code: string;
  readonly prefix?: Prefix;
  readonly mutate: (doc: SxsDocument, unit: Unit & { source: Half }) => Mutation | undefined;
}

function tokensOf(half: Half, kind: InlineToken['kind']): InlineToken[] {
  return half.tokens.filter((token) => token.kind === kind);
}

function sameCount(unit: Unit & { source: Half }, kind: InlineToken['kind']): boolean {
  return tokensOf(unit.translation, kind).length === tokensOf(unit.source, kind).length;
}

function replace(start: number, end: number, newText: string): TextEdit {
  return { start, end, newText };
}

/** The translation range after an edit inside it. */
function translationAfter(unit: Unit, edit: TextEdit): OffsetRange {
  return { start: unit.translation.range.start, end: unit.translation.range.end + edit.newText.length - (edit.end - edit.start) };
}

/** Words of letters only, two or more, written with spaces between words. */
const SPACED_WORD = /(?<=^|\s)(\p{L}{3,})(?= \p{L})/u;

/** Replaces a literal that a prefix put at the start of the translation; the finding is on the replacement. */
function prefixedLiteral(unit: Unit, literal: string, replacement: string, fixRestores = true): Mutation | undefined {
  if (!unit.translation.raw.startsWith(literal)) return undefined;
  const start = unit.translation.range.start;
  const edit = replace(start, start + literal.length, replacement);
  return { edit, expected: { start, end: start + replacement.length }, fixRestores };
}

export const MUTATORS: readonly Mutator[] = [
  {
    code: 'inline-code',
    // Drop the closing backtick of the only code span: the opening one is left stray.
    mutate: (doc, unit) => {
      const codes = tokensOf(unit.translation, 'code');
      if (codes.length !== 1 || !sameCount(unit, 'code') || unit.translation.raw.split('`').length !== 3) return undefined;
      const code = codes[0];
      if (codes[0].value.length === 0 || !unit.source.tokens.some((token) => token.kind === 'code' && token.value === code.value)) return undefined;
      return { edit: replace(code.range.end - 1, code.range.end, ''), expected: { start: code.range.start, end: code.range.start + 1 }, fixRestores: true };
    },
  },
  {
    code: 'link-target',
    mutate: (doc, unit) => {
      const link = tokensOf(unit.translation, 'link').find((token) => token.value.length > 3 && token.labelRange);
      if (!link || !sameCount(unit, 'link')) return undefined;
      const destinationEnd = doc.text.indexOf(link.value, link.labelRange!.end) + link.value.length;
      return { edit: replace(destinationEnd, destinationEnd, 'x'), expected: { start: link.range.start, end: link.range.end + 1 }, fixRestores: true };
    },
  },
  {
    code: 'link-count',
    // Unlink the text: `[texte](url)` → `texte`.
    mutate: (doc, unit) => {
      const link = tokensOf(unit.translation, 'link').find((token) => token.labelRange && token.labelRange.end > token.labelRange.start);
      if (!link || !sameCount(unit, 'link')) return undefined;
      const label = doc.text.slice(link.labelRange!.start, link.labelRange!.end);
      const edit = replace(link.range.start, link.range.end, label);
      return { edit, expected: translationAfter(unit, edit), fixRestores: false };
    },
  },
  {
    code: 'broken-link',
    // `](` → `] (`
    mutate: (doc, unit) => {
      const link = tokensOf(unit.translation, 'link').find((token) => token.labelRange && /[/.#:]/.test(token.value) && !/\s/.test(token.value));
      if (!link || !sameCount(unit, 'link')) return undefined;
      const bracket = link.labelRange!.end;
      return { edit: replace(bracket + 1, bracket + 1, ' '), expected: { start: bracket, end: bracket + 3 }, fixRestores: true };
    },
  },
  {
    code: 'numbers',
    // Change the last digit of a plain number that both halves share.
    mutate: (doc, unit) => {
      const number = tokensOf(unit.translation, 'number').find((token) => /^[0-9]{2,}$/.test(token.value) && unit.source.tokens.some((other) => other.value === token.value));
      if (!number || !sameCount(unit, 'number')) return undefined;
      const last = number.value.charCodeAt(number.value.length - 1) - 48;
      const edit = replace(number.range.end - 1, number.range.end, String((last + 1) % 10));
      return { edit, expected: number.range, fixRestores: true };
    },
  },
  {
    code: 'xref',
    prefix: { translation: '<xref:System.String> ', source: '<xref:System.String> ' },
    mutate: (doc, unit) => prefixedLiteral(unit, '<xref:System.String>', '<xref:System.Strings>'),
  },
  {
    code: 'include-token',
    mutate: (doc, unit) => {
      const include = tokensOf(unit.translation, 'include').find((token) => token.value.startsWith('[!') && token.value.includes('.md'));
      if (!include || !sameCount(unit, 'include')) return undefined;
      const at = doc.text.indexOf('.md', include.range.start);
      return { edit: replace(at, at, '2'), expected: { start: include.range.start, end: include.range.end + 1 }, fixRestores: true };
    },
  },
  {
    code: 'alert-keyword',
    prefix: { translation: '[!NOTE] ', source: '[!NOTE] ' },
    mutate: (doc, unit) => prefixedLiteral(unit, '[!NOTE]', '[!REMARQUE]'),
  },
  {
    code: 'emphasis',
    // Drop the closing `**` of the only bold pair: the opening one is left stray.
    mutate: (doc, unit) => {
      const delimiters = tokensOf(unit.translation, 'emphasis');
      const sourceDelimiters = tokensOf(unit.source, 'emphasis');
      if (delimiters.length !== 2 || delimiters[0].value !== '**' || sourceDelimiters.length !== 2 || sourceDelimiters[0].value !== '**') return undefined;
      if (unit.translation.raw.split('*').length !== 5) return undefined;
      return { edit: replace(delimiters[1].range.start, delimiters[1].range.end, ''), expected: delimiters[0].range, fixRestores: false };
    },
  },
  {
    code: 'html-tags',
    prefix: { translation: 'A<br/>', source: 'A<br/>' },
    mutate: (doc, unit) => {
      if (!unit.translation.raw.startsWith('A<br/>')) return undefined;
      const start = unit.translation.range.start + 1;
      const edit = replace(start, start + 5, ' ');
      return { edit, expected: translationAfter(unit, edit), fixRestores: false };
    },
  },
  {
    code: 'entities',
    // `&lt;` decoded into a raw `<` that forms no tag.
    prefix: { translation: 'a &lt; b ', source: 'a &lt; b ' },
    mutate: (doc, unit) => {
      if (!unit.translation.raw.startsWith('a &lt; b ')) return undefined;
      const start = unit.translation.range.start + 2;
      return { edit: replace(start, start + 4, '<'), expected: { start, end: start + 1 }, fixRestores: true };
    },
  },
  {
    code: 'escapes',
    mutate: (doc, unit) => {
      const escape = tokensOf(unit.translation, 'escape').find((token) => '|#-.+@>'.includes(token.value));
      if (!escape || !sameCount(unit, 'escape')) return undefined;
      if (unit.translation.raw.split(escape.value).length !== 2) return undefined;
      return { edit: replace(escape.range.start, escape.range.start + 1, ''), expected: { start: escape.range.start, end: escape.range.start + 1 }, fixRestores: true };
    },
  },
  {
    code: 'urls',
    prefix: { translation: 'https://aka.ms/contoso?WT.mc_id=docs ', source: 'https://aka.ms/contoso?WT.mc_id=docs ' },
    mutate: (doc, unit) => prefixedLiteral(unit, 'https://aka.ms/contoso?WT.mc_id=docs', 'https://aka.ms/contoso?WT_mc_id=docs'),
  },
  {
    code: 'emails',
    prefix: { translation: 'support@contoso.com ', source: 'support@contoso.com ' },
    mutate: (doc, unit) => prefixedLiteral(unit, 'support@contoso.com', 'support@contoso.co', false),
  },
  {
    code: 'paths',
    prefix: { translation: 'C:\\Temp\\contoso.txt ', source: 'C:\\Temp\\contoso.txt ' },
    mutate: (doc, unit) => prefixedLiteral(unit, 'C:\\Temp\\contoso.txt', 'C:\\Temp\\contoso.log', false),
  },
  {
    code: 'options',
    prefix: { translation: '--force ', source: '--force ' },
    mutate: (doc, unit) => prefixedLiteral(unit, '--force', '--forced', false),
  },
  {
    code: 'placeholders',
    prefix: { translation: '{0} ', source: '{0} ' },
    mutate: (doc, unit) => prefixedLiteral(unit, '{0}', '{1}'),
  },
  {
    code: 'edge-whitespace',
    mutate: (doc, unit) => {
      if (/^\s/.test(unit.translation.raw) || /^\s/.test(unit.source.raw) || unit.translation.raw.length === 0) return undefined;
      const start = unit.translation.range.start;
      return { edit: replace(start, start, ' '), expected: { start, end: start + 1 }, fixRestores: true };
    },
  },
  {
    code: 'double-space',
    mutate: (doc, unit) => {
      const match = /\p{L} \p{L}/u.exec(unit.translation.raw);
      if (!match || unit.translation.raw.includes('  ')) return undefined;
      const start = unit.translation.range.start + match.index + 1;
      return { edit: replace(start, start + 1, '  '), expected: { start, end: start + 2 }, fixRestores: true };
    },
  },
  {
    code: 'repeated-word',
    mutate: (doc, unit) => {
      if (localeRules(doc.frontMatter?.keys.contentLocale).withoutWordSpaces) return undefined;
      const match = SPACED_WORD.exec(unit.translation.raw);
      if (!match) return undefined;
      const word = match[1];
      const start = unit.translation.range.start + match.index;
      const edit = replace(start + word.length, start + word.length, ` ${word}`);
      return { edit, expected: { start, end: start + 2 * word.length + 1 }, fixRestores: false };
    },
  },
  {
    code: 'french-spacing',
    mutate: (doc, unit) => {
      if (!localeRules(doc.frontMatter?.keys.contentLocale).frenchSpacing) return undefined;
      const index = unit.translation.raw.search(/\p{L}\u00a0[:?!;]/u);
      if (index < 0) return undefined;
      const start = unit.translation.range.start + index + 1;
      return { edit: replace(start, start + 1, ' '), expected: { start, end: start + 1 }, fixRestores: true };
    },
  },
  {
    code: 'end-punctuation',
    // Drop the final full stop of a sentence.
    mutate: (doc, unit) => {
      const translation = unit.translation.raw;
      if (!/\p{L}\.$/u.test(translation) || !/\p{L}\.$/u.test(unit.source.raw) || unit.source.raw.split(' ').length < 3) return undefined;
      const start = unit.translation.range.end - 1;
      const edit = replace(start, start + 1, '');
      return { edit, expected: translationAfter(unit, edit), fixRestores: false };
    },
  },
  {
    code: 'brackets',
    // Drop the `)` of a parenthesis in the prose.
    mutate: (doc, unit) => {
      const match = /\((\p{L}[\p{L} ]*)\)/u.exec(unit.translation.raw);
      if (!match || !/\(\p{L}[\p{L} ]*\)/u.test(unit.source.raw) || unit.translation.raw.split('(').length !== 2) return undefined;
      const open = unit.translation.range.start + match.index;
      const close = open + match[0].length - 1;
      return { edit: replace(close, close + 1, ''), expected: { start: open, end: open + 1 }, fixRestores: false };
    },
  },
  {
    code: 'quotes',
    prefix: { translation: '"contoso" ', source: '"contoso" ' },
    mutate: (doc, unit) => {
      if (!unit.translation.raw.startsWith('"contoso" ') || unit.translation.raw.split('"').length !== 3 || /[“”„«»]/.test(unit.translation.raw)) return undefined;
      const start = unit.translation.range.start;
      return { edit: replace(start + 8, start + 9, ''), expected: { start, end: start + 1 }, fixRestores: false };
    },
  },
  {
    code: 'line-breaks',
    mutate: (doc, unit) => {
      const index = unit.translation.raw.indexOf(' ');
      if (index <= 0 || unit.translation.raw.includes('\t') || unit.source.raw.includes('\t') || unit.translation.raw[index - 1] === ' ') return undefined;
      const start = unit.translation.range.start + index;
      return { edit: replace(start, start + 1, '\t'), expected: { start, end: start + 1 }, fixRestores: false };
    },
  },
  {
    code: 'empty-translation',
    mutate: (doc, unit) => {
      if (unit.translation.raw.trim() === '') return undefined;
      const edit = replace(unit.translation.range.start, unit.translation.range.end, '');
      return { edit, expected: { start: unit.translation.range.start, end: unit.translation.range.start }, fixRestores: false };
    },
  },
  {
    code: 'unchanged',
    // Leave a sentence untranslated: the English in place of the translation.
    mutate: (doc, unit) => {
      if (unit.source.raw.split(' ').length < 5 || !/^\p{Lu}[\p{Ll} ,]+[a-z]\.$/u.test(unit.source.raw) || unit.source.raw === unit.translation.raw) return undefined;
      const edit = replace(unit.translation.range.start, unit.translation.range.end, unit.source.raw);
      return { edit, expected: translationAfter(unit, edit), fixRestores: false };
    },
  },
];
