/** The desktop language client: the bundled server in a Node process, over IPC. */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { sxsClientOptions, type ServerLifecycleReporter } from './languageClientOptions';
import type { PulledDiagnostics } from './pulledDiagnostics';
import type { ServerRestartPolicy } from './serverRestartPolicy';
import { serverEnvironment } from '../../../server/src/serverEnvironment';

/** Creates (does not start) the client for the bundled server, with restart handling. */
export function createDesktopLanguageClient(context: vscode.ExtensionContext, policy: ServerRestartPolicy, report: ServerLifecycleReporter, pulled: PulledDiagnostics): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient('sxs', vscode.l10n.t('SxS Localized Authoring'), serverOptions, sxsClientOptions(context, policy, report, pulled));
}
