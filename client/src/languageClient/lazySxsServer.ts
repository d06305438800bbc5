/**
 * The language server reached through a language client that is loaded after activation: the
 * client library is most of the extension's code, and loading it inside activate() would make
 * activation slow. Requests made before it is loaded wait for it.
 */
import type * as vscode from 'vscode';
import type { ExportMemoryParams, ExportXliffParams, ImportXliffParams, MemoryMatchesParams } from '../../../server/src/protocol';
import type { SxsServer } from './sxsServer';

/** An `SxsServer` whose real implementation is created by `load` on first need, or soon after construction. */
export class LazySxsServer implements SxsServer {
  private loaded: Promise<SxsServer> | undefined;
  private server: SxsServer | undefined;

  /** @param load creates and starts the real server connection; called once */
  constructor(private readonly load: () => SxsServer) {}

  /** Loads and starts the client once the current work (activation) is done; rejects when it cannot be loaded. */
  startSoon(): Promise<void> {
    return this.real().then(() => undefined);
  }

  documentUnits(uri: string) {
    return this.real().then((server) => server.documentUnits(uri));
  }

  englishArticle(uri: string, token?: vscode.CancellationToken) {
    return this.real().then((server) => server.englishArticle(uri, token));
  }

  counterparts(uri: string) {
    return this.real().then((server) => server.counterparts(uri));
  }

  exportXliff(params: ExportXliffParams) {
    return this.real().then((server) => server.exportXliff(params));
  }

  xliffOriginals(xliff: string) {
    return this.real().then((server) => server.xliffOriginals(xliff));
  }

  importXliff(params: ImportXliffParams) {
    return this.real().then((server) => server.importXliff(params));
  }

  exportMemory(params: ExportMemoryParams) {
    return this.real().then((server) => server.exportMemory(params));
  }

  memoryMatches(params: MemoryMatchesParams) {
    return this.real().then((server) => server.memoryMatches(params));
  }

  pulledDiagnostics(uri: string) {
    return this.server?.pulledDiagnostics(uri);
  }

  isRunning(): boolean {
    return this.server?.isRunning() ?? false;
  }

  restart(): Promise<void> {
    return this.real().then((server) => server.restart());
  }

  async stop(): Promise<void> {
    // Nothing to stop when the client was never loaded.
    if (this.loaded) await (await this.loaded).stop();
  }

  private real(): Promise<SxsServer> {
    // Never inside the caller's turn: features ask the server while activate() runs.
    this.loaded ??= new Promise((resolve) => setTimeout(resolve, 0)).then(() => (this.server = this.load()));
    return this.loaded;
  }
}
