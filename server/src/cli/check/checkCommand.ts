/**
 * `sxs check [PATH…]`: the editor's checks over files and folders of Markdown articles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../../checks';
import { EXIT, parseOptions, UsageError, type CliIo, type Subcommand } from '../subcommand';
import { checkArticles, formatReport, type Article } from './articleReport';

const USAGE = `usage: sxs check [options] [PATH…]

Checks localized Markdown articles with the same checks as the editor.

Options:
  --format text|json    output format (default text)
  --fail-on SEVERITY    exit 1 when a finding is at least error|warning|information|hint (default error)
  -h, --help            this help`;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const checkCommand: Subcommand = {
  name: 'check',
  summary: 'check localized articles (files, folders) with the editor’s checks',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
    });
    const failOn = values['fail-on'] as Severity;
    if (!SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not '${failOn}'`);
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not '${values.format}'`);
    const targets = positionals.length ? positionals : ['.'];
    const report = checkArticles(readArticles(targets.map((target) => path.resolve(io.cwd, target)), io));
    io.stdout(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report).join('\n')}\n`);
    const rank = SEVERITIES.indexOf(failOn);
    return report.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= rank) ? EXIT.findings : EXIT.ok;
  },
};

/** Markdown files under the targets, read lazily one at a time. */
function* readArticles(targets: readonly string[], io: CliIo): Generator<Article> {
  for (const target of targets) {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) io.stderr(`sxs check: ${target}: no such file or folder\n`);
    else if (stat.isDirectory()) yield* readArticles(fs.readdirSync(target).sort().map((name) => path.join(target, name)).filter((entry) => !path.basename(entry).startsWith('.') && (entry.endsWith('.md') || fs.statSync(entry).isDirectory())), io);
    else yield { path: path.relative(io.cwd, target), text: fs.readFileSync(target, 'utf8') };
  }
}
