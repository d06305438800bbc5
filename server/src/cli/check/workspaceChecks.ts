/**
 * The workspace checks of one article in `sxs check`: its current English original and its
 * other locales are found on disk from its path (the layouts of `articleLocation.ts`) and
 * handed to the pure `articleWorkspaceFindings` with a translation memory of the article's
 * locale folder, so stale English (`source-changed`, `source-added`, `source-removed`),
 * `inconsistent-translation` in the file and across the locale's files, and
 * `cross-locale-source` are reported as in the editor. One instance per worker thread keeps
 * the folder listings and the memory of each locale folder it has read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding } from '../../checks';
import type { SxsDocument } from '../../core/model';
import { englishOriginalCandidates, locateArticle, type ArticleLocation } from '../../workspace/articleLocation';
import { articleWorkspaceFindings, isUsableOriginal, type LocaleText, type WorkspaceText } from '../../workspace/findings/articleWorkspaceFindings';
import { isEnglishLocale, isLocaleCode } from '../../workspace/localeCodes';
import { memorySegmentsOfText } from '../../workspace/memory/memorySources';
import { TranslationMemory } from '../../workspace/memory/translationMemory';
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
  const memories = new Map<string, TranslationMemory>();
  const memoryOf = (folder: string, locale: string): TranslationMemory => {
    let memory = memories.get(folder);
    if (!memory) memories.set(folder, (memory = localeMemory(folder, locale)));
    return memory;
  };
  return (absolutePath, text, model, locale) => {
    const location = locateArticle(uriKey(pathToFileURL(absolutePath).href));
    if (!location || isEnglishLocale(location.locale)) return [];
    const original = firstUsableOriginal(location);
    const otherLocales = otherLocalesOf(location, absolutePath, list);
    // The locale folder: the article's path without its path inside the locale.
    const localeFolder = path.resolve(absolutePath, ...location.articleKey.split('/').map(() => '..'));
    const memory = memoryOf(localeFolder, location.locale);
    return articleWorkspaceFindings({ uri: pathToFileURL(absolutePath).href, text, model, locale: locale ?? location.locale, ...(original ? { original } : {}), otherLocales, memory }).findings;
  };
}

/** Articles above this size do not feed the memory (the editor's default `sxs.maxFileSize`). */
const MEMORY_FILE_LIMIT = 5 * 1024 * 1024;

/** The translations of every article under a locale folder (hidden folders, node_modules and links skipped). */
function localeMemory(folder: string, locale: string): TranslationMemory {
  const memory = new TranslationMemory();
  const pending = [folder];
  while (pending.length) {
    const directory = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        const size = fs.statSync(full, { throwIfNoEntry: false })?.size ?? Infinity;
        const text = size <= MEMORY_FILE_LIMIT ? readText(full) : undefined;
        if (text !== undefined) memory.setFile(pathToFileURL(full).href, memorySegmentsOfText(text, locale));
      }
    }
  }
  return memory;
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
