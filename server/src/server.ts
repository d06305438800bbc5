/**
 * startServer(connection): the document store, the snapshot cache, the settings, and the list
 * of features that announce capabilities and register handlers. Transport-agnostic, so the same
 * server runs over stdio, IPC or in memory.
 */
import { TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { createDiagnosticsFeature } from './diagnosticsFeature';
import { documentFeatures } from './documentFeatures';
import { DocumentCache } from './documentCache';
import { editableDocuments } from './editableDocument';
import { runSafe } from './runSafe';
import type { ServerContext, ServerFeature } from './serverContext';
import { SettingsStore } from './settingsStore';
import type { TextBuilders } from './textSplice';

/** The features of the server; a new group of handlers is one more entry here. */
function serverFeatures(): ServerFeature[] {
  return [documentFeatures, createDiagnosticsFeature()];
}

/**
 * Wires the features to `connection` and starts listening. `textBuilders` make each new version
 * of an open document's text (the host's fastest way, `textSplice.ts`).
 */
export function startServer(connection: Connection, extraFeatures: readonly ServerFeature[] = [], textBuilders?: TextBuilders): void {
  // Documents that remember their changes as offsets, so a new snapshot re-parses without comparing texts.
  const documents = new TextDocuments(editableDocuments(textBuilders));
  const cache = new DocumentCache(documents);
  const settings = new SettingsStore(connection);
  const features = [...serverFeatures(), ...extraFeatures];
  let clientCapabilities: ClientCapabilities = {};

  const context: ServerContext = {
    connection,
    documents,
    cache,
    settings,
    client: () => clientCapabilities,
    workspaceExtras: { current: undefined },
    answer(what, uri, token, fallback, compute) {
      return runSafe(connection.console, what, token, fallback, async () => {
        const current = await settings.for(uri);
        // Taken after the await and used at once: a snapshot's model never outlives a turn.
        const snapshot = cache.get(uri);
        return snapshot ? compute(snapshot, current) : fallback;
      });
    },
  };

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
    settings.initialize(params.capabilities, params.initializationOptions);
    const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
    for (const feature of features) Object.assign(capabilities, feature.capabilities?.(params.capabilities));
    return { capabilities, serverInfo: { name: 'sxs-authoring' } };
  });
  connection.onInitialized(() => {
    for (const feature of features) feature.initialized?.(context);
  });
  connection.onDidChangeConfiguration(({ settings: pushed }) => settings.changed(pushed));
  documents.onDidClose(({ document }) => settings.forget(document.uri));

  for (const feature of features) feature.register(context);
  documents.listen(connection);
  connection.listen();
}
