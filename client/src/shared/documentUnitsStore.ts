/**
 * The units of each localized document as the server describes them (`sxs/documentUnits`),
 * fetched once per document version and findings change, and shared by the Segments view, the
 * status bar, reading mode, navigation and the side-by-side sync.
 */
import * as vscode from 'vscode';
import type { DocumentUnits } from '../../../server/src/protocol';
import type { SxsServer } from '../languageClient/sxsServer';

interface Entry {
  /** The document version the answer describes. */
  readonly version: number;
  /** Bumped when diagnostics change: statuses and findings may have changed without an edit. */
  readonly findingsGeneration: number;
  readonly units: Promise<DocumentUnits | undefined>;
  /** The answer once it arrived. */
  settled?: DocumentUnits | undefined;
}

/** Caches and refreshes `sxs/documentUnits` answers. */
export class DocumentUnitsStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly findingsGenerations = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly pendingRefreshes = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires with a document's URI after its units were fetched anew (an edit or new findings). */
  readonly onDidChange = this.changed.event;

  /** @param refreshDelayMilliseconds how long edits and findings settle before the units are fetched again */
  constructor(
    private readonly server: SxsServer,
    private readonly refreshDelayMilliseconds = 250,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.scheduleRefresh(event.document.uri);
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        for (const uri of event.uris) {
          const key = uri.toString();
          this.findingsGenerations.set(key, (this.findingsGenerations.get(key) ?? 0) + 1);
          this.scheduleRefresh(uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString())),
    );
  }

  /** The units of `document` at its current version, fetched if needed; undefined when it has none or the server is unavailable. */
  get(document: vscode.TextDocument): Promise<DocumentUnits | undefined> {
    const key = document.uri.toString();
    const findingsGeneration = this.findingsGenerations.get(key) ?? 0;
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.findingsGeneration === findingsGeneration) return cached.units;
    const entry: Entry = { version: document.version, findingsGeneration, units: this.fetch(key) };
    void entry.units.then((units) => (entry.settled = units));
    this.entries.set(key, entry);
    return entry.units;
  }

  /** The last answer received for `uri`, possibly one version old; for painting without waiting. */
  peek(uri: vscode.Uri): DocumentUnits | undefined {
    return this.entries.get(uri.toString())?.settled;
  }

  /** Whether the last answer for `document` describes its current text (positions can be trusted). */
  isCurrent(document: vscode.TextDocument): boolean {
    const entry = this.entries.get(document.uri.toString());
    return entry !== undefined && entry.version === document.version && 'settled' in entry;
  }

  dispose(): void {
    for (const timer of this.pendingRefreshes.values()) clearTimeout(timer);
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async fetch(uri: string): Promise<DocumentUnits | undefined> {
    try {
      return (await this.server.documentUnits(uri)) ?? undefined;
    } catch {
      // The server is starting, restarting or gone: views show nothing rather than an error.
      return undefined;
    }
  }

  /** Refetches an open document's units once edits and findings settle, then tells listeners. */
  private scheduleRefresh(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pendingRefreshes.get(key));
    this.pendingRefreshes.set(
      key,
      setTimeout(async () => {
        this.pendingRefreshes.delete(key);
        const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
        if (!document || document.languageId !== 'markdown') return;
        await this.get(document);
        this.changed.fire(uri);
      }, this.refreshDelayMilliseconds),
    );
  }
}
