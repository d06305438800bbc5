/**
 * Diagnostics, pulled or pushed. Clients that support `textDocument/diagnostic` (VS Code does)
 * ask for them when they need them, so nothing is computed while the user types; the result id
 * (snapshot and settings generation) lets an unchanged document answer "unchanged" at once, and
 * a new version whose diagnostics are the same as those last sent answers "unchanged" too (most
 * keystrokes of a large article: a megabyte of diagnostics the editor need not decode again).
 * Other clients get them pushed, debounced after the last change. A configuration change asks
 * the client to pull again, or pushes again.
 */
import { ResponseError, type Diagnostic } from 'vscode-languageserver';
import type { ServerContext, ServerFeature } from './serverContext';
import { DiagnosticMemo } from './features/diagnosticMemo';
import { diagnosticsOf } from './features/diagnostics';
import { sameDiagnostics } from './features/sameDiagnostics';

/** How long pushed diagnostics wait after the last change, so typing does not re-check each key. */
const PUSH_DELAY_MS = 300;

/** A fresh diagnostics feature (state per server: the mode and the pending pushes). */
export function createDiagnosticsFeature(): ServerFeature {
  let pull = false;
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document, the last full answer's items and the result id the client now holds for them. */
  const lastSent = new Map<string, { resultId: string; items: Diagnostic[] }>();
  /** Per document, the diagnostics made for its last version, by finding. */
  const memos = new Map<string, DiagnosticMemo>();
  const memoOf = (uri: string): DiagnosticMemo => {
    let memo = memos.get(uri);
    if (!memo) memos.set(uri, (memo = new DiagnosticMemo()));
    return memo;
  };

  function push(context: ServerContext, uri: string): void {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        void publish(context, uri);
      }, PUSH_DELAY_MS),
    );
  }

  async function publish(context: ServerContext, uri: string): Promise<void> {
    try {
      const settings = await context.settings.for(uri);
      const snapshot = context.cache.get(uri);
      if (!snapshot) return;
      const diagnostics = diagnosticsOf(snapshot, settings, context.workspaceExtras.current?.diagnosticFindings(snapshot, settings), memoOf(uri));
      await context.connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics });
    } catch (error) {
      context.connection.console.error(`diagnostics of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  return {
    capabilities(client) {
      pull = client.textDocument?.diagnostic !== undefined;
      return pull ? { diagnosticProvider: { identifier: 'sxs', interFileDependencies: false, workspaceDiagnostics: false } } : {};
    },

    register(context) {
      const { connection, documents, cache, settings } = context;
      connection.languages.diagnostics.on(async ({ textDocument, previousResultId }, token) => {
        const answer = await context.answer('diagnostics', textDocument.uri, token, null, (snapshot, current) => {
          const extras = context.workspaceExtras.current;
          const resultId = `${cache.serialOf(snapshot)}.${settings.generation}.${extras?.generation ?? 0}`;
          if (previousResultId === resultId) return { kind: 'unchanged' as const, resultId };
          const items = diagnosticsOf(snapshot, current, extras?.diagnosticFindings(snapshot, current), memoOf(textDocument.uri));
          const last = lastSent.get(textDocument.uri);
          // The client holds `last.items` under `previousResultId`: the same items need not travel again.
          const unchanged = last !== undefined && previousResultId === last.resultId && sameDiagnostics(items, last.items);
          lastSent.set(textDocument.uri, { resultId, items });
          return unchanged ? { kind: 'unchanged' as const, resultId } : { kind: 'full' as const, resultId, items };
        });
        // A cancelled pull is asked again by the client, once the document settles.
        if (answer instanceof ResponseError) return new ResponseError(answer.code, answer.message, { retriggerRequest: true });
        return answer ?? { kind: 'full' as const, items: [] };
      });
      documents.onDidChangeContent(({ document }) => {
        if (!pull) push(context, document.uri);
      });
      documents.onDidClose(({ document }) => {
        clearTimeout(pending.get(document.uri));
        pending.delete(document.uri);
        lastSent.delete(document.uri);
        memos.delete(document.uri);
        if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      });
      // Workspace findings arrive after the document's own: ask the client to pull again.
      context.workspaceExtras.diagnosticsChanged = () => {
        if (!pull) for (const document of documents.all()) push(context, document.uri);
        else if (context.client().workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      };
      settings.onDidChange(() => {
        if (!pull) for (const document of documents.all()) push(context, document.uri);
        else if (context.client().workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      });
    },
  };
}
