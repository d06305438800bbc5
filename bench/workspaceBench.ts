/**
 * The workspace index on a large workspace: the server is started on a folder of 10,000 articles
 * and asked for workspace symbols, which it answers once every file is summarized; the time to
 * that answer is the indexing time (listing included, the translation memory built alongside),
 * then the server's resident memory is read, and the memory lookup and stale findings are timed.
 */
import { WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import type { CorpusFile } from './corpusFiles';
import { startServer, withTimeout } from './serverProcess';
import { writeSyntheticWorkspace } from './syntheticWorkspace';
import { workspaceReviewRows } from './workspaceReviewBench';

const INDEX_LIMIT_MS = 10_000;
const MEMORY_LIMIT_BYTES = 400 * 1024 * 1024;

/** Rows: time to index `fileCount` articles through the server, and its memory after. */
export async function workspaceRows(serverScript: string, corpus: readonly CorpusFile[], fileCount: number): Promise<BenchRow[]> {
  const workspace = writeSyntheticWorkspace(corpus, fileCount);
  const input = `${workspace.files} files (${workspace.localizedFiles} localized, ${workspace.englishFiles} English), ${(workspace.bytes / 1e6).toFixed(0)} MB`;
  const server = await startServer(serverScript, workspace.folder);
  try {
    const memoryBefore = server.residentBytes();
    const cpuBefore = server.cpuMilliseconds();
    const started = performance.now();
    const symbols = await withTimeout(server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'API' }), 300_000);
    const indexMs = performance.now() - started;
    const cpuMs = cpuBefore === undefined ? undefined : (server.cpuMilliseconds() ?? cpuBefore) - cpuBefore;
    const resident = server.residentBytes();
    const results = Array.isArray(symbols) ? symbols.length : 0;
    const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
    return [
      {
        section: 'workspace',
        name: 'index workspace with the translation memory (workspace/symbol answered when complete)',
        input,
        wallMs: indexMs,
        ...(cpuMs !== undefined ? { cpuMs } : {}),
        figure: `${(indexMs / 1000).toFixed(1)} s${cpuMs !== undefined ? ` (server CPU ${(cpuMs / 1000).toFixed(1)} s)` : ''}`,
        target: target(`≤ 10 s (${(indexMs / 1000).toFixed(1)} s)`, indexMs <= INDEX_LIMIT_MS),
        note: `${results} symbols for "API"`,
      },
      {
        section: 'workspace',
        name: 'server resident memory after indexing (index and memory)',
        input,
        figure: resident === undefined ? 'n/a' : megabytes(resident),
        ...(resident !== undefined ? { target: target(`≤ 400 MB (${megabytes(resident)})`, resident <= MEMORY_LIMIT_BYTES) } : {}),
        ...(memoryBefore !== undefined ? { note: `${megabytes(memoryBefore)} before indexing` } : {}),
      },
      ...(await workspaceReviewRows(server, workspace.folder, input)),
    ];
  } finally {
    await server.stop();
    workspace.remove();
  }
}
