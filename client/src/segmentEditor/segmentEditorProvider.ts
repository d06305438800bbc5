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
  /** Where the cursor was in the text editor the command ran from: the next editor of that document opens there. */
  private pendingOffset: { uri: string; offset: number } | undefined;

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
    if (this.pendingOffset?.uri === document.uri.toString()) session.revealOffset(this.pendingOffset.offset);
    this.pendingOffset = undefined;
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
      this.pendingOffset = { uri: target.toString(), offset: editor.document.offsetAt(editor.selection.active) };
    }
    await vscode.commands.executeCommand('vscode.openWith', target, segmentEditorViewType, editor?.viewColumn);
  }

  private async openText(): Promise<void> {
    const session = this.active;
    if (session) await session.openTextAtSelection();
  }
}
