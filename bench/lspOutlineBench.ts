/**
 * The outline while typing as a user gets it, black box: the bundled server over stdio, an
 * incremental `didChange` of one character in a unit, then `textDocument/documentSymbol`, wall
 * time from sending the change to the answer. The baseline is vscode-markdown-languageservice's
 * document symbols of the same text in this process, run between the requests so it sees the
 * same load, and run in-process, which spares it the protocol our figure pays for.
 * The in-process outline rows (`outlineBench.ts`) interleave ours with markdown-it's parse, so
 * the collections of its garbage land on our runs too; a server process pays only for its own.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, type DocumentSymbol, type Range } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../server/src/core/lineIndex';
import { parse } from '../server/src/core/parse';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { seededRandom } from './editScript';
import { formatMs } from './lspBench';
import { createMarkdownOutliner } from './markdownLanguageService';
import { percentile } from './measure';
import { serverProfileLaunch, startServer, withTimeout } from './serverProcess';

const REQUIRED_SPEEDUP = 20;
const REQUEST_TIMEOUT_MS = 300_000;
/** One baseline run every this many requests: it takes about as long as a hundred of ours. */
const BASELINE_EVERY = 10;

/** How many edits (each a request), and the time limit. */
export interface OutlineTypingCounts {
  readonly edits: number;
  readonly budgetMs: number;
}

/** The row of ours over LSP while typing, and the baseline's row. */
export async function lspOutlineRows(serverScript: string, label: string, text: string, counts: OutlineTypingCounts): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bench-outline-'));
  const articlePath = path.join(folder, 'customer-insights-pr', 'fr-fr', 'ci-docs', 'bench', 'large-article.md');
  fs.mkdirSync(path.dirname(articlePath), { recursive: true });
  const server = await startServer(serverScript, folder, null, serverProfileLaunch());
  const outliner = await createMarkdownOutliner();
  const uri = pathToFileURL(articlePath).href;
  const baseline: number[] = [];
  const runBaseline = async (): Promise<void> => {
    const started = performance.now();
    await outliner.documentSymbols(text);
    baseline.push(performance.now() - started);
  };
  try {
    const { connection } = server;
    const symbols = (): Promise<DocumentSymbol[]> => withTimeout(connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>, REQUEST_TIMEOUT_MS);
    let version = 1;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    const headings = countSymbols(await symbols());
    await runBaseline();
    const expected = countSymbols(await outliner.documentSymbols(text));

    const { units } = parse(text);
    const lines = new LineIndex(text);
    const random = seededRandom(20);
    const samples: number[] = [];
    const change = async (range: Range, inserted: string): Promise<void> => {
      if (samples.length % BASELINE_EVERY === 0) await runBaseline();
      const started = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: inserted }] });
      const answer = await symbols();
      samples.push(performance.now() - started);
      if (countSymbols(answer) !== headings) throw new Error(`a letter typed in a unit changed the outline from ${headings} to ${countSymbols(answer)} symbols: the row would time another outline`);
    };
    const started = performance.now();
    while (samples.length < counts.edits && (samples.length < 6 || performance.now() - started < counts.budgetMs)) {
      const { start, end } = units[Math.floor(random() * units.length)].translation.range;
      const at = lines.positionAt(start + Math.floor(random() * (end - start + 1)));
      // A letter typed, then deleted: the text the positions come from is back after each pair.
      await change({ start: at, end: at }, 'e');
      await change({ start: at, end: { line: at.line, character: at.character + 1 } }, '');
    }
    const ours = percentile(samples, 50);
    const theirs = percentile(baseline, 50);
    const speedup = theirs / ours;
    return [
      {
        section: 'outline',
        name: 'outline while typing over LSP: one character typed or deleted in a unit → document symbols',
        input: `${label}, default settings, ${samples.length} requests`,
        wallMs: ours,
        figure: `p50 ${formatMs(ours)} (p25–p75 ${formatMs(percentile(samples, 25))}–${formatMs(percentile(samples, 75))}) · p99 ${formatMs(percentile(samples, 99))}`,
        speedup: { value: speedup, baseline: 'markdown-languageservice' },
        target: target(`≥ ${REQUIRED_SPEEDUP}× faster than vscode-markdown-languageservice (×${speedup.toFixed(1)}, wall time)`, speedup >= REQUIRED_SPEEDUP),
        note: `${headings} symbols in each answer; the language service's outline has ${expected}`,
      },
      {
        section: 'outline',
        name: 'vscode-markdown-languageservice + markdown-it, a new version (in the bench process, between the requests)',
        input: `${label}, ${baseline.length} runs`,
        wallMs: theirs,
        figure: `p50 ${formatMs(theirs)} (p25–p75 ${formatMs(percentile(baseline, 25))}–${formatMs(percentile(baseline, 75))})`,
        note: 'baseline',
      },
    ];
  } finally {
    outliner.dispose();
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Symbols in a tree of document symbols, children included. */
function countSymbols(symbols: readonly DocumentSymbol[] | null): number {
  return (symbols ?? []).reduce((sum, symbol) => sum + 1 + countSymbols(symbol.children ?? []), 0);
}
