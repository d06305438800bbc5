/**
 * Entry of the second client bundle (`client/out/languageClientMain.js`): creates and starts the
 * language client and answers the `SxsServer` interface with the custom requests typed in
 * protocol.ts. Loaded by LazySxsServer just after activation.
 */
import type * as vscode from 'vscode';
import { counterpartsRequest, documentUnitsRequest, englishArticleRequest, exportMemoryRequest, exportXliffRequest, importXliffRequest, memoryMatchesRequest, xliffOriginalsRequest } from '../../../server/src/protocol';
import { createSxsLanguageClient, type ServerLifecycleReporter } from './languageClient';
import type { ServerRestartPolicy } from './serverRestartPolicy';
import type { SxsServer } from './sxsServer';

/** Creates the language client, starts it (without waiting) and returns the server interface. */
export function startSxsLanguageClient(context: vscode.ExtensionContext, policy: ServerRestartPolicy, report: ServerLifecycleReporter, onStartFailure: (error: unknown) => void): SxsServer {
  const client = createSxsLanguageClient(context, policy, report);
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
    isRunning: () => client.isRunning(),
    restart: () => client.restart(),
    stop: () => client.stop(),
  };
}
