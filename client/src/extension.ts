/**
 * Extension entry: starts the language client for Markdown files.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SxsExtensionApi } from './extensionApi';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SxsExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
  };
  client = new LanguageClient('sxs', 'SxS Localized Authoring', serverOptions, clientOptions);
  await client.start();
  return { languageClientIsRunning: () => client?.isRunning() ?? false };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
