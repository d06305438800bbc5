/** The Markdown files named on the command line, folders walked, with the name each keeps below an output folder. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../subcommand';

/** Files under `targets` (a file as given, a folder's `*.md` recursively, hidden folders and node_modules skipped). */
export function* articlesUnder(targets: readonly string[], io: CliIo, command: string): Generator<{ file: string; outputName: string }> {
  for (const target of targets) {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) io.stderr(`sxs ${command}: ${target}: no such file or folder\n`);
    else if (stat.isDirectory()) {
      for (const file of walk(target)) yield { file, outputName: path.relative(target, file) };
    } else yield { file: target, outputName: path.basename(target) };
  }
}

function* walk(folder: string): Generator<string> {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) yield full;
  }
}

/** A path as the user sees it: relative to the working folder, with `/`. */
export function relativePath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
