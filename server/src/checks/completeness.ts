/**
 * Completeness: a translation or source left empty, a translation identical to its source, and
 * the file-level note that an article was machine-translated.
 */
import type { Half, SxsDocument } from '../core/model';
import { CHECK_CODES } from './checkCodes';
import { proseOf, unitFinding, type UnitCheckContext } from './checkContext';
import type { Finding } from './finding';

/** Characters that show nothing: white space, bidi marks, zero-width characters, masked markup aside. */
const INVISIBLE = /^[\s\u200b-\u200f\u061c\u2060\ufeff]*$/u;

/** Empty halves and unchanged translations of one unit. */
export function checkCompleteness(context: UnitCheckContext): Finding[] {
  const { translation, source } = context;
  if (!source) return [];
  const translationBlank = INVISIBLE.test(translation.raw);
  const sourceBlank = INVISIBLE.test(source.raw);
  if (translationBlank && !sourceBlank) {
    return [unitFinding(context, 'empty-translation', 'the translation is empty', translation.range, { related: [{ range: source.range, message: 'the source to translate' }] })];
  }
  if (sourceBlank && !translationBlank) {
    return [unitFinding(context, 'empty-source', 'the source (sxs-lookup) half is empty', translation.range, { related: [{ range: source.range, message: 'the empty source half' }] })];
  }
  if (!sourceBlank && translation.raw.trim() === source.raw.trim() && !isOnlyLiterals(source, context.noLocTerms)) {
    return [unitFinding(context, 'unchanged', 'the translation is identical to the source', translation.range, { related: [{ range: source.range, message: 'the source' }] })];
  }
  return [];
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’._-]*/gu;

/** Small words that product names keep in lower case (`Modern POS for Windows`). */
const NAME_CONNECTORS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'vs', 'with']);

/** A word that names something rather than says something: capitalised, or an identifier. */
function isNameLike(word: string): boolean {
  return word[0] !== word[0].toLowerCase() || /[\p{N}._]|\p{Lu}/u.test(word.slice(1));
}

/**
 * Whether a source needs no translation: only code, numbers, no-loc terms, a single word, names
 * (`Power Automate`, `Modern POS for Windows`), a short code expression
 * (`Hash.ComputeSHA1Hash(string message)`), or text that is not English (language names).
 */
function isOnlyLiterals(source: Half, noLocTerms: readonly string[]): boolean {
  let prose = proseOf(source);
  for (const term of noLocTerms) prose = prose.split(term).join(' ');
  const words = prose.match(WORD) ?? [];
  if (words.length <= 1) return true;
  if (/[^\p{Script=Latin}\P{L}]|[À-ɏ]/u.test(prose)) return true;
  // Code: identifiers glued by `.`, `:`, `/`, `=` or camelCase in a short text, or a text made mostly of symbols.
  if (words.length <= 4 && /\p{Ll}\p{Lu}|\w[.:/=(]\w/u.test(prose)) return true;
  const symbols = prose.replace(/[\p{L}\p{N}\s\u0001]/gu, '').length;
  if (symbols > prose.replace(/\u0001/g, '').trim().length * 0.15) return true;
  return words.every((word) => isNameLike(word) || NAME_CONNECTORS.has(word.toLowerCase())) && words.some(isNameLike);
}

const TRANSLATION_TYPE_LINE = /^[ \t]*ms\.translationtype[ \t]*:[ \t]*['"]?MT['"]?[ \t]*$/im;

/** The file-level note of a machine-translated article, on its `ms.translationtype: MT` line. */
export function checkMachineTranslated(doc: SxsDocument): Finding[] {
  const frontMatter = doc.frontMatter;
  if (!frontMatter || frontMatter.keys.translationType?.toUpperCase() !== 'MT') return [];
  const content = doc.text.slice(frontMatter.contentRange.start, frontMatter.contentRange.end);
  const line = TRANSLATION_TYPE_LINE.exec(content);
  const range = line
    ? { start: frontMatter.contentRange.start + line.index + (line[0].length - line[0].trimStart().length), end: frontMatter.contentRange.start + line.index + line[0].trimEnd().length }
    : frontMatter.contentRange;
  return [
    {
      code: 'machine-translated',
      message: 'this article is machine-translated (ms.translationtype: MT): review every unit',
      range,
      severity: CHECK_CODES['machine-translated'].severity,
    },
  ];
}
