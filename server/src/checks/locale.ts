/**
 * What differs per locale for the checks: the locale of a document, the punctuation that ends a
 * sentence in its script, how numbers are written, and how links are rewritten per locale.
 */
import { digitValue } from '../core/inlineTokens';
import type { SxsDocument } from '../core/model';

/** The locale facts the checks need. */
export interface LocaleRules {
  /** Lower-case BCP 47 tag (`fr-fr`), or empty when unknown. */
  readonly tag: string;
  /** The language part (`fr`), or empty. */
  readonly language: string;
  /** French typography: a no-break space before `: ; ? !` and inside « ». */
  readonly frenchSpacing: boolean;
  /** Scripts written without spaces between words (word-level checks do not apply). */
  readonly withoutWordSpaces: boolean;
  /** A sentence that introduces a list ends with a full stop, where English writes a colon. */
  readonly fullStopForColon: boolean;
}

/** The rules for `tag` (`fr-FR`, `ja-jp`…); an unknown or missing tag gives neutral rules. */
export function localeRules(tag: string | undefined): LocaleRules {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const language = lower.split('-')[0] ?? '';
  return {
    tag: lower,
    language,
    frenchSpacing: language === 'fr' && lower !== 'fr-ca',
    withoutWordSpaces: language === 'ja' || language === 'zh' || language === 'th',
    fullStopForColon: language === 'ja' || language === 'zh' || language === 'ko',
  };
}

/** The locale of a document: the caller's choice, else the front matter's `ms.contentlocale`. */
export function documentLocale(doc: SxsDocument, override: string | undefined): LocaleRules {
  return localeRules(override ?? doc.frontMatter?.keys.contentLocale);
}

/** The kinds of sentence-final punctuation, equal across scripts (`.` = `。` = `।`). */
export type EndPunctuation = 'full-stop' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'comma' | 'ellipsis' | 'none';

const END_PUNCTUATION: Record<string, EndPunctuation> = {
  '.': 'full-stop',
  '。': 'full-stop',
  '．': 'full-stop',
  '｡': 'full-stop',
  '।': 'full-stop',
  '॥': 'full-stop',
  '۔': 'full-stop',
  '?': 'question',
  '？': 'question',
  '؟': 'question',
  '!': 'exclamation',
  '！': 'exclamation',
  ':': 'colon',
  '：': 'colon',
  ';': 'semicolon',
  '；': 'semicolon',
  '؛': 'semicolon',
  ',': 'comma',
  '，': 'comma',
  '、': 'comma',
  '،': 'comma',
  '…': 'ellipsis',
};

/** The kind of punctuation `character` is at the end of a sentence in `locale`. */
export function endPunctuationOf(character: string, locale: LocaleRules): EndPunctuation {
  // Greek writes its question mark as a semicolon.
  if (character === ';' && locale.language === 'el') return 'question';
  return END_PUNCTUATION[character] ?? 'none';
}

/**
 * The digits of a number in ASCII, separators dropped: `1 234,5`, `1,234.5` and `١٬٢٣٤٫٥` agree,
 * and so do `06` and `6` (day and month numbers are written with a zero in many locales).
 */
export function numberKey(value: string): string {
  let key = '';
  for (let index = 0; index < value.length; index++) {
    const digit = digitValue(value.charCodeAt(index));
    if (digit >= 0) key += digit;
  }
  return key.length === 2 && key[0] === '0' ? key.slice(1) : key;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, thousand: 1000,
  once: 1, twice: 2, single: 1, both: 2, pair: 2, dozen: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, half: 2, quarter: 4, monthly: 1, annual: 12, yearly: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/**
 * The numbers an English text writes in words (`one`, `twelve`, `May`, `second`): translations
 * into Japanese, Chinese or Korean write them in digits (`1 つ`, `5 月`).
 */
export function numbersWrittenInWords(english: string): Set<string> {
  const numbers = new Set<string>();
  for (const match of english.toLowerCase().matchAll(/[a-z]+/g)) {
    const value = NUMBER_WORDS[match[0]];
    if (value !== undefined) numbers.add(String(value));
  }
  return numbers;
}

const LOCALE_SEGMENT = /\/([a-z]{2}-[a-z]{2,4})(?=\/|$|[?#])/gi;

/**
 * A link destination with the locale rewrites a translation may make undone: a `/en-us/` path
 * segment removed, or replaced by the article's own locale, compares equal to the original.
 */
export function normalizeDestination(destination: string, locale: LocaleRules): string {
  let normalized = destination.trim();
  if (normalized.startsWith('<') && normalized.endsWith('>')) normalized = normalized.slice(1, -1);
  return normalized.replace(LOCALE_SEGMENT, (segment, code: string) => {
    const lower = code.toLowerCase();
    return lower === 'en-us' || lower === locale.tag ? '' : segment;
  });
}
