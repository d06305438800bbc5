/**
 * The real articles the benchmark reads: every Markdown file of the shared corpus, found beside
 * the repository (`../shared/corpus`) or where `SXS_CORPUS` points.
 */
import * as fs from 'fs';
import * as path from 'path';

/** One corpus file: its path relative to the corpus folder and its text. */
export interface CorpusFile {
  readonly relativePath: string;
  readonly text: string;
  /** Size of the file in bytes (UTF-8, as on disk). */
  readonly bytes: number;
}

/** The corpus folder; throws with a clear message when it is not there. */
export function corpusFolder(repositoryRoot: string): string {
  const folder = process.env.SXS_CORPUS ?? path.resolve(repositoryRoot, '..', 'shared', 'corpus');
  if (!fs.existsSync(folder)) throw new Error(`corpus not found at ${folder} (set SXS_CORPUS)`);
  return folder;
}

/** Every `.md` file under the corpus folder, sorted by path so runs read them in one order. */
export function readCorpus(folder: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && entry.name.endsWith('.md')) {
        const buffer = fs.readFileSync(full);
        files.push({ relativePath: path.relative(folder, full).split(path.sep).join('/'), text: buffer.toString('utf8'), bytes: buffer.length });
      }
    }
  }
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
