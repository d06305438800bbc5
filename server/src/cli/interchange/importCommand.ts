/**
 * `sxs import FILE.xlf [--into ARTICLE] [--dry-run]`: the translations of an XLIFF file back
 * into its article (the one its metadata names, or ARTICLE), in place; `--dry-run` prints the
 * diff instead. Exit 1 when some units were rejected or skipped, 2 when nothing could be read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unifiedDiffOfEdits } from '../../interchange/editDiff';
import { InterchangeError } from '../../interchange/interchangeError';
import { formatImportReport } from '../../interchange/importSummary';
import { decodeXmlBytes } from '../../interchange/xmlBytes';
import { readXliff } from '../../interchange/xliffRead';
import { importXliff } from '../../interchange/xliffImport';
import { EXIT, parseOptions, UsageError, type CliIo, type Subcommand } from '../subcommand';
import { relativePath } from './articleFiles';

const USAGE = `usage: sxs import FILE.xlf [--into ARTICLE] [--dry-run]

Writes the translations of an XLIFF file (1.2 or 2.0) back into the article it was exported
from (as its metadata names it, relative to the current folder) or into ARTICLE. Only the
translation halves whose target differs change; units whose codes cannot be rebuilt, or that
changed in the article since the export, are reported and left as they are.

Options:
  --into ARTICLE   the article to import into
  --dry-run        print the changes as a diff and write nothing
  -h, --help       this help`;

export const importCommand: Subcommand = {
  name: 'import',
  summary: 'import an XLIFF file’s translations into its article',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(args, { into: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } });
    if (positionals.length !== 1) throw new UsageError('give exactly one XLIFF file', true);
    const xliffFile = path.resolve(io.cwd, positionals[0]);
    const xliff = decodeXmlBytes(readBytes(xliffFile, 'XLIFF file'));
    try {
      const article = values.into ? path.resolve(io.cwd, values.into) : originalOf(xliff, io.cwd);
      const shown = relativePath(io.cwd, article);
      const text = readText(article, 'article');
      const result = importXliff(text, xliff, { path: values.into ? undefined : shown });
      if (values['dry-run']) io.stdout(unifiedDiffOfEdits(text, result.edits, shown));
      else if (result.edits.length) fs.writeFileSync(article, result.text);
      for (const line of formatImportReport(shown, result.report, values['dry-run'])) io.stderr(`${line}\n`);
      return result.report.rejected.length || result.report.skipped.length ? EXIT.findings : EXIT.ok;
    } catch (error) {
      if (error instanceof InterchangeError) throw new UsageError(`${relativePath(io.cwd, xliffFile)}: ${error.message}`);
      throw error;
    }
  },
};

function readBytes(file: string, what: string): Buffer {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new UsageError(`${file}: no such ${what}`);
  return fs.readFileSync(file);
}

function readText(file: string, what: string): string {
  return readBytes(file, what).toString('utf8');
}

/** The article the file names as its original, relative to the current folder. */
function originalOf(xliff: string, cwd: string): string {
  const files = readXliff(xliff);
  const names = [...new Set(files.map((file) => file.path).filter((name): name is string => !!name))];
  if (names.length !== 1) throw new InterchangeError(names.length ? `it names ${names.length} articles; choose one with --into` : 'it names no article; give one with --into');
  const article = path.resolve(cwd, names[0]);
  if (!fs.existsSync(article)) throw new InterchangeError(`it was exported from ${names[0]}, which is not found from here; give the article with --into`);
  return article;
}
