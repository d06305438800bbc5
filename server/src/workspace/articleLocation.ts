/**
 * Which article a file is, from its URI alone, in the layouts localization repositories use:
 *
 * - locale folders: `<base>/<repo>/<locale>/<article>` beside `<base>/<repo>/en-us/<article>`;
 * - localization repositories: `<base>/<repo>.<locale>/<article>` beside `<base>/<repo>/<article>`.
 *
 * The private source repository is `<name>-pr` and its public twin `<name>`, and both hold the
 * English originals, so `customer-insights-pr/fr-fr/x.md` and `customer-insights/en-us/x.md`
 * are the same article. Every locale of one article shares an `identity` string.
 */
import { ENGLISH_LOCALE, isLocaleCode } from './localeCodes';
import { FIRST_PATH_SEGMENT } from './uriKey';

/** Where a file sits in a localization layout. */
export interface ArticleLocation {
  /** The locale the path names, lower-cased (`fr-fr`). */
  readonly locale: string;
  /** The path inside the repository or locale folder (`ci-docs/audience-insights/apis.md`). */
  readonly articleKey: string;
  /** Equal for every locale of the same article, English included. */
  readonly identity: string;
  /** URI key of the folder that holds the repositories. */
  readonly base: string;
  /** The repository folder as written, without a `.<locale>` suffix (`customer-insights-pr`). */
  readonly repository: string;
}

/** The location of a file from its URI key, or undefined when no path segment names a locale. */
export function locateArticle(key: string): ArticleLocation | undefined {
  const segments = key.split('/');
  for (let index = FIRST_PATH_SEGMENT; index < segments.length - 1; index++) {
    const segment = segments[index];
    const articleKey = segments.slice(index + 1).join('/');
    if (isLocaleCode(segment)) {
      const hasRepository = index - 1 >= FIRST_PATH_SEGMENT;
      const repository = hasRepository ? segments[index - 1] : '';
      const base = segments.slice(0, hasRepository ? index - 1 : index).join('/');
      return location(base, repository, segment, articleKey);
    }
    const dot = segment.lastIndexOf('.');
    if (dot > 0 && isLocaleCode(segment.slice(dot + 1))) {
      return location(segments.slice(0, index).join('/'), segment.slice(0, dot), segment.slice(dot + 1), articleKey);
    }
  }
  return undefined;
}

/**
 * URI keys where the English original of a localized article may be, most likely first: the
 * same repository's `en-us` folder, then the repository itself, then its `-pr` twin.
 */
export function englishOriginalCandidates(article: ArticleLocation): string[] {
  if (article.repository === '') return [`${article.base}/${ENGLISH_LOCALE}/${article.articleKey}`];
  const stem = withoutPrivateSuffix(article.repository);
  const repositories = article.repository === stem ? [stem, `${stem}-pr`] : [article.repository, stem];
  const candidates: string[] = [];
  for (const repository of repositories) {
    for (const folder of [`${repository}/${ENGLISH_LOCALE}`, repository, `${repository}.${ENGLISH_LOCALE}`]) {
      candidates.push(`${article.base}/${folder}/${article.articleKey}`);
    }
  }
  return candidates;
}

/**
 * The identities an English file could have, read as if each folder on its path were the
 * repository root: the inverse of `englishOriginalCandidates`, without knowing where the
 * repository starts.
 */
export function identitiesOfEnglishFile(key: string): string[] {
  const segments = key.split('/');
  const identities: string[] = [];
  for (let index = FIRST_PATH_SEGMENT; index < segments.length - 1; index++) {
    const repository = segments[index].replace(/\.en-us$/i, '');
    const base = segments.slice(0, index).join('/');
    const rest = segments.slice(index + 1);
    if (rest.length > 1 && rest[0].toLowerCase() === ENGLISH_LOCALE) identities.push(identityOf(base, repository, rest.slice(1).join('/')));
    identities.push(identityOf(base, repository, rest.join('/')));
  }
  return identities;
}

function location(base: string, repository: string, locale: string, articleKey: string): ArticleLocation {
  return { locale: locale.toLowerCase(), articleKey, identity: identityOf(base, repository, articleKey), base, repository };
}

function identityOf(base: string, repository: string, articleKey: string): string {
  return `${base}/${withoutPrivateSuffix(repository).toLowerCase()}\n${articleKey}`;
}

function withoutPrivateSuffix(repository: string): string {
  return repository.replace(/-pr$/i, '');
}
