/**
 * `node server/out/cli.js [--json] [--min-severity error|warning|information|hint] PATH…`:
 * the same parser and checks as the editor, over files and folders of Markdown articles.
 * Exits 1 when any finding is an error, 2 on bad arguments.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from './checks';
import { checkArticles, exitCodeOf, formatReport, type Article } from './cliReport';

const USAGE = 'usage: sxs-check [--json] [--min-severity error|warning|information|hint] FILE_OR_FOLDER…';
const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint']);

function main(argv: readonly string[]): number {
  let json = false;
  let minimum: Severity = 'information';
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--json') json = true;
    else if (argument === '--min-severity' && SEVERITIES.has(argv[i + 1] as Severity)) minimum = argv[++i] as Severity;
    else if (argument === '--help' || argument === '-h' || argument.startsWith('--')) {
      console.error(USAGE);
      return argument.startsWith('--h') || argument === '-h' ? 0 : 2;
    } else targets.push(argument);
  }
  if (!targets.length) {
    console.error(USAGE);
    return 2;
  }
  const report = checkArticles(readArticles(targets), minimum);
  if (json) console.log(JSON.stringify(report, null, 2));
  else for (const line of formatReport(report)) console.log(line);
  return exitCodeOf(report);
}

/** Markdown files under the targets, read lazily one at a time. */
function* readArticles(targets: readonly string[]): Generator<Article> {
  for (const target of targets) {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) console.error(`sxs-check: ${target}: no such file or folder`);
    else if (stat.isDirectory()) yield* readArticles(fs.readdirSync(target).sort().map((name) => path.join(target, name)).filter((entry) => !path.basename(entry).startsWith('.') && (entry.endsWith('.md') || fs.statSync(entry).isDirectory())));
    else yield { path: target, text: fs.readFileSync(target, 'utf8') };
  }
}

process.exitCode = main(process.argv.slice(2));
