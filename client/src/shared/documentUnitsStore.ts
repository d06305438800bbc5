/**
 * The units of each localized document as the server describes them (`sxs/documentUnits`),
 * fetched once per document version and findings change, and shared by the Segments view, the
 * status bar, reading mode, navigation and the side-by-side sync.
 */
import * as vscode from 'vscode';
import type { DocumentUnits } from '../../../server/src/protocol';
import type { SxsServer } from '../languageClient/sxsServer';
import { VersionedAnswers } from './versionedAnswers';
import { openDocument } from './openDocument';

/** Caches and refreshes `sxs/documentUnits` answers. */
export class DocumentUnitsStore implements vscode.Disposable {
  private readonly answers = new VersionedAnswers<DocumentUnits>();
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
        for (const uri of event.uris) if (this.answers.findingsChanged(uri.toString())) this.scheduleRefresh(uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.answers.delete(document.uri.toString())),
    );
  }

  /** The units of `document` at its current version, fetched if needed; undefined when it has none or the server is unavailable. */
  get(document: vscode.TextDocument): Promise<DocumentUnits | undefined> {
    const key = document.uri.toString();
    return this.answers.get(key, document.version, () => this.fetch(key));
  }

  /** The last answer received for `uri`, possibly for an older version or older findings: for painting without waiting. */
  peek(uri: vscode.Uri): DocumentUnits | undefined {
    return this.answers.peek(uri.toString());
  }

  /** The server's diagnostics of `document` if they describe its current version, else undefined (VS Code's own carry no version). */
  currentDiagnostics(document: vscode.TextDocument): readonly vscode.Diagnostic[] | undefined {
    const pulled = this.server.pulledDiagnostics(document.uri.toString());
    return pulled?.version === document.version ? pulled.diagnostics : undefined;
  }

  /** Whether `peek` describes the current text of `document` (positions can be trusted). */
  isCurrent(document: vscode.TextDocument): boolean {
    return this.answers.isCurrent(document.uri.toString(), document.version);
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
        const document = openDocument(key);
        if (!document || document.languageId !== 'markdown') return;
        await this.get(document);
        this.changed.fire(uri);
      }, this.refreshDelayMilliseconds),
    );
  }
}
