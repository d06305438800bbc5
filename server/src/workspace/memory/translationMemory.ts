/**
 * The translation memory: every (English, translation) pair of the workspace's localized
 * articles and of the TMX files the user names, looked up by English text and locale with a
 * CAT-style fuzzy match percentage (`matchScore.ts`).
 *
 * Distinct English sentences are stored once, with their translations per locale and the places
 * (file, unit) each translation occurs; a file's unit ids are kept as one joined string, so two
 * million units cost a few integers each. Fuzzy candidates come from an inverted index of the
 * sentences' words: the rarest words of the query are counted first, words that occur in a large
 * share of the memory add little and are skipped, and only the best-overlapping candidates are
 * scored exactly. Pure: no Node, no VS Code, no file access.
 */
import { matchTokens, normalizeSentence, percentageOfTokens, tokenWeight, type MatchToken } from './matchScore';

/** One pair to remember, from an article unit or a TMX translation unit. */
export interface MemorySegment {
  /** The English half as written (raw Markdown/HTML of an article, plain text of a TMX). */
  readonly english: string;
  readonly translation: string;
  /** The translation's locale, any case (`fr-FR`, `fr-fr`, `fr`). */
  readonly locale: string;
  /** The unit id (`98b67-104`) or a TMX unit's id. */
  readonly unitId: string;
}

/** Where memory entries come from: an article of the workspace or an external TMX file. */
export type MemoryOrigin = 'workspace' | 'tmx';

/** One match, best first in `lookup`'s answer. */
export interface MemoryMatch {
  /** 100 for the same English (white space aside), else 0–99. */
  readonly percentage: number;
  /** The stored translation exactly as written: what an insert puts in the translation half. */
  readonly translation: string;
  /** The stored English it translates. */
  readonly english: string;
  /** URI of a file that holds it (another than `excludeFile` when there is one). */
  readonly file: string;
  readonly unitId: string;
  /** How many units (in any file) carry this translation of this English. */
  readonly occurrences: number;
  readonly origin: MemoryOrigin;
}

/** What `lookup` returns and skips. */
export interface LookupOptions {
  /** Most matches returned (default 3). */
  readonly limit?: number;
  /** Lowest percentage returned (default 70, the usual fuzzy threshold of CAT tools). */
  readonly minimum?: number;
  /** Places in this file are not named when another file holds the same pair (the article asking). */
  readonly excludeFile?: string;
  /** Translations never returned (the unit's current one, say), compared with white space collapsed. */
  readonly excludeTranslations?: readonly string[];
}

/** One translation of an exact English sentence, with its places, for consistency checks. */
export interface ExactTranslation {
  readonly translation: string;
  readonly places: readonly { readonly file: string; readonly unitId: string }[];
  readonly origin: MemoryOrigin;
}

/** Counts that describe the memory. */
export interface MemoryStats {
  readonly files: number;
  readonly sentences: number;
  readonly translations: number;
  readonly places: number;
}

interface TranslationRecord {
  readonly id: number;
  readonly sentence: SentenceRecord;
  readonly locale: string;
  readonly translation: string;
  readonly normalized: string;
  /** Pairs of file id and unit position in that file. */
  readonly places: number[];
}

interface SentenceRecord {
  readonly id: number;
  readonly english: string;
  /** Tokens are not kept (they would be most of the memory): candidates are tokenized when scored. */
  readonly weight: number;
  readonly wordCount: number;
  readonly translations: TranslationRecord[];
}

interface FileRecord {
  readonly id: number;
  readonly uri: string;
  readonly origin: MemoryOrigin;
  /** Translation record per unit position (-1: not remembered). */
  readonly entries: Int32Array;
  /** The unit ids joined by `\n`, split only when a match names one. */
  readonly unitIds: string;
  /** Where each unit id starts in `unitIds`, counted once a match names one of the file's units. */
  unitIdStarts?: Int32Array;
}

