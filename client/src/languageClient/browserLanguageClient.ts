/**
 * The browser language client: the bundled server (`server/out/browserServer.js`) in a web
 * worker, over `postMessage`. The web extension host refuses workers created from an extension's
 * URL (microsoft/vscode#168942), so the script is read with `vscode.workspace.fs` and started from
 * a `blob:` URL. Each start (and restart) gets a fresh worker; the previous one is terminated.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { sxsClientOptions } from './languageClientOptions';
import { PulledDiagnostics } from './pulledDiagnostics';
import { startSxsServer, type LanguageClientStarter } from './sxsServerOverClient';

/** The browser globals used here (the project compiles without DOM types). */
type WorkerLike = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string) => WorkerLike;

/** Creates the client over a worker, answers its file requests, starts it. */
export const startBrowserLanguageClient: LanguageClientStarter = (context, policy, report, onStartFailure, onDiagnosticsPulled) => {
  let running: { worker: WorkerLike; url: string } | undefined;
  const stopWorker = (): void => {
    running?.worker.terminate();
    if (running) URL.revokeObjectURL(running.url);
    running = undefined;
  };
  const startWorker: ServerOptions = async () => {
    stopWorker();
    const script = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'browserServer.js'));
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    const worker = new Worker(url);
    running = { worker, url };
    // The transports are made here: the host's Worker is a wrapper, which fails the client's own `instanceof Worker` test.
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const pulled = new PulledDiagnostics(onDiagnosticsPulled);
  const client = new LanguageClient('sxs', vscode.l10n.t('SxS Localized Authoring'), startWorker, sxsClientOptions(context, policy, report, pulled));
  context.subscriptions.push({ dispose: stopWorker });
  return startSxsServer(context, client, pulled, onStartFailure);
};
