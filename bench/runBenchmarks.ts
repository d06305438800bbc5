/**
 * `npm run bench`: measures parsing, the outline, diagnostics, LSP latency, the workspace index
 * and start-up, each against a baseline measured in the same run, and prints a table with the
 * targets met or missed (`-- --json` prints the same rows as JSON). Progress goes to stderr.
 *
 * Options: `--json`; `--quick` (fewer runs, a smaller workspace: for trying the harness);
 * `--only=parse,outline,diagnostics,lsp,keystrokes,workspace,startup,cli,grid` (a subset of sections).
 * `SXS_BENCH_SERVER=<server.js>` measures the LSP rows of another build of the server (an earlier
 * commit's, say) with this bench, so two builds can be compared on the same inputs.
 */
import * as os from 'os';
import * as path from 'path';
import { parse } from '../server/src/core/parse';
import type { BenchRow } from './benchRow';
import { cliRows } from './cliBench';
import { corpusFolder, readCorpus } from './corpusFiles';
import { diagnosticsRows } from './diagnosticsBench';
import { keystrokeRows } from './lspKeystrokeBench';
import { lspRows } from './lspBench';
import { localizedCorpus, mixedLocaleArticle } from './mixedLocaleArticle';
import { lspOutlineRows } from './lspOutlineBench';
import { outlineRows } from './outlineBench';
import { parseRows } from './parseBench';
import { formatJson, formatTable, type BenchReport } from './report';
import { segmentEditorRows } from './segmentEditorBench';
import { activationRows, firstResponseRows, packageRow } from './startupBench';
import { workspaceRows } from './workspaceBench';

const SECTIONS = ['startup', 'parse', 'outline', 'diagnostics', 'lsp', 'keystrokes', 'workspace', 'cli', 'grid'] as const;
type Section = (typeof SECTIONS)[number];


async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const wanted = (section: Section): boolean => !only || only.includes(section);
  const root = path.resolve(__dirname, '..', '..');
  const serverScript = path.resolve(process.env.SXS_BENCH_SERVER ?? path.join(root, 'server', 'out', 'server.js'));
  const started = performance.now();
  const progress = (message: string): void => void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);

  const corpus = readCorpus(corpusFolder(root));
  const localized = localizedCorpus(corpus);
  const locales = new Set(localized.map((file) => file.relativePath.split('/')[1])).size;
  const oneMegabyte = mixedLocaleArticle(localized, 1e6);
  const tenMegabytes = mixedLocaleArticle(localized, 10e6);
  const label = (name: string, text: string): string => `${name} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${locales} locales mixed)`;
  const oneLabel = label('1 MB article', oneMegabyte);
  const tenLabel = label('10 MB article', tenMegabytes);
  const rows: BenchRow[] = [];

  if (wanted('startup')) {
    // First, so the server measured below is the production bundle the .vsix ships.
    progress('npm run package');
    rows.push(packageRow(root));
    progress('server first response');
    rows.push(...(await firstResponseRows(serverScript, quick ? 3 : 10)));
    progress('activation');
    rows.push(...activationRows(root, quick ? 3 : 10));
  }
  if (wanted('parse')) {
    const corpusBytes = corpus.reduce((sum, file) => sum + file.bytes, 0);
    progress('parse: corpus');
    rows.push(...parseRows({ label: `corpus (${corpus.length} files, ${(corpusBytes / 1e6).toFixed(1)} MB)`, texts: corpus.map((file) => file.text), bytes: corpusBytes }, { warmup: 3, runs: quick ? 5 : 21 }));
    progress('parse: 1 MB');
    rows.push(...parseRows({ label: oneLabel, texts: [oneMegabyte], bytes: Buffer.byteLength(oneMegabyte) }, { warmup: 3, runs: quick ? 5 : 21 }));
    progress('parse: 10 MB');
    rows.push(...parseRows({ label: tenLabel, texts: [tenMegabytes], bytes: Buffer.byteLength(tenMegabytes) }, { warmup: 2, runs: quick ? 3 : 11 }));
  }
  if (wanted('outline')) {
    progress('outline: 10 MB');
    rows.push(...(await outlineRows(tenLabel, tenMegabytes, { warmup: 1, runs: quick ? 3 : 9 })));
    progress('outline over LSP while typing: 10 MB');
    rows.push(...(await lspOutlineRows(serverScript, tenLabel, tenMegabytes, quick ? { edits: 10, budgetMs: 10_000 } : { edits: 100, budgetMs: 60_000 })));
  }
  if (wanted('diagnostics')) {
    progress('diagnostics: 1 MB');
    rows.push(...diagnosticsRows(oneLabel, oneMegabyte, { cold: { warmup: 2, runs: quick ? 3 : 11 }, edit: { warmup: 10, runs: quick ? 20 : 101 } }, false));
    progress('diagnostics: 10 MB');
    rows.push(...diagnosticsRows(tenLabel, tenMegabytes, { cold: { warmup: 1, runs: quick ? 3 : 5 }, edit: { warmup: 10, runs: quick ? 20 : 101 } }, true));
  }
  if (wanted('lsp')) {
    progress('LSP over stdio: 10 MB');
    rows.push(...(await lspRows(serverScript, tenLabel, tenMegabytes, quick ? { hovers: 50, symbols: 10, definitions: 10, edits: 5, editBudgetMs: 20_000 } : { hovers: 500, symbols: 50, definitions: 100, edits: 100, editBudgetMs: 60_000 })));
  }
  if (wanted('keystrokes')) {
    const counts = quick ? { characters: 10, runs: 1, runLength: 10, lines: 5, opens: 1, budgetMs: 10_000 } : { characters: 100, runs: 5, runLength: 20, lines: 40, opens: 3, budgetMs: 40_000 };
    rows.push(...(await keystrokeRows(serverScript, tenLabel, tenMegabytes, counts, progress)));
  }
  if (wanted('workspace')) {
    const files = quick ? 2_000 : 10_000;
    progress(`workspace: ${files} articles`);
    rows.push(...(await workspaceRows(serverScript, corpus, files)));
  }
  if (wanted('cli')) {
    const files = quick ? 1_000 : 10_000;
    progress(`sxs check: ${files} articles, 1 and 2 workers`);
    rows.push(...(await cliRows(root, corpus, files)));
  }

  if (wanted('grid')) {
    progress('segment editor: 10,000 units');
    const tenThousandUnits = articleWithUnits(localized, 10_000);
    rows.push(...segmentEditorRows(label('article', tenThousandUnits), tenThousandUnits, { warmup: 2, runs: quick ? 3 : 11 }));
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    node: process.versions.node,
    machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os.loadavg()[0].toFixed(1)}`,
    rows,
    seconds: (performance.now() - started) / 1000,
  };
  process.stdout.write((json ? formatJson(report) : formatTable(report)) + '\n');
}

/** An article like the 1 MB and 10 MB ones with at least `units` units. */
function articleWithUnits(localized: Parameters<typeof mixedLocaleArticle>[0], units: number): string {
  const sample = mixedLocaleArticle(localized, 1e6);
  const perByte = parse(sample).units.length / Buffer.byteLength(sample);
  let text = mixedLocaleArticle(localized, (units / perByte) * 1.02);
  while (parse(text).units.length < units) text = mixedLocaleArticle(localized, Buffer.byteLength(text) * 1.05);
  return text;
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
