/**
 * The workspace's memory as English → translation pairs, for the TMX export: every translated
 * unit (not empty, not the English left as is) of every localized article under the folders,
 * read through `WorkspaceFileSystem`. The same pair in several files is written once, with the
 * most recently changed file.
 */
import { parse } from '../core/parse';
import { locateArticle } from '../workspace/articleLocation';
import { isEnglishLocale } from '../workspace/localeCodes';
import { uriKey } from '../workspace/uriKey';
import type { WorkspaceFileSystem } from '../workspace/workspaceFileSystem';
import type { MemoryPair } from './tmxWrite';

export interface MemoryCollection {
  readonly pairs: MemoryPair[];
  readonly articles: number;
  /** Files skipped: too large, unreadable. */
  readonly skippedFiles: readonly string[];
}

export interface MemoryOptions {
  /** Only this locale (case-insensitive). */
  readonly locale?: string;
  /** How a file is named in the `x-file` property (a path relative to the workspace folder, say). */
  readonly displayPath?: (uri: string) => string;
  /** Files larger than this many bytes are skipped (default 50 MB). */
  readonly maxFileSize?: number;
}

/** Collects the pairs of the Markdown files under `folderUris` (or of exactly `fileUris`). */
export async function collectWorkspaceMemory(fs: WorkspaceFileSystem, uris: { folders?: readonly string[]; files?: readonly string[] }, options: MemoryOptions = {}): Promise<MemoryCollection> {
  const files = [...(uris.files ?? [])];
  for (const folder of uris.folders ?? []) files.push(...(await fs.listMarkdownFiles(folder)));
  const byPair = new Map<string, MemoryPair>();
  const skippedFiles: string[] = [];
  let articles = 0;
  const maxSize = options.maxFileSize ?? 50 * 1024 * 1024;
  for (const uri of [...new Set(files)].sort()) {
    const stat = await fs.stat(uri);
    if (!stat || stat.size > maxSize) {
      skippedFiles.push(uri);
      continue;
    }
    const text = await fs.readFile(uri);
    if (text === undefined) {
      skippedFiles.push(uri);
      continue;
    }
    const document = parse(text);
    const locale = document.frontMatter?.keys.contentLocale ?? locateArticle(uriKey(uri))?.locale;
    if (!locale || isEnglishLocale(locale) || document.units.length === 0) continue;
    if (options.locale && locale.toLowerCase() !== options.locale.toLowerCase()) continue;
    articles++;
    const date = new Date(stat.mtime);
    const file = options.displayPath ? options.displayPath(uri) : uri;
    for (const unit of document.units) {
      const source = unit.source?.raw;
      const target = unit.translation.raw;
      if (source === undefined || target.trim() === '' || target === source) continue;
      const key = `${locale.toLowerCase()}\u0000${source}\u0000${target}`;
      const known = byPair.get(key);
      if (!known || (known.date && known.date < date)) byPair.set(key, { source, target, targetLang: locale, file, unitId: unit.id.text, date });
    }
  }
  return { pairs: [...byPair.values()], articles, skippedFiles };
}
