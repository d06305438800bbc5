/**
 * `sxs check [PATH|GLOB…]`: the editor's checks over files, folders and globs, configured by
 * the repository's `.vscode/settings.json`, printed in one of four formats, with an exit code
 * for CI. This file is the shell: options, the repository, the files; the rest is in its modules.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_SETTINGS, type SxsSettings } from '../../settings';
import { VERSION } from '../version';
import { EXIT, parseOptions, UsageError, type CliIo, type Subcommand } from '../subcommand';
import { affectedFiles, changedSince } from './changedFiles';
import { reportPath } from './checkFile';
import { exitCodeOf, SEVERITIES, type CheckReport, type FailOn } from './checkReport';
import type { FileReport } from './fileFindings';
import { selectFiles } from './fileSelection';
import { formatGithub } from './formats/githubFormat';
import { formatJson } from './formats/jsonFormat';
import { formatSarif } from './formats/sarifFormat';
import { formatText } from './formats/textFormat';
import { readSettingsFile } from './settingsFile';
import { manifestSettingsSchema } from './settingsSchema';
import { inShard, parseShard, type Shard } from './shard';
import { checkFiles } from './workerPool';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'none'];

const USAGE = `usage: sxs check [options] [PATH|GLOB…]

Checks localized Markdown articles with the editor's checks. PATHs are files or folders
(default: the current folder); GLOBs are patterns such as 'docs/**/fr-fr/*.md' (quote them).
Folders skip hidden and .gitignored entries and node_modules unless you name them.

Options:
  --format FORMAT        text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  -o, --output FILE      write the report to FILE instead of standard output
  --fail-on SEVERITY     exit 1 when a finding is at least error (default), warning,
                         information or hint; 'none' never exits 1
  --config FILE          settings file (JSON with comments) instead of .vscode/settings.json;
                         its sxs.* keys apply as in the editor
  --changed-since REF    only files changed since the merge base with REF, and the
                         translations of changed English originals
  --shard I/N            only the I-th of N deterministic shares of the files
  --workers N            worker threads (default: one per core)
  --no-workspace         skip the checks against the English original and the other
                         locales (stale English, cross-locale sources)

Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 bad usage, bad configuration
or input that could not be read (the other files are still checked).`;

export const checkCommand: Subcommand = {
  name: 'check',
  summary: 'check localized articles (files, folders, globs) with the editor’s checks',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string', default: 'error' },
      config: { type: 'string' },
      'changed-since': { type: 'string' },
      shard: { type: 'string' },
      workers: { type: 'string' },
      'no-workspace': { type: 'boolean', default: false },
    });
    const format = oneOf('--format', values.format!, FORMATS);
    const failOn = oneOf('--fail-on', values['fail-on']!, FAIL_ON);
    const shard = values.shard === undefined ? undefined : parseShard(values.shard);
    const workers = values.workers === undefined ? os.availableParallelism() : positiveInteger('--workers', values.workers);
    const targets = positionals.length ? positionals : ['.'];
    const root = rootOf(targets, io.cwd);
    const settings = loadSettings(values.config === undefined ? undefined : path.resolve(io.cwd, values.config), io.cwd, root);

    const selection = selectFiles(targets, { cwd: io.cwd, root });
    let files = [...selection.files];
    const notices = [...selection.notices];
    if (values['changed-since'] !== undefined) {
      files = affectedFiles(files, changedSince(values['changed-since'], root));
      if (!files.length) notices.push(`no Markdown files changed since ${values['changed-since']}`);
    }
    if (shard) files = files.filter((file) => inShard(reportPath(root, file), shard));
    const outcomes = await checkFiles(files.map((file) => ({ absolutePath: file, relativePath: reportPath(root, file) })), settings, workers, !values['no-workspace']);
    const reports: FileReport[] = [];
    const problems = [...selection.problems];
    for (const outcome of outcomes) {
      if ('report' in outcome) reports.push(outcome.report);
      else problems.push(outcome.problem);
    }
    const report: CheckReport = { root, files: reports, problems, notices };
    const nothingToCheck = reports.length === 0 && !(shard || values['changed-since'] !== undefined) ? 'nothing was checked' : undefined;
    const output = render(report, format, io, shard);
    if (values.output !== undefined) fs.writeFileSync(path.resolve(io.cwd, values.output), output);
    else io.stdout(output);
    // Machine formats keep standard output clean: what could not be read also goes to stderr.
    if (format !== 'text' || values.output !== undefined) {
      for (const problem of problems) io.stderr(`sxs check: ${problem}\n`);
      for (const notice of notices) io.stderr(`sxs check: note: ${notice}\n`);
    }
    if (nothingToCheck) io.stderr(`sxs check: ${nothingToCheck}\n`);
    // An empty shard or an unchanged pull request is a success, not a usage error.
    if (reports.length === 0 && problems.length === 0 && !nothingToCheck) return EXIT.ok;
    return exitCodeOf(report, failOn);
  },
};

function render(report: CheckReport, format: Format, io: CliIo, shard: Shard | undefined): string {
  switch (format) {
    case 'json':
      return formatJson(report, VERSION);
    case 'sarif':
      return formatSarif(report, { version: VERSION, ...(shard ? { automationId: `sxs/shard-${shard.index}-of-${shard.count}/` } : {}) });
    case 'github':
      return formatGithub(report);
    case 'text':
      return formatText(report, { color: useColor(io), cwd: io.cwd });
  }
}

/** Colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
function useColor(io: CliIo): boolean {
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty && !io.env.NO_COLOR;
}

/** The settings of `--config FILE`, else of the nearest `.vscode/settings.json` from cwd up to the root. */
function loadSettings(configFile: string | undefined, cwd: string, root: string): SxsSettings {
  let file = configFile;
  if (file === undefined) {
    for (let folder = cwd; ; folder = path.dirname(folder)) {
      const candidate = path.join(folder, '.vscode', 'settings.json');
      if (fs.existsSync(candidate)) {
        file = candidate;
        break;
      }
      if (folder === root || path.dirname(folder) === folder) return DEFAULT_SETTINGS;
    }
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${path.relative(cwd, file) || file}: cannot read the settings (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readSettingsFile(path.relative(cwd, file) || file, text, manifestSettingsSchema());
}

/**
 * The folder report paths are relative to, and whose `.gitignore` files apply: the git work
 * tree of the current folder (outside git, the folder itself) when the targets are inside it,
 * else the work tree (or, outside git, the deepest common folder) of the targets.
 */
function rootOf(targets: readonly string[], cwd: string): string {
  const bases = targets.map((target) => {
    const scan = picomatch.scan(target);
    const base = path.resolve(cwd, scan.isGlob ? scan.base || '.' : target);
    return fs.statSync(base, { throwIfNoEntry: false })?.isDirectory() ? base : path.dirname(base);
  });
  const inside = (folder: string, file: string): boolean => !path.relative(folder, file).startsWith('..');
  const own = repositoryRoot(cwd) ?? cwd;
  if (bases.every((base) => inside(own, base))) return own;
  let common = bases[0];
  while (!bases.every((base) => inside(common, base))) common = path.dirname(common);
  return repositoryRoot(common) ?? common;
}

/** The git work tree that holds `folder` (a `.git` folder or file), if any. */
function repositoryRoot(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

function positiveInteger(option: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${option} must be a whole number of at least 1, not '${value}'`);
  return number;
}