/** Lowest percentage of a lookup by default. */
export const DEFAULT_MINIMUM = 70;
/** Candidates scored exactly per lookup. */
const CANDIDATES = 60;
/** A word in more sentences than this share of the memory is too common to find candidates with. */
const COMMON_WORD_SHARE = 0.05;
/** ... unless the memory is small. */
const COMMON_WORD_FLOOR = 2000;

/** A workspace translation memory, updated file by file. */
export class TranslationMemory {
  private readonly sentences = new Map<string, SentenceRecord>();
  private readonly sentenceList: SentenceRecord[] = [];
  private readonly translationList: (TranslationRecord | undefined)[] = [];
  private readonly freeTranslationIds: number[] = [];
  private readonly files = new Map<string, FileRecord>();
  private readonly fileList: (FileRecord | undefined)[] = [];
  private readonly words = new Map<string, number[]>();
  private placeCount = 0;
  private counterArray = new Uint16Array(0);

  /** Replaces what `file` contributes with `segments` (empty translations and unchanged English are skipped). */
  setFile(file: string, segments: Iterable<MemorySegment>, origin: MemoryOrigin = 'workspace'): void {
    this.removeFile(file);
    const id = this.fileList.length;
    const entries: number[] = [];
    const unitIds: string[] = [];
    for (const segment of segments) {
      const position = entries.length;
      unitIds.push(segment.unitId.replace(/\n/g, ' '));
      entries.push(this.remember(segment, id, position));
    }
    const record: FileRecord = { id, uri: file, origin, entries: Int32Array.from(entries), unitIds: unitIds.join('\n') };
    this.fileList.push(record);
    this.files.set(file, record);
  }

  /** Forgets everything `file` contributed. */
  removeFile(file: string): void {
    const record = this.files.get(file);
    if (!record) return;
    this.files.delete(file);
    this.fileList[record.id] = undefined;
    for (const entry of new Set(record.entries)) {
      if (entry < 0) continue;
      const translation = this.translationList[entry];
      if (!translation) continue;
      const places = translation.places;
      let kept = 0;
      for (let index = 0; index < places.length; index += 2) {
        if (places[index] === record.id) continue;
        places[kept++] = places[index];
        places[kept++] = places[index + 1];
      }
      this.placeCount -= (places.length - kept) / 2;
      places.length = kept;
      if (kept === 0) this.forgetTranslation(translation);
    }
  }

  /** Whether `file` contributes to the memory. */
  hasFile(file: string): boolean {
    return this.files.has(file);
  }

  /** The matches for `english` in `locale`, best first: exact (100), then fuzzy down to `minimum`. */
  lookup(english: string, locale: string, options: LookupOptions = {}): MemoryMatch[] {
    const limit = options.limit ?? 3;
    const minimum = options.minimum ?? DEFAULT_MINIMUM;
    const normalized = normalizeSentence(english);
    if (normalized === '' || limit <= 0) return [];
    const wanted = locale.toLowerCase();
    const accepts = localeMatcher(wanted);
    const excluded = new Set((options.excludeTranslations ?? []).map(normalizeSentence));
    const queryTokens = matchTokens(normalized);
    const queryWeight = tokenWeight(queryTokens);
    const scored: { sentence: SentenceRecord; percentage: number }[] = [];
    const exact = this.sentences.get(normalized);
    if (exact) scored.push({ sentence: exact, percentage: 100 });
    if (minimum < 100) {
      for (const candidate of this.candidates(queryTokens, queryWeight, minimum, wanted)) {
        if (candidate === exact) continue;
        const percentage = percentageOfTokens(queryTokens, matchTokens(candidate.english));
        if (percentage >= minimum) scored.push({ sentence: candidate, percentage });
      }
    }
    scored.sort((a, b) => b.percentage - a.percentage || a.sentence.id - b.sentence.id);
    const matches: MemoryMatch[] = [];
    for (const { sentence, percentage } of scored) {
      const translations = sentence.translations.filter((translation) => accepts(translation.locale) && !excluded.has(translation.normalized));
      translations.sort((a, b) => b.places.length - a.places.length || a.id - b.id);
      for (const translation of translations) {
        matches.push(this.describe(translation, percentage, options.excludeFile));
        if (matches.length === limit) return matches;
      }
    }
    return matches;
  }

