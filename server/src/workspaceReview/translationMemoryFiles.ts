/**
 * The TMX files of `sxs.translationMemory.files` as extra sources of the translation memory:
 * each path (relative to its workspace folder, or absolute) is read through the workspace file
 * system and parsed by the interchange TMX reader; its English-source entries replace what the
 * file gave before. A file that is missing, too large or not a readable TMX gives one message and
 * is left out; the rest of the memory still answers.
 */
import { readTmx } from '../interchange/tmxRead';
import { exchangeMemorySegments } from '../workspace/memory/memorySources';
import type { TranslationMemory } from '../workspace/memory/translationMemory';
import type { WorkspaceFileSystem } from '../workspace/workspaceFileSystem';

/** Larger TMX files are refused before reading (the reader caps at 64 MB too). */
export const MAX_TMX_BYTES = 64 * 1024 * 1024;

/** What loading gave: entries per file, and a message per file left out. */
export interface TmxLoadReport {
  readonly loaded: readonly { readonly uri: string; readonly entries: number }[];
  readonly problems: readonly string[];
}

/** The URI of a setting's path: absolute paths and `file:` URIs as they are, others inside `folderUri`. */
export function tmxUri(folderUri: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return new URL(`file://${path.startsWith('/') ? '' : '/'}${path.replace(/\\/g, '/')}`).href;
  const base = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  return new URL(path.replace(/\\/g, '/'), base).href;
}

/** Loads `uris` into `memory` (origin `tmx`), forgetting TMX files `previous` named that are gone from the list. */
export async function loadTranslationMemoryFiles(fileSystem: WorkspaceFileSystem, memory: TranslationMemory, uris: readonly string[], previous: readonly string[]): Promise<TmxLoadReport> {
  for (const uri of previous) if (!uris.includes(uri)) memory.removeFile(uri);
  const loaded: { uri: string; entries: number }[] = [];
  const problems: string[] = [];
  for (const uri of uris) {
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    const stat = await fileSystem.stat(uri);
    if (!stat) {
      memory.removeFile(uri);
      problems.push(`Translation memory file ${name} was not found (sxs.translationMemory.files).`);
      continue;
    }
    if (stat.size > MAX_TMX_BYTES) {
      memory.removeFile(uri);
      problems.push(`Translation memory file ${name} is larger than ${MAX_TMX_BYTES / (1024 * 1024)} MB and was not read.`);
      continue;
    }
    const text = await fileSystem.readFile(uri);
    try {
      if (text === undefined) throw new Error('it cannot be read');
      const segments = exchangeMemorySegments(readTmx(text));
      memory.setFile(uri, segments, 'tmx');
      loaded.push({ uri, entries: segments.length });
    } catch (error) {
      memory.removeFile(uri);
      problems.push(`Translation memory file ${name} was left out: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  return { loaded, problems };
}
