/**
 * `sxs tm export [PATH…] [-o FILE] [--locale LOCALE]`: the translation memory of the localized
 * articles under PATH (default: the current folder) as TMX 1.4b.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { writeTmx } from '../../interchange/tmxWrite';
import { collectWorkspaceMemory } from '../../interchange/workspaceMemory';
import { nodeFileSystem } from '../../workspace/nodeFileSystem';
import { EXIT, parseOptions, UsageError, type CliIo, type Subcommand } from '../subcommand';
import { relativePath } from './articleFiles';

const USAGE = `usage: sxs tm export [PATH…] [-o FILE] [--locale LOCALE]

Writes the translation memory of the localized articles under PATH (files or folders; default
the current folder) as TMX 1.4b: each English → translation pair once, with the article it comes
from and its date, inline codes protected.

Options:
  -o, --output FILE   the .tmx file (default: standard output)
  --locale LOCALE     only this locale (fr-fr, …)
  -h, --help          this help`;

export const tmCommand: Subcommand = {
  name: 'tm',
  summary: 'export the translation memory as TMX 1.4b (sxs tm export)',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(args, { output: { type: 'string', short: 'o' }, locale: { type: 'string' } });
    if (positionals[0] !== 'export') throw new UsageError(positionals[0] ? `unknown action '${positionals[0]}' (only 'export')` : 'say what to do: sxs tm export', true);
    const targets = (positionals.length > 1 ? positionals.slice(1) : ['.']).map((target) => path.resolve(io.cwd, target));
    const folders: string[] = [];
    const files: string[] = [];
    for (const target of targets) {
      const stat = fs.statSync(target, { throwIfNoEntry: false });
      if (!stat) throw new UsageError(`${target}: no such file or folder`);
      (stat.isDirectory() ? folders : files).push(pathToFileURL(target).href);
    }
    const memory = await collectWorkspaceMemory(nodeFileSystem, { folders, files }, { locale: values.locale, displayPath: (uri) => relativePath(io.cwd, fileURLToPath(uri)) });
    const { tmx, written, skipped } = writeTmx(memory.pairs);
    if (values.output) fs.writeFileSync(path.resolve(io.cwd, values.output), tmx);
    else io.stdout(tmx);
    io.stderr(`sxs tm: ${written} translation unit(s) from ${memory.articles} article(s)${skipped ? `, ${skipped} left out (characters XML cannot hold)` : ''}${values.output ? ` → ${values.output}` : ''}\n`);
    return EXIT.ok;
  },
};