  /** Every translation in `locale` of exactly this English (white space collapsed), most used first. */
  translationsOf(english: string, locale: string): ExactTranslation[] {
    const sentence = this.sentences.get(normalizeSentence(english));
    if (!sentence) return [];
    const wanted = locale.toLowerCase();
    return sentence.translations
      .filter((translation) => sameLocale(translation.locale, wanted))
      .sort((a, b) => b.places.length - a.places.length || a.id - b.id)
      .map((translation) => ({
        translation: translation.translation,
        places: this.placesOf(translation),
        origin: this.fileList[translation.places[0]]?.origin ?? 'workspace',
      }));
  }

  stats(): MemoryStats {
    let translations = 0;
    for (const translation of this.translationList) if (translation) translations++;
    return { files: this.files.size, sentences: this.sentences.size, translations, places: this.placeCount };
  }

  /** Adds one pair at (file, position) and returns its translation record id, or -1 when not worth remembering. */
  private remember(segment: MemorySegment, fileId: number, position: number): number {
    const english = normalizeSentence(segment.english);
    const normalizedTranslation = normalizeSentence(segment.translation);
    if (english === '' || normalizedTranslation === '' || normalizedTranslation === english) return -1;
    const sentence = this.sentences.get(english) ?? this.addSentence(english);
    const locale = segment.locale.toLowerCase();
    let translation = sentence.translations.find((candidate) => candidate.locale === locale && candidate.normalized === normalizedTranslation);
    if (!translation) {
      const id = this.freeTranslationIds.pop() ?? this.translationList.length;
      translation = { id, sentence, locale, translation: detached(segment.translation), normalized: normalizedTranslation, places: [] };
      this.translationList[id] = translation;
      sentence.translations.push(translation);
    }
    translation.places.push(fileId, position);
    this.placeCount++;
    return translation.id;
  }

  private addSentence(english: string): SentenceRecord {
    const tokens = matchTokens(english);
    const id = this.sentenceList.length;
    let wordCount = 0;
    for (const token of tokens) {
      if (!token.word) continue;
      const postings = this.words.get(token.folded);
      if (!postings) this.words.set(token.folded, [id]);
      else if (postings[postings.length - 1] !== id) postings.push(id);
      else continue;
      wordCount++;
    }
    const sentence: SentenceRecord = { id, english: detached(english), weight: tokenWeight(tokens), wordCount, translations: [] };
    this.sentences.set(sentence.english, sentence);
    this.sentenceList.push(sentence);
    return sentence;
  }

  private forgetTranslation(translation: TranslationRecord): void {
    const list = translation.sentence.translations;
    list.splice(list.indexOf(translation), 1);
    this.translationList[translation.id] = undefined;
    this.freeTranslationIds.push(translation.id);
    // The sentence stays (its postings are shared); it has no translation to offer until one returns.
  }

