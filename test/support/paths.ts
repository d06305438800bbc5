/** Where tests find the repository, its fixtures and the shared corpus of real articles. */
import * as fs from 'fs';
import * as path from 'path';

/** The repository root (tests run compiled from out/test/…). */
export const repoRoot = findRepoRoot(__dirname);

/** Real localized articles beside the repository (`../shared/corpus`), when present. */
export const corpusRoot = process.env.SXS_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');

/** Every Markdown file under `folder`, sorted, as absolute paths. */
export function markdownFilesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(full);
    }
  };
  walk(folder);
  return files.sort();
}

/**
 * The localized and English articles of the corpus (its SOURCES.md is provenance, not an
 * article). Empty when the corpus is absent: callers skip with a message.
 */
export function corpusArticles(): string[] {
  if (!fs.existsSync(corpusRoot)) return [];
  return markdownFilesUnder(corpusRoot).filter((file) => path.dirname(file) !== corpusRoot);
}

/** The reason to skip a corpus test, or false when the corpus is there. */
export const corpusMissing: string | false = fs.existsSync(corpusRoot) ? false : `corpus not found at ${corpusRoot}: corpus tests skipped`;

function findRepoRoot(start: string): string {
  let directory = start;
  while (!fs.existsSync(path.join(directory, 'package.json')) || directory.endsWith(`${path.sep}out`)) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`no package.json above ${start}`);
    directory = parent;
  }
  return directory;
}
