/**
 * The segment editor as VS Code sees it: a custom text editor (`Open With…`, never the default)
 * over the article's own TextDocument, the command and editor-title button that open it on a
 * localized article, and the one that goes back to the text editor at the selected unit.
 * The editor itself (parser included) is loaded when the first one opens.
 */
import * as vscode from 'vscode';
import type { SegmentEditorSession } from './segmentEditorSession';
import { ReviewedUnits } from './reviewedUnits';
import { noTranslationMemory, type TranslationMatches } from './translationMemory';

export const segmentEditorViewType = 'sxs.segmentEditor';

export class SegmentEditorProvider implements vscode.CustomTextEditorProvider {
  private readonly sessions = new Map<vscode.WebviewPanel, SegmentEditorSession>();
  private readonly reviewed: ReviewedUnits;
  private active: SegmentEditorSession | undefined;
  /** Unit to select in the next editor that opens (from the command run on a text editor). */
  private pendingUnit: { uri: string; unit: number } | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly matches: TranslationMatches = noTranslationMemory,
  ) {
    this.reviewed = new ReviewedUnits(context.workspaceState);
  }

  register(): vscode.Disposable[] {
    return [
      vscode.window.registerCustomEditorProvider(segmentEditorViewType, this, { webviewOptions: { retainContextWhenHidden: true }, supportsMultipleEditorsPerDocument: true }),
      vscode.commands.registerCommand('sxs.openSegmentEditor', (uri?: vscode.Uri) => this.openFromText(uri)),
      vscode.commands.registerCommand('sxs.segmentEditor.openText', () => this.openText()),
    ];
  }

  async resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
    const { SegmentEditorSession } = await import('./segmentEditorSession.js');
    const session = new SegmentEditorSession(document, panel, {
      extensionUri: this.context.extensionUri,
      reviewed: this.reviewed,
      matches: this.matches,
    });
    this.sessions.set(panel, session);
    if (this.pendingUnit?.uri === document.uri.toString()) session.reveal(this.pendingUnit.unit);
    this.pendingUnit = undefined;
    if (panel.active) this.active = session;
    panel.onDidChangeViewState(() => {
      if (panel.active) this.active = session;
    });
    panel.onDidDispose(() => {
      session.dispose();
      this.sessions.delete(panel);
      if (this.active === session) this.active = undefined;
    });
  }

  /** Opens the grid for the article of the active text editor (or `uri`), at the unit under the cursor. */
  private async openFromText(uri: vscode.Uri | undefined): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const target = uri ?? editor?.document.uri;
    if (!target) return;
    if (editor && editor.document.uri.toString() === target.toString()) {
      const unit = await unitAtCursor(editor);
      if (unit !== undefined) this.pendingUnit = { uri: target.toString(), unit };
    }
    await vscode.commands.executeCommand('vscode.openWith', target, segmentEditorViewType, editor?.viewColumn);
  }

  private async openText(): Promise<void> {
    const session = this.active;
    if (session) await session.openTextAtSelection();
  }
}

/** Index of the unit whose range holds the cursor, read from a fresh parse of that document. */
async function unitAtCursor(editor: vscode.TextEditor): Promise<number | undefined> {
  const { unitIndexAt } = await import('./unitIndexAt.js');
  return unitIndexAt(editor.document.getText(), editor.document.offsetAt(editor.selection.active));
}
