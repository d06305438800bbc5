/**
 * What the language client does on every platform: which documents the server sees, the
 * settings and file events it gets, and what happens when the server dies (restart, told once;
 * give up when it keeps dying). The desktop and browser clients differ only in how the server runs.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandlerResult, type LanguageClientOptions } from 'vscode-languageclient';
import type { PulledDiagnostics } from './pulledDiagnostics';
import { ServerRestartPolicy, type RestartDecision } from './serverRestartPolicy';

/** The configuration section the server reads (`sxs.*`). */
export const settingsSection = 'sxs';

/**
 * Markdown documents the server serves: files on disk, unsaved files, remote workspaces' files
 * (github.dev's `vscode-vfs:`, code-server's `vscode-remote:` seen from the browser); never the
 * `sxs-english:` ones.
 */
export const servedDocuments: LanguageClientOptions['documentSelector'] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].map((scheme) => ({ scheme, language: 'markdown' }));

/** What the client reports when its server dies, for the reviewer and for tests. */
export interface ServerLifecycleReporter {
  (decision: RestartDecision): void;
}

/** The client options shared by both platforms, with restart handling; `pulled` records each pull's answer. */
export function sxsClientOptions(context: vscode.ExtensionContext, policy: ServerRestartPolicy, report: ServerLifecycleReporter, pulled: PulledDiagnostics): LanguageClientOptions {
  const markdownWatcher = vscode.workspace.createFileSystemWatcher('**/*.md', true, false, true);
  // A folder created, moved in or deleted is reported once, as the folder: no `*.md` glob sees
  // the articles inside come or go, and the server lists a new folder itself.
  const entryWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  context.subscriptions.push(markdownWatcher, entryWatcher);
  return {
    documentSelector: servedDocuments,
    middleware: pulled.middleware,
    // The workspace index learns about articles created, changed or deleted outside the editor.
    synchronize: { configurationSection: settingsSection, fileEvents: [markdownWatcher, entryWatcher] },
    // Copied through JSON: a configuration object cannot be cloned into a web worker.
    initializationOptions: () => ({ settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(settingsSection))) as unknown }),
    errorHandler: {
      // A message that cannot be written means the server process is gone or going; its close
      // follows and `closed` restarts it under the restart policy. Shutting down after a few
      // failed writes (the library's default; the IPC writer counts each failure twice) left a
      // server that died while two messages were on their way stopped for good.
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
      closed: (): CloseHandlerResult => {
        const decision = policy.onServerClosed(Date.now());
        report(decision);
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
}
