/**
 * The `SxsServer` interface answered by a language client of either platform: starts it
 * (without waiting) and sends the custom requests typed in protocol.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { counterpartsRequest, documentUnitsRequest, englishArticleRequest, exportMemoryRequest, exportXliffRequest, importXliffRequest, memoryMatchesRequest, xliffOriginalsRequest } from '../../../server/src/protocol';
import type { PulledDiagnostics } from './pulledDiagnostics';
import type { SxsServer } from './sxsServer';
import { answerWorkspaceFileRequests } from './workspaceFileRequests';

/** Starts `client` (made with `pulled`'s middleware), answering the server's workspace file requests, and returns the server interface over it. */
export function startSxsServer(context: vscode.ExtensionContext, client: BaseLanguageClient, pulled: PulledDiagnostics, onStartFailure: (error: unknown) => void): SxsServer {
  context.subscriptions.push(...answerWorkspaceFileRequests(client), vscode.workspace.onDidCloseTextDocument((document) => pulled.forget(document.uri.toString())));
  // Requests sent while the server starts wait for its `initialize` answer.
  client.start().catch(onStartFailure);
  return {
    documentUnits: (uri) => client.sendRequest(documentUnitsRequest, { uri }),
    englishArticle: (uri, token) => client.sendRequest(englishArticleRequest, { uri }, token),
    counterparts: (uri) => client.sendRequest(counterpartsRequest, { uri }),
    exportXliff: (params) => client.sendRequest(exportXliffRequest, params),
    xliffOriginals: (xliff) => client.sendRequest(xliffOriginalsRequest, { xliff }),
    importXliff: (params) => client.sendRequest(importXliffRequest, params),
    exportMemory: (params) => client.sendRequest(exportMemoryRequest, params),
    memoryMatches: (params) => client.sendRequest(memoryMatchesRequest, params),
    pulledDiagnostics: (uri) => pulled.of(uri),
    isRunning: () => client.isRunning(),
    restart: async () => {
      await client.stop();
      await client.start();
    },
    stop: () => client.stop(),
  };
}

/** How an entry creates and starts its language client: the same inputs on both platforms. */
export type LanguageClientStarter = (
  context: vscode.ExtensionContext,
  policy: import('./serverRestartPolicy').ServerRestartPolicy,
  report: import('./languageClientOptions').ServerLifecycleReporter,
  onStartFailure: (error: unknown) => void,
  /** Told the URI of each document whose diagnostics pull was answered and recorded (`pulledDiagnostics.ts`). */
  onDiagnosticsPulled: (uri: string) => void,
) => SxsServer;