  /**
   * Sentences sharing enough words with the query to reach `minimum`, best overlap first.
   * A sentence scoring p % shares at least about p % of the query's words, so it holds one of
   * the rarest `q − k + 1` of them (k the words it must share): only those words' postings are
   * walked, never those of "the" or "to". A sentence of weight w scores at most
   * 100 × min(w, q) / max(w, q), which prunes by length before any exact score.
   */
  private candidates(query: readonly MatchToken[], queryWeight: number, minimum: number, locale: string): SentenceRecord[] {
    const queryWords = [...new Set(query.filter((token) => token.word).map((token) => token.folded))];
    const postingLists = queryWords.map((word) => this.words.get(word) ?? []);
    postingLists.sort((a, b) => a.length - b.length);
    const mustShare = Math.max(1, Math.ceil((queryWords.length * minimum) / 100) - 1);
    const walked = postingLists.slice(0, Math.max(1, queryWords.length - mustShare + 1));
    const counts = this.counters();
    const touched: number[] = [];
    for (const postings of walked) {
      for (const id of postings) {
        if (counts[id]++ === 0) touched.push(id);
      }
    }
    const accepts = localeMatcher(locale);
    const ranked: { sentence: SentenceRecord; share: number }[] = [];
    for (const id of touched) {
      const shared = counts[id];
      counts[id] = 0;
      const sentence = this.sentenceList[id];
      const ratio = Math.min(sentence.weight, queryWeight) / Math.max(sentence.weight, queryWeight);
      if (ratio * 100 < minimum) continue;
      if (!sentence.translations.some((translation) => accepts(translation.locale))) continue;
      ranked.push({ sentence, share: shared / Math.max(sentence.wordCount, 1) });
    }
    ranked.sort((a, b) => b.share - a.share || a.sentence.id - b.sentence.id);
    return ranked.slice(0, CANDIDATES).map((entry) => entry.sentence);
  }

  /** One counter per sentence, all zero between lookups (reused: a lookup must not allocate per sentence). */
  private counters(): Uint16Array {
    if (this.counterArray.length < this.sentenceList.length) this.counterArray = new Uint16Array(Math.max(1024, this.sentenceList.length * 2));
    return this.counterArray;
  }

  private describe(translation: TranslationRecord, percentage: number, excludeFile: string | undefined): MemoryMatch {
    const places = translation.places;
    let chosen = 0;
    for (let index = 0; index < places.length; index += 2) {
      if (this.fileList[places[index]]?.uri !== excludeFile) {
        chosen = index;
        break;
      }
    }
    const file = this.fileList[places[chosen]];
    return {
      percentage,
      translation: translation.translation,
      english: translation.sentence.english,
      file: file?.uri ?? '',
      unitId: file ? unitIdAt(file, places[chosen + 1]) : '',
      occurrences: places.length / 2,
      origin: file?.origin ?? 'workspace',
    };
  }

  private placesOf(translation: TranslationRecord): { file: string; unitId: string }[] {
    const places: { file: string; unitId: string }[] = [];
    for (let index = 0; index < translation.places.length; index += 2) {
      const file = this.fileList[translation.places[index]];
      if (file) places.push({ file: file.uri, unitId: unitIdAt(file, translation.places[index + 1]) });
    }
    return places;
  }
}

/** A test for stored locales naming the lower-cased `wanted` (`fr` takes every `fr-…`, `fr-fr` takes `fr`), without splitting per call. */
function localeMatcher(wanted: string): (locale: string) => boolean {
  const dash = wanted.indexOf('-');
  if (dash === -1) return (locale) => locale === wanted || (locale.startsWith(wanted) && locale.charCodeAt(wanted.length) === 45);
  const language = wanted.slice(0, dash);
  return (locale) => locale === wanted || locale === language;
}

/** Whether two lower-cased locales name the same language variety (`fr` matches `fr-fr`). */
export function sameLocale(a: string, b: string): boolean {
  if (a === b) return true;
  const [languageA, regionA] = a.split('-', 2);
  const [languageB, regionB] = b.split('-', 2);
  return languageA === languageB && (regionA === undefined || regionB === undefined);
}

/** The id of the unit at `position` of `file`: a lookup, the file's id starts counted on first use. */
function unitIdAt(file: FileRecord, position: number): string {
  let starts = file.unitIdStarts;
  if (!starts) {
    const counted = [0];
    for (let at = file.unitIds.indexOf('\n'); at !== -1; at = file.unitIds.indexOf('\n', at + 1)) counted.push(at + 1);
    file.unitIdStarts = starts = Int32Array.from(counted);
  }
  if (position < 0 || position >= starts.length) return '';
  const end = position + 1 < starts.length ? starts[position + 1] - 1 : file.unitIds.length;
  return file.unitIds.slice(starts[position], end);
}

/** A copy that does not keep a whole file's text alive (V8 slices point into their parent). */
function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
