/**
 * Context keys that menus and keybindings depend on, kept in step with the active editor:
 * `sxs.isLocalized` (the active Markdown file is a localized article, told at once from its
 * text) and `sxs.hasCounterparts` (the active file has other versions in the workspace, from
 * the workspace index). `sxs.segments.available` turns on once a localized article was seen.
 */
import * as vscode from 'vscode';
import { findCounterparts } from './counterpartsLookup';
import { looksLocalized } from './localizedDocumentDetection';
import type { SxsServer } from '../languageClient/sxsServer';

/** Whether a document is a localized article the extension's features apply to. */
export function isLocalizedDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== 'sxs-english' && looksLocalized(document.getText());
}

/** Keeps the context keys of the active editor up to date. */
export class LocalizedContext implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastLocalized: boolean | undefined;
  private lastHasCounterparts: boolean | undefined;
  private segmentsAvailable = false;
  private counterpartsAsked = 0;
  private retestTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: SxsServer) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) {
          // A pasted article becomes localized; re-test once typing pauses.
          clearTimeout(this.retestTimer);
          this.retestTimer = setTimeout(() => this.update(), 300);
        }
      }),
    );
    this.update();
  }

  dispose(): void {
    clearTimeout(this.retestTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const localized = document !== undefined && isLocalizedDocument(document);
    this.set('sxs.isLocalized', localized, 'lastLocalized');
    if (localized && !this.segmentsAvailable) {
      this.segmentsAvailable = true;
      void vscode.commands.executeCommand('setContext', 'sxs.segments.available', true);
    }
    void this.updateCounterparts(document);
  }

  private async updateCounterparts(document: vscode.TextDocument | undefined): Promise<void> {
    const asked = ++this.counterpartsAsked;
    if (!document || document.languageId !== 'markdown' || document.uri.scheme === 'sxs-english') {
      this.set('sxs.hasCounterparts', false, 'lastHasCounterparts');
      return;
    }
    const found = await findCounterparts(this.server, document.uri);
    // A later editor change already asked again; its answer wins.
    if (asked !== this.counterpartsAsked) return;
    this.set('sxs.hasCounterparts', (found?.counterparts.length ?? 0) > 0, 'lastHasCounterparts');
  }

  private set(key: string, value: boolean, memo: 'lastLocalized' | 'lastHasCounterparts'): void {
    if (this[memo] === value) return;
    this[memo] = value;
    void vscode.commands.executeCommand('setContext', key, value);
  }
}
