/**
 * Latency through the real server over stdio on a large article: hover, pull diagnostics right
 * after a `didChange`, document symbols, and Go to Definition across locales (the same article
 * in a second locale and its English original sit in the workspace). Wall time from sending a
 * request to its answer, p50 and p99 over many requests, after warm-up requests.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../server/src/core/lineIndex';
import type { SxsDocument } from '../server/src/core/model';
import { parse } from '../server/src/core/parse';
import { reparse } from '../server/src/core/reparse';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { seededRandom, TypingEdits } from './editScript';
import { percentile } from './measure';
import { serverProfileLaunch, startServer, withTimeout } from './serverProcess';
import { englishOriginalOf } from './syntheticArticles';

/** How many requests of each kind, and the time limit of the slow ones. */
export interface LspCounts {
  readonly hovers: number;
  readonly symbols: number;
  readonly definitions: number;
  readonly edits: number;
  /** The edit loop stops after this much time even if fewer edits were made. */
  readonly editBudgetMs: number;
}

const REQUEST_TIMEOUT_MS = 120_000;

/** Rows of LSP latencies on `text` (a large fr-fr article). */
export async function lspRows(serverScript: string, label: string, text: string, counts: LspCounts): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bench-lsp-'));
  const articlePath = path.join(folder, 'customer-insights-pr', 'fr-fr', 'ci-docs', 'bench', 'large-article.md');
  const otherLocalePath = path.join(folder, 'customer-insights-pr', 'de-de', 'ci-docs', 'bench', 'large-article.md');
  const englishPath = path.join(folder, 'customer-insights', 'en-us', 'ci-docs', 'bench', 'large-article.md');
  for (const [file, content] of [
    [articlePath, text],
    [otherLocalePath, text],
    [englishPath, englishOriginalOf(text)],
  ] as const) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  // Every check runs on the large article (by default files above sxs.maxFileSize get the structure checks only).
  const server = await startServer(serverScript, folder, { maxFileSize: 1024 }, serverProfileLaunch());
  const { connection } = server;
  const uri = pathToFileURL(articlePath).href;
  const textDocument = { uri };
  const rows: BenchRow[] = [];
  try {
    let version = 1;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    let document: SxsDocument = parse(text);
    let lines = new LineIndex(text);
    const random = seededRandom(11);
    const positionInUnit = (): Position => {
      const unit = document.units[Math.floor(random() * document.units.length)];
      const { start, end } = unit.translation.range;
      return lines.positionAt(start + Math.floor(random() * Math.max(1, end - start)));
    };
    const time = async (send: () => Promise<unknown>): Promise<number> => {
      const started = performance.now();
      await withTimeout(send(), REQUEST_TIMEOUT_MS);
      return performance.now() - started;
    };

    // Warm-up: the first requests parse, check and index.
    const warmUp = await time(() => connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }));
    await time(() => connection.sendRequest(HoverRequest.type, { textDocument, position: positionInUnit() }));
    await time(() => connection.sendRequest(DocumentSymbolRequest.type, { textDocument }));
    const firstDefinition = await time(() => connection.sendRequest(DefinitionRequest.type, { textDocument, position: positionInUnit() }));

    const hovers: number[] = [];
    for (let i = 0; i < counts.hovers; i++) hovers.push(await time(() => connection.sendRequest(HoverRequest.type, { textDocument, position: positionInUnit() })));
    rows.push(latencyRow('LSP hover', label, hovers, { limit: 5, description: 'p99 ≤ 5 ms' }));

    const symbols: number[] = [];
    for (let i = 0; i < counts.symbols; i++) symbols.push(await time(() => connection.sendRequest(DocumentSymbolRequest.type, { textDocument })));
    rows.push(latencyRow('LSP document symbols (model cached)', label, symbols));

    const definitions: number[] = [];
    let found = 0;
    for (let i = 0; i < counts.definitions; i++) {
      const started = performance.now();
      const locations = await withTimeout(connection.sendRequest(DefinitionRequest.type, { textDocument, position: positionInUnit() }), REQUEST_TIMEOUT_MS);
      definitions.push(performance.now() - started);
      if (Array.isArray(locations)) found += locations.length;
    }
    rows.push({ ...latencyRow('LSP definition across locales', label, definitions), note: `${(found / Math.max(1, counts.definitions)).toFixed(1)} locations per request (de-de + en-us); first request ${firstDefinition.toFixed(0)} ms (indexes 3 files)` });

    const edits = new TypingEdits(3);
    const afterEdit: number[] = [];
    const editsStarted = performance.now();
    while (afterEdit.length < counts.edits && (afterEdit.length < 3 || performance.now() - editsStarted < counts.editBudgetMs)) {
      const edit = edits.next(document);
      const range = { start: lines.positionAt(edit.change.range.start), end: lines.positionAt(edit.change.range.end) };
      document = reparse(document, edit.text, edit.change);
      lines = new LineIndex(edit.text);
      version++;
      const started = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: edit.change.text }] });
      await withTimeout(connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }), REQUEST_TIMEOUT_MS);
      afterEdit.push(performance.now() - started);
    }
    rows.push({ ...latencyRow('LSP didChange → pull diagnostics', label, afterEdit), note: `first pull after open ${warmUp.toFixed(0)} ms` });
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

/** A row of p50/p99 latencies, with a p99 target when given. */
function latencyRow(name: string, input: string, samples: readonly number[], p99Target?: { limit: number; description: string }): BenchRow {
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  return {
    section: 'lsp',
    name,
    input: `${input}, ${samples.length} requests`,
    wallMs: p50,
    figure: `p50 ${formatMs(p50)} · p99 ${formatMs(p99)}`,
    ...(p99Target ? { target: target(`${p99Target.description} (${formatMs(p99)})`, p99 <= p99Target.limit) } : {}),
  };
}

/** Milliseconds with a precision that suits their size. */
export function formatMs(milliseconds: number): string {
  if (milliseconds >= 100) return `${milliseconds.toFixed(0)} ms`;
  if (milliseconds >= 10) return `${milliseconds.toFixed(1)} ms`;
  return `${milliseconds.toFixed(2)} ms`;
}
