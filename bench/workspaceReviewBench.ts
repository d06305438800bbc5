/**
 * The article against its workspace, black box over LSP on the indexed benchmark workspace:
 * - a fuzzy lookup: `sxs/memoryMatches` on units of an open article whose English is a sentence
 *   of the workspace with one word changed (so no exact match answers), latency per request;
 * - stale findings after an original changed on disk: an open translation's original is
 *   rewritten with one sentence edited, `workspace/didChangeWatchedFiles` is sent, and the time
 *   runs until a pull after the server's `workspace/diagnostic/refresh` holds the
 *   `source-changed` diagnostic of that unit.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DiagnosticRefreshRequest,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { memoryMatchesRequest, type MemoryMatchSummary } from '../server/src/protocol';
import { readUnitHalves } from '../server/src/workspace/articleSummary';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { median, percentile } from './measure';
import type { ServerProcess } from './serverProcess';
import { withTimeout } from './serverProcess';

const LOOKUP_P99_LIMIT_MS = 20;
const STALE_LIMIT_MS = 50;
const LOOKUPS = 300;
const ORIGINAL_EDITS = 12;

/** Rows for the memory lookup and the stale findings, on a server that has indexed `folder`. */
export async function workspaceReviewRows(server: ServerProcess, folder: string, input: string): Promise<BenchRow[]> {
  const article = findArticleWithOriginal(folder);
  if (!article) return [];
  return [await lookupRow(server, article, input), await staleRow(server, article, input)];
}

interface BenchArticle {
  readonly file: string;
  readonly original: string;
  readonly locale: string;
}

/** A localized article of the workspace whose original is there too (the synthetic layout guarantees one). */
function findArticleWithOriginal(folder: string): BenchArticle | undefined {
  const walk = (directory: string): string | undefined => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        const found = walk(full);
        if (found) return found;
      } else if (entry.name.endsWith('.md') && /-pr[\\/]fr-fr[\\/]/.test(full)) {
        const original = full.replace(/-pr([\\/])fr-fr([\\/])/, '$1en-us$2');
        if (fs.existsSync(original) && readUnitHalves(fs.readFileSync(full, 'utf8')).length > 20) return full;
      }
    }
    return undefined;
  };
  const file = walk(folder);
  return file ? { file, original: file.replace(/-pr([\\/])fr-fr([\\/])/, '$1en-us$2'), locale: 'fr-fr' } : undefined;
}

async function lookupRow(server: ServerProcess, article: BenchArticle, input: string): Promise<BenchRow> {
  const sentences = readUnitHalves(fs.readFileSync(article.file, 'utf8'))
    .map((unit) => unit.english)
    .filter((english) => english.split(/\s+/).length >= 5);
  // An open article of the locale whose units carry those sentences with one word changed, untranslated.
  const queries = Array.from({ length: LOOKUPS }, (_, index) => {
    const words = sentences[index % sentences.length].split(/\s+/);
    words[(index * 7) % words.length] = 'benchmarked';
    return words.join(' ');
  });
  const uri = pathToFileURL(path.join(path.dirname(article.file), 'memory-lookup-bench.md')).href;
  const text = queries.map((english, index) => `<span data-ttu-id="bbbbb-${index + 103}"></span><span class="sxs-lookup"><span data-stu-id="bbbbb-${index + 103}">${english}</span></span>`).join('\n\n');
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const latencies: number[] = [];
  let fuzzy = 0;
  for (let index = 0; index < LOOKUPS; index++) {
    const started = performance.now();
    const matches = await withTimeout(server.connection.sendRequest(memoryMatchesRequest, { uri, unitId: `bbbbb-${index + 103}`, limit: 3 }), 10_000);
    latencies.push(performance.now() - started);
    if ((matches as MemoryMatchSummary[] | null)?.some((match) => match.percentage < 100)) fuzzy++;
  }
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  const p99 = percentile(latencies, 99);
  return {
    section: 'workspace',
    name: 'fuzzy memory lookup (sxs/memoryMatches on a unit, one word changed)',
    input,
    wallMs: median(latencies),
    figure: `p50 ${median(latencies).toFixed(1)} ms · p99 ${p99.toFixed(1)} ms`,
    target: target(`p99 ≤ ${LOOKUP_P99_LIMIT_MS} ms (${p99.toFixed(1)} ms)`, p99 <= LOOKUP_P99_LIMIT_MS),
    note: `${LOOKUPS} lookups, ${fuzzy} answered with fuzzy matches`,
  };
}

async function staleRow(server: ServerProcess, article: BenchArticle, input: string): Promise<BenchRow> {
  const uri = pathToFileURL(article.file).href;
  const originalUri = pathToFileURL(article.original).href;
  const text = fs.readFileSync(article.file, 'utf8');
  const pristine = fs.readFileSync(article.original, 'utf8');
  const candidates = readUnitHalves(text)
    .map((unit) => unit.english)
    .filter((english) => !english.includes('<') && english.split(/\s+/).length >= 6 && pristine.split(english).length === 2);
  let refreshed: (() => void) | undefined;
  server.connection.onRequest(DiagnosticRefreshRequest.type, () => {
    refreshed?.();
  });
  const pull = async (): Promise<Diagnostic[]> => {
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    return report.kind === 'full' ? report.items : [];
  };
  const untilStale = async (count: number): Promise<void> => {
    const deadline = performance.now() + 30_000;
    for (;;) {
      const refresh = new Promise<void>((resolve) => (refreshed = resolve));
      const stale = (await pull()).filter((diagnostic) => diagnostic.code === 'source-changed').length;
      if (stale === count) return;
      if (performance.now() > deadline) throw new Error(`no ${count} source-changed within 30 s`);
      await withTimeout(refresh, 30_000);
    }
  };
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await untilStale(0);
  const latencies: number[] = [];
  try {
    for (let edit = 0; edit < ORIGINAL_EDITS && candidates.length > 0; edit++) {
      const sentence = candidates[edit % candidates.length];
      const changed = edit % 2 === 0 ? pristine.replace(sentence, sentence.replace(/\s(\S+)\s/, ' freshly $1 ')) : pristine;
      fs.writeFileSync(`${article.original}.tmp`, changed);
      fs.renameSync(`${article.original}.tmp`, article.original);
      const started = performance.now();
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: originalUri, type: FileChangeType.Changed }] });
      await untilStale(edit % 2 === 0 ? 1 : 0);
      latencies.push(performance.now() - started);
    }
  } finally {
    fs.writeFileSync(article.original, pristine);
  }
  const worst = Math.max(...latencies);
  return {
    section: 'workspace',
    name: 'stale findings after the original changed on disk (didChangeWatchedFiles → refresh → pull)',
    input,
    wallMs: median(latencies),
    figure: `median ${median(latencies).toFixed(0)} ms · max ${worst.toFixed(0)} ms`,
    target: target(`≤ ${STALE_LIMIT_MS} ms (median ${median(latencies).toFixed(0)} ms)`, median(latencies) <= STALE_LIMIT_MS),
    note: `${latencies.length} edits of ${path.basename(article.original)}, each making one unit stale then current again`,
  };
}
