/**
 * Reading mode: hides the English halves and dims the tags so a translation reads as prose.
 * Per document, remembered for the workspace, off by default. Only decorations change: the
 * text stays as it is, and units on the cursor's lines stay visible (dimmed), so nothing is
 * ever typed into hidden text.
 */
import * as vscode from 'vscode';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { isLocalizedDocument } from '../shared/localizedContext';
import { readingModeRanges, type ReadingModeRanges } from './readingModeRanges';
import { toRange } from '../shared/vscodeRange';

/** workspaceState key of the documents in reading mode. */
const stateKey = 'sxs.readingMode.documents';

/** Applies and remembers reading mode. */
export class ReadingMode implements vscode.Disposable {
  // `display: none` reaches the rendered span through the CSS text VS Code builds from this
  // property: the characters stay in the model (copy, search, undo all see them) but take no room.
  private readonly hidden = vscode.window.createTextEditorDecorationType({ textDecoration: 'none; display: none;' });
  private readonly dimmed = vscode.window.createTextEditorDecorationType({ opacity: '0.35' });
  private readonly documents: Set<string>;
  private readonly applied = new Map<string, ReadingModeRanges>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: DocumentUnitsStore,
    private readonly workspaceState: vscode.Memento,
  ) {
    this.documents = new Set(workspaceState.get<string[]>(stateKey, []));
    this.subscriptions.push(
      this.hidden,
      this.dimmed,
      vscode.commands.registerCommand('sxs.toggleReadingMode', () => this.toggleActive()),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => void this.apply(editor))),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      // Reveal the units the cursor reaches before the next keystroke can land in them.
      vscode.window.onDidChangeTextEditorSelection((event) => void this.apply(event.textEditor)),
      store.onDidChange((uri) => this.editorsOf(uri).forEach((editor) => void this.apply(editor))),
    );
    vscode.window.visibleTextEditors.forEach((editor) => void this.apply(editor));
    this.updateContext();
  }

  /** Whether `uri` is in reading mode. */
  isOn(uri: vscode.Uri): boolean {
    return this.documents.has(uri.toString());
  }

  /** The ranges last applied to the editors of `uri`, for tests. */
  appliedRanges(uri: vscode.Uri): ReadingModeRanges | undefined {
    return this.applied.get(uri.toString());
  }

  /** Turns reading mode on or off for the active editor's document. */
  async toggleActive(): Promise<boolean | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isLocalizedDocument(editor.document)) return undefined;
    const key = editor.document.uri.toString();
    if (this.documents.has(key)) this.documents.delete(key);
    else this.documents.add(key);
    await this.workspaceState.update(stateKey, [...this.documents]);
    this.updateContext();
    await Promise.all(this.editorsOf(editor.document.uri).map((each) => this.apply(each)));
    return this.documents.has(key);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private editorsOf(uri: vscode.Uri): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === uri.toString());
  }

  private async apply(editor: vscode.TextEditor): Promise<void> {
    const key = editor.document.uri.toString();
    if (!this.documents.has(key)) {
      if (this.applied.delete(key)) this.clear(editor);
      return;
    }
    // Units are used only while they describe the current text; meanwhile the decorations
    // already applied move with the edits, as VS Code shifts them.
    if (!this.store.isCurrent(editor.document)) await this.store.get(editor.document);
    const units = this.store.isCurrent(editor.document) ? this.store.peek(editor.document.uri) : undefined;
    if (!units || !this.documents.has(key)) return;
    const cursorLines = editor.selections.map((selection) => ({ first: selection.start.line, last: selection.end.line }));
    const ranges = readingModeRanges(editor.document.getText(), units.units, cursorLines);
    editor.setDecorations(this.hidden, ranges.hidden.map(toRange));
    editor.setDecorations(this.dimmed, ranges.dimmed.map(toRange));
    this.applied.set(key, ranges);
  }

  private clear(editor: vscode.TextEditor): void {
    editor.setDecorations(this.hidden, []);
    editor.setDecorations(this.dimmed, []);
  }

  private updateContext(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    void vscode.commands.executeCommand('setContext', 'sxs.readingModeOn', uri !== undefined && this.isOn(uri));
  }
}
