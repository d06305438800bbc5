/**
 * Puts the cursor on a unit the way every navigation command does: the translation text
 * selected (so typing replaces it) and revealed in the middle of the editor when off screen.
 */
import * as vscode from 'vscode';
import type { UnitSummary } from '../../../server/src/protocol';
import { toRange } from '../shared/vscodeRange';

/** Selects the translation of `unit` in `editor` and reveals it. */
export function selectUnitTranslation(editor: vscode.TextEditor, unit: Pick<UnitSummary, 'translationRange'>): void {
  const range = toRange(unit.translationRange);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens `uri` (in the editor already showing it, if any) and selects the translation of unit `index`. */
export async function revealUnit(uri: vscode.Uri, unit: Pick<UnitSummary, 'translationRange'>): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(visible?.document ?? (await vscode.workspace.openTextDocument(uri)), {
    viewColumn: visible?.viewColumn,
    preserveFocus: false,
  });
  selectUnitTranslation(editor, unit);
  return editor;
}
