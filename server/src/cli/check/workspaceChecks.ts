/**
 * The workspace checks of one article in `sxs check`: its current English original and its
 * other locales are found on disk from its path (the layouts of `articleLocation.ts`) and
 * handed to the pure `articleWorkspaceFindings`, so stale English (`source-changed`,
 * `source-added`, `source-removed`), `inconsistent-translation` inside the file and
 * `cross-locale-source` are reported as in the editor. One instance per worker thread keeps
 * the folder listings it has read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding } from '../../checks';
import type { SxsDocument } from '../../core/model';
import { englishOriginalCandidates, locateArticle, type ArticleLocation } from '../../workspace/articleLocation';
import { articleWorkspaceFindings, isUsableOriginal, type LocaleText, type WorkspaceText } from '../../workspace/findings/articleWorkspaceFindings';
import { isEnglishLocale, isLocaleCode } from '../../workspace/localeCodes';
import { uriKey } from '../../workspace/uriKey';

/** Workspace findings of an article, given its path, text, model and locale. */
export type WorkspaceChecker = (absolutePath: string, text: string, model: SxsDocument, locale: string | undefined) => readonly Finding[];

/** A checker that reads originals and other locales from the local disk. */
export function diskWorkspaceChecker(): WorkspaceChecker {
  const listings = new Map<string, readonly string[]>();
  const list = (folder: string): readonly string[] => {
    let names = listings.get(folder);
    if (!names) {
      try {
        names = fs.readdirSync(folder);
      } catch {
        names = [];
      }
      listings.set(folder, names);
    }
    return names;
  };
  return (absolutePath, text, model, locale) => {
    const location = locateArticle(uriKey(pathToFileURL(absolutePath).href));
    if (!location || isEnglishLocale(location.locale)) return [];
    const original = firstUsableOriginal(location);
    const otherLocales = otherLocalesOf(location, absolutePath, list);
    if (!original && !otherLocales.length) return [];
    return articleWorkspaceFindings({ uri: pathToFileURL(absolutePath).href, text, model, locale: locale ?? location.locale, ...(original ? { original } : {}), otherLocales }).findings;
  };
}

function firstUsableOriginal(location: ArticleLocation): WorkspaceText | undefined {
  for (const key of englishOriginalCandidates(location)) {
    const text = readText(pathOfKey(key));
    if (text !== undefined && isUsableOriginal(text)) return { uri: pathToFileURL(pathOfKey(key)).href, text };
  }
  return undefined;
}

/** The same article in the repository's other locale folders (`<repo>/<locale>/…` or `<repo>.<locale>/…`). */
function otherLocalesOf(location: ArticleLocation, own: string, list: (folder: string) => readonly string[]): LocaleText[] {
  const base = pathOfKey(location.base);
  const candidates: { file: string; locale: string }[] = [];
  if (location.repository) {
    for (const name of list(path.join(base, location.repository))) if (isLocaleCode(name)) candidates.push({ file: path.join(base, location.repository, name, location.articleKey), locale: name.toLowerCase() });
    for (const name of list(base)) {
      const dot = name.lastIndexOf('.');
      if (dot > 0 && name.slice(0, dot) === location.repository && isLocaleCode(name.slice(dot + 1))) candidates.push({ file: path.join(base, name, location.articleKey), locale: name.slice(dot + 1).toLowerCase() });
    }
  }
  const others: LocaleText[] = [];
  for (const candidate of candidates) {
    if (candidate.file === own || isEnglishLocale(candidate.locale) || candidate.locale === location.locale) continue;
    const text = readText(candidate.file);
    if (text !== undefined) others.push({ uri: pathToFileURL(candidate.file).href, text, locale: candidate.locale });
  }
  return others;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function pathOfKey(key: string): string {
  return fileURLToPath(new URL(key));
}
