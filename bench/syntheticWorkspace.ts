/**
 * A large workspace made of real articles, written to a temporary folder in the layout
 * localization repositories use: `<repo>/<locale>/<path>` for the translations and
 * `<repo-without-pr>/en-us/<path>` for the English originals. The corpus articles that exist in
 * several locales with their English original are copied into numbered sets until the wanted
 * number of files is reached, so every article has its counterparts and its original.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CorpusFile } from './corpusFiles';

/** A workspace on disk and what it holds. */
export interface SyntheticWorkspace {
  readonly folder: string;
  readonly files: number;
  readonly localizedFiles: number;
  readonly englishFiles: number;
  readonly bytes: number;
  /** Deletes the folder. */
  remove(): void;
}

const LOCALE_FOLDER = /^([^/]+)-pr\/([a-z]{2}-[a-z]{2,4})\/(.+)$/;

/**
 * Writes exactly `fileCount` files: sets of every corpus article that has an English
 * original, each set in its own folder (`<area>/set-0007/<rest>`) in every locale and in English.
 */
export function writeSyntheticWorkspace(corpus: readonly CorpusFile[], fileCount: number): SyntheticWorkspace {
  const byPath = new Map(corpus.map((file) => [file.relativePath, file]));
  const group: { repository: string; locale: string; articlePath: string; file: CorpusFile }[] = [];
  const originals = new Map<string, CorpusFile>();
  for (const file of corpus) {
    const match = LOCALE_FOLDER.exec(file.relativePath);
    if (!match) continue;
    const [, stem, locale, articlePath] = match;
    const original = byPath.get(`${stem}/en-us/${articlePath}`);
    if (!original) continue;
    group.push({ repository: `${stem}-pr`, locale, articlePath, file });
    originals.set(`${stem}/en-us/${articlePath}`, original);
  }
  if (group.length === 0) throw new Error('no corpus article has both translations and an English original');
  const englishEntries = [...originals.entries()];

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bench-workspace-'));
  let files = 0;
  let localizedFiles = 0;
  let englishFiles = 0;
  let bytes = 0;
  const write = (relativePath: string, file: CorpusFile): void => {
    const full = path.join(folder, relativePath);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file.text);
    files++;
    bytes += file.bytes;
  };
  for (let set = 0; files < fileCount; set++) {
    const setFolder = `set-${String(set).padStart(4, '0')}`;
    for (const [englishPath, original] of englishEntries) {
      if (files >= fileCount) break;
      write(inSet(englishPath, setFolder), original);
      englishFiles++;
    }
    for (const entry of group) {
      if (files >= fileCount) break;
      write(inSet(`${entry.repository}/${entry.locale}/${entry.articlePath}`, setFolder), entry.file);
      localizedFiles++;
    }
  }
  return { folder, files, localizedFiles, englishFiles, bytes, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** `repo/locale/area/rest.md` → `repo/locale/area/set-0007/rest.md`: the same article path in every locale. */
function inSet(relativePath: string, setFolder: string): string {
  const segments = relativePath.split('/');
  segments.splice(Math.min(3, segments.length - 1), 0, setFolder);
  return segments.join('/');
}
