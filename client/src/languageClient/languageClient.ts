/**
 * The language client: which documents the server sees, the settings and file events it gets,
 * and what happens when its process dies (restart, told once; give up when it keeps dying).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { ServerRestartPolicy, type RestartDecision } from './serverRestartPolicy';

/** The configuration section the server reads (`sxs.*`). */
export const settingsSection = 'sxs';

/** Markdown documents the server serves: files on disk, unsaved files, and remote workspaces' files. */
export const servedDocuments: LanguageClientOptions['documentSelector'] = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'vscode-vfs', language: 'markdown' },
];

/** What the client reports when its server process dies, for the reviewer and for tests. */
export interface ServerLifecycleReporter {
  (decision: RestartDecision): void;
}

/** Creates (does not start) the client for the bundled server, with restart handling. */
export function createSxsLanguageClient(context: vscode.ExtensionContext, policy: ServerRestartPolicy, report: ServerLifecycleReporter): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const markdownWatcher = vscode.workspace.createFileSystemWatcher('**/*.md', true, false, true);
  // A folder created, moved in or deleted is reported once, as the folder: no `*.md` glob sees
  // the articles inside come or go, and the server lists a new folder itself.
  const entryWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  context.subscriptions.push(markdownWatcher, entryWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: servedDocuments,
    // The workspace index learns about articles created, changed or deleted outside the editor.
    synchronize: { configurationSection: settingsSection, fileEvents: [markdownWatcher, entryWatcher] },
    initializationOptions: () => ({ settings: vscode.workspace.getConfiguration(settingsSection) }),
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
  return new LanguageClient('sxs', vscode.l10n.t('SxS Localized Authoring'), serverOptions, clientOptions);
}
