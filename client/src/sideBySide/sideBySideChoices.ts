/**
 * What the side-by-side command offers for a document, in which order, and what it opens
 * without asking. Pure: the command turns these choices into quick pick items and editors.
 */
import type { Counterpart, Counterparts } from '../../../server/src/protocol';

/** How the version beside the article is obtained. */
export type SideBySideChoiceKind = 'englishFromArticle' | 'englishOriginal' | 'locale';

/** One version of the article that can be shown beside it. */
export interface SideBySideChoice {
  readonly kind: SideBySideChoiceKind;
  /**
   * Stable across documents, so the last choice carries over from article to article:
   * `english-article`, `english-original`, or `locale:nb-no`.
   */
  readonly key: string;
  /** The file to open; absent for the English rebuilt from the article itself. */
  readonly uri?: string;
  /** `en-us` for English, else the counterpart's locale. */
  readonly locale: string;
}

/** The `sxs.sideBySide.default` setting: what the command opens without asking. */
export type SideBySideDefault = 'ask' | 'lastUsed' | 'englishFromArticle' | 'englishOriginal';

/** Key of the English rebuilt from the sxs-lookup halves of the article. */
export const englishFromArticleKey = 'english-article';
/** Key of the English original file. */
export const englishOriginalKey = 'english-original';

/** The key a counterpart is remembered by. */
export function choiceKeyOf(counterpart: Counterpart): string {
  return counterpart.kind === 'english' ? englishOriginalKey : `locale:${counterpart.locale.toLowerCase()}`;
}

/**
 * Every version to offer beside a document: for a localized article, its English rebuilt from
 * the article, then the English original, then the other locales alphabetically; for an
 * English original, its localized versions. The document itself is never offered.
 */
export function sideBySideChoices(documentUri: string, hasUnits: boolean, found: Counterparts | undefined): SideBySideChoice[] {
  const choices: SideBySideChoice[] = [];
  if (hasUnits && !found?.isEnglish) {
    choices.push({ kind: 'englishFromArticle', key: englishFromArticleKey, locale: 'en-us' });
  }
  const others = (found?.counterparts ?? []).filter((counterpart) => counterpart.uri !== documentUri);
  const english = others.filter((counterpart) => counterpart.kind === 'english');
  const localized = others
    .filter((counterpart) => counterpart.kind === 'localized')
    .sort((a, b) => a.locale.localeCompare(b.locale) || a.uri.localeCompare(b.uri));
  for (const counterpart of [...english.slice(0, 1), ...localized]) {
    choices.push({ kind: counterpart.kind === 'english' ? 'englishOriginal' : 'locale', key: choiceKeyOf(counterpart), uri: counterpart.uri, locale: counterpart.locale.toLowerCase() });
  }
  return choices;
}

/** The choices with the last one used moved to the top, so Enter repeats it. */
export function withLastChoiceFirst(choices: readonly SideBySideChoice[], lastKey: string | undefined): SideBySideChoice[] {
  const last = choices.find((choice) => choice.key === lastKey);
  return last ? [last, ...choices.filter((choice) => choice !== last)] : [...choices];
}

/** The choice to open without a quick pick under the given setting, or undefined to ask. */
export function choiceToOpenWithoutAsking(
  choices: readonly SideBySideChoice[],
  setting: SideBySideDefault,
  lastKey: string | undefined,
): SideBySideChoice | undefined {
  if (choices.length === 1) return choices[0];
  const wanted = setting === 'lastUsed' ? lastKey : setting === 'englishFromArticle' ? englishFromArticleKey : setting === 'englishOriginal' ? englishOriginalKey : undefined;
  return choices.find((choice) => choice.key === wanted);
}

/** The choice after `currentKey` in the list, round the end: what the swap command shows next. */
export function nextChoiceAfter(choices: readonly SideBySideChoice[], currentKey: string | undefined): SideBySideChoice | undefined {
  if (choices.length === 0) return undefined;
  const current = choices.findIndex((choice) => choice.key === currentKey);
  return choices[(current + 1) % choices.length];
}
