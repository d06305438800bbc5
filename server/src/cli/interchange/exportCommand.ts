/**
 * `sxs export --xliff 1.2|2.0 PATH… -o DIR`: each localized article (files, or every one under
 * folders) as an XLIFF file in DIR, subfolders kept for folders.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportArticle } from '../../interchange/articleExport';
import { InterchangeError } from '../../interchange/interchangeError';
import type { XliffVersion } from '../../interchange/xliffExport';
import { nodeFileSystem } from '../../workspace/nodeFileSystem';
import { EXIT, parseOptions, UsageError, type CliIo, type Subcommand } from '../subcommand';
import { articlesUnder, relativePath } from './articleFiles';

const USAGE = `usage: sxs export --xliff 1.2|2.0 [options] PATH… -o DIR

Writes each localized article as XLIFF for a CAT tool: one segment per unit, the English as
source, the translation as target, inline Markdown and HTML as protected codes.

Options:
  --xliff 1.2|2.0        XLIFF version (1.2 for OmegaT, memoQ, Trados; 2.0 where supported)
  -o, --output DIR       folder the .xlf files are written to (created when missing)
  --empty-targets copy|empty
                         untranslated units get a copy of the English as target (default
                         copy: OmegaT translates only filled targets) or an empty target
  -h, --help             this help`;

export const exportCommand: Subcommand = {
  name: 'export',
  summary: 'export localized articles to XLIFF 1.2 or 2.0 for CAT tools',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(args, {
      xliff: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'empty-targets': { type: 'string', default: 'copy' },
    });
    const version = values.xliff;
    if (version !== '1.2' && version !== '2.0') throw new UsageError(`--xliff must be 1.2 or 2.0${version ? `, not '${version}'` : ''}`, true);
    if (!values.output) throw new UsageError('-o DIR is required', true);
    if (!positionals.length) throw new UsageError('no article or folder given', true);
    if (values['empty-targets'] !== 'copy' && values['empty-targets'] !== 'empty') throw new UsageError(`--empty-targets must be copy or empty, not '${values['empty-targets']}'`);
    const output = path.resolve(io.cwd, values.output);
    let written = 0;
    let failed = 0;
    for (const { file, outputName } of articlesUnder(positionals.map((target) => path.resolve(io.cwd, target)), io, 'export')) {
      const shown = relativePath(io.cwd, file);
      try {
        const result = await exportArticle(nodeFileSystem, pathToFileURL(file).href, version as XliffVersion, { path: shown, copySourceToEmptyTargets: values['empty-targets'] === 'copy' });
        const target = path.join(output, outputName.replace(/\.md$/i, '') + '.xlf');
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, result.xliff);
        written++;
        const stale = result.staleCount === undefined ? 'no English original found' : `${result.staleCount} stale`;
        io.stdout(`${shown} → ${relativePath(io.cwd, target)}: ${result.unitCount} units (${result.locale}, ${stale})\n`);
        for (const skipped of result.skipped) io.stderr(`sxs export: ${shown}: unit ${skipped.unitId} left out: ${skipped.reason}\n`);
      } catch (error) {
        if (!(error instanceof InterchangeError)) throw error;
        failed++;
        io.stderr(`sxs export: ${error.message}\n`);
      }
    }
    if (written === 0) throw new UsageError('no localized article to export');
    return failed ? EXIT.usage : EXIT.ok;
  },
};
