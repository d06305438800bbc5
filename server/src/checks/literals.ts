/**
 * Literals that must survive translation: numbers (compared by their digits, so `1,000.5`,
 * `1 000,5` and `١٬٠٠٠٫٥` agree), URLs, e-mail addresses, paths, command-line options,
 * placeholders and the front matter's no-loc terms.
 */
import { digitValue } from '../core/inlineTokens';
import type { Half, OffsetRange } from '../core/model';
import type { CheckCode } from './checkCodes';
import { inSource, proseOf, rangeInHalf, shown, unitFinding, type PairedContext } from './checkContext';
import type { Finding, TextEditOffsets } from './finding';
import { normalizeDestination, numberKey, numbersWrittenInWords } from './locale';
import { differenceByKey, reportDifference, type ParityDifference, type ParityItem } from './tokenParity';

/** Every literal check of one unit. */
export function checkLiterals(context: PairedContext): Finding[] {
  return [
    ...checkNumbers(context),
    ...checkUrls(context),
    ...checkPattern(context, 'emails', 'e-mail address', EMAIL, /@/),
    ...checkPattern(context, 'paths', 'path', PATH, /[/\\]/),
    ...checkPattern(context, 'options', 'option', OPTION, /--/),
    ...checkPattern(context, 'placeholders', 'placeholder', PLACEHOLDER, /[{%$]/, true),
    ...checkNoLocTerms(context),
  ];
}

/**
 * Whether a literal of the translation is part of the source's markup (code, a link target, an
 * include): when that markup broke, the markup check reports it, not the literal.
 */
function insideSourceMarkup(context: PairedContext, value: string): boolean {
  return context.source.tokens.some((token) => token.kind !== 'number' && token.kind !== 'emphasis' && token.value.includes(value));
}

/** Literal differences, minus what broken source markup explains. */
function literalDifference(context: PairedContext, source: ParityItem[], translation: ParityItem[]): ParityDifference {
  const difference = differenceByKey(source, translation);
  return { missing: difference.missing, extra: difference.extra.filter((item) => !insideSourceMarkup(context, item.value)) };
}

/** Ranges of placeholders in a half: their digits (`{0}`) are not numbers. */
function placeholderRanges(half: Half): OffsetRange[] {
  if (!/[{%$]/.test(half.raw)) return [];
  return [...proseOf(half).matchAll(PLACEHOLDER)].map((match) => rangeInHalf(half, match.index ?? 0, match[0].length));
}

function checkNumbers(context: PairedContext): Finding[] {
  const numberItems = (half: Half): ParityItem[] => {
    const placeholders = placeholderRanges(half);
    return half.tokens
      .filter((token) => token.kind === 'number' && !placeholders.some((range) => range.start <= token.range.start && token.range.end <= range.end))
      .map((token) => ({ range: token.range, value: token.value, key: numberKey(token.value) }));
  };
  const compared = literalDifference(context, numberItems(context.source), numberItems(context.translation));
  if (compared.missing.length === 0 && compared.extra.length === 0) return [];
  // A number the source writes in words (`one of`, `May 2021`) or inside a name (`Entity1`) may
  // rightly appear in digits in the translation.
  const inWords = numbersWrittenInWords(context.source.raw);
  const digitRuns = new Set(context.source.raw.match(/\d+/g) ?? []);
  const extra = compared.extra.filter((item) => !inWords.has(item.key) && !digitRuns.has(item.value));
  const difference = { missing: compared.missing, extra };
  return reportDifference(context, difference, {
    code: 'numbers',
    noun: 'number',
    restore: (translationItem, sourceItem) => {
      // Only plain digit runs are certain: grouping and decimals follow the locale, not the source.
      if (!/^\d+$/.test(sourceItem.value) || translationItem.value.length === 0) return undefined;
      const first = translationItem.value.charCodeAt(0);
      const zero = first - digitValue(first);
      const digits = String.fromCharCode(...[...sourceItem.value].map((digit) => zero + Number(digit)));
      return [{ range: translationItem.range, newText: digits }];
    },
  });
}

function checkUrls(context: PairedContext): Finding[] {
  const urlItems = (half: Half): ParityItem[] =>
    half.tokens
      .filter((token) => token.kind === 'bare-url' || (token.kind === 'autolink' && !isEmail(token.value)))
      .map((token) => ({ range: token.range, value: token.value, key: normalizeDestination(token.value, context.locale) }));
  const difference = literalDifference(context, urlItems(context.source), urlItems(context.translation));
  return reportDifference(context, difference, {
    code: 'urls',
    noun: 'URL',
    restore: (translationItem, sourceItem): TextEditOffsets[] => {
      // An autolink keeps its angle brackets; only the URL inside is replaced.
      const angled = context.doc.text[translationItem.range.start] === '<';
      const range: OffsetRange = angled ? { start: translationItem.range.start + 1, end: translationItem.range.end - 1 } : translationItem.range;
      return [{ range, newText: sourceItem.value }];
    },
  });
}

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const PATH = /(?<![^\s("'\u0001])(?:[A-Za-z]:\\[^\s*?"<>|\u0001]+|\\\\[\w.$-]+\\[^\s*?"<>|\u0001]+|~\/[^\s"<>|\u0001]*|\.\.?\/[^\s"<>|\u0001]+|\/(?:[\w.-]+\/)+[\w.-]*)/g;
const OPTION = /(?<![\w-])--[A-Za-z][\w-]*/g;
const PLACEHOLDER = /\{\{\s*[^{}\s]+\s*\}\}|(?<!\{)\{\d+(?:[,:][^{}]*)?\}(?!\})|(?<![\w%])%\d+(?:\$[sd])?|(?<![\w%])%[sd]\b|\$\([\w.:-]+\)|\$\{[\w.:-]+\}/g;

function isEmail(value: string): boolean {
  return /^[^:/]+@[^:/]+$/.test(value);
}

/** Trailing sentence punctuation is not part of a path or address. */
function trimTrailingPunctuation(value: string): string {
  return value.replace(/[.,;:!?)\]]+$/, '');
}

function patternItems(half: Half, pattern: RegExp, code: CheckCode): ParityItem[] {
  const items: ParityItem[] = [];
  for (const match of proseOf(half).matchAll(pattern)) {
    const value = trimTrailingPunctuation(match[0]);
    if (value.length === 0) continue;
    items.push({ range: rangeInHalf(half, match.index ?? 0, value.length), value, key: value });
  }
  if (code === 'emails') {
    for (const token of half.tokens) {
      if (token.kind === 'autolink' && isEmail(token.value)) items.push({ range: token.range, value: token.value, key: token.value });
    }
  }
  return items;
}

function checkPattern(context: PairedContext, code: CheckCode, noun: string, pattern: RegExp, hint: RegExp, restorable = false): Finding[] {
  // Most halves hold none of these literals: a cheap look at both halves skips the full patterns.
  if (!hint.test(context.translation.raw) && !hint.test(context.source.raw)) return [];
  const difference = literalDifference(context, patternItems(context.source, pattern, code), patternItems(context.translation, pattern, code));
  return reportDifference(context, difference, {
    code,
    noun,
    restore: restorable ? (translationItem, sourceItem) => [{ range: translationItem.range, newText: sourceItem.value }] : undefined,
  });
}

function escapeForPattern(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of a no-loc term as a whole word. */
function termOccurrences(text: string, term: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(term)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index ?? 0);
}

function checkNoLocTerms(context: PairedContext): Finding[] {
  const findings: Finding[] = [];
  for (const term of context.noLocTerms) {
    const inSourceHalf = termOccurrences(context.source.raw, term);
    if (inSourceHalf.length === 0) continue;
    const inTranslation = termOccurrences(context.translation.raw, term);
    if (inTranslation.length >= inSourceHalf.length) continue;
    // A changed spelling (`azure`, `AZURE`) is the likely culprit: point at it.
    const variant = new RegExp(escapeForPattern(term), 'iu').exec(context.translation.raw);
    const range = variant && variant[0] !== term ? rangeInHalf(context.translation, variant.index, variant[0].length) : context.translation.range;
    findings.push(
      unitFinding(context, 'no-loc', `no-loc term ${shown(term)} not kept verbatim: ${inSourceHalf.length} in the source, ${inTranslation.length} in the translation`, range, {
        related: [inSource(rangeInHalf(context.source, inSourceHalf[0], term.length), 'the term in the source')],
      }),
    );
  }
  return findings;
}
