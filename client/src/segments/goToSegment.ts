/**
 * "SxS: Go to Segment…": a quick pick of the article's units, searchable by id, translation and
 * English, that previews each unit as the reviewer moves through the list and puts everything
 * back when the pick is cancelled.
 */
import * as vscode from 'vscode';
import type { UnitSummary } from '../../../server/src/protocol';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { oneLine } from '../shared/displayText';
import { isLocalizedDocument } from '../shared/localizedContext';
import { statusIcon, statusLabel } from './unitStatusPresentation';
import { unitIndexNearPosition } from '../shared/unitAtPosition';
import { selectUnitTranslation } from './unitSelection';

interface UnitItem extends vscode.QuickPickItem {
  readonly unit: UnitSummary;
}

/** Registers the command. */
export function registerGoToSegment(store: DocumentUnitsStore): vscode.Disposable {
  return vscode.commands.registerCommand('sxs.goToSegment', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isLocalizedDocument(editor.document)) return;
    const units = (await store.get(editor.document))?.units ?? [];
    if (units.length === 0) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('This article has no segments yet.'), 3000);
      return;
    }
    await pickSegment(editor, units);
  });
}

async function pickSegment(editor: vscode.TextEditor, units: readonly UnitSummary[]): Promise<void> {
  const originalSelections = editor.selections;
  const originalTop = editor.visibleRanges[0];
  const items: UnitItem[] = units.map((unit) => ({
    label: oneLine(unit.translation) || vscode.l10n.t('(empty)'),
    description: unit.status === 'ok' ? unit.id : `${unit.id} · ${statusLabel(unit.status)}`,
    detail: oneLine(unit.source),
    iconPath: statusIcon(unit.status),
    unit,
  }));
  const quickPick = vscode.window.createQuickPick<UnitItem>();
  quickPick.title = vscode.l10n.t('Go to Segment');
  quickPick.placeholder = vscode.l10n.t('Search segments by id, translation or English');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = items;
  const current = unitIndexNearPosition(units, editor.selection.active);
  if (current !== undefined) quickPick.activeItems = [items[current]];
  let accepted = false;
  await new Promise<void>((resolve) => {
    quickPick.onDidChangeActive((active) => {
      if (active[0]) selectUnitTranslation(editor, active[0].unit);
    });
    quickPick.onDidAccept(() => {
      const chosen = quickPick.activeItems[0];
      if (chosen) {
        accepted = true;
        selectUnitTranslation(editor, chosen.unit);
      }
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      if (!accepted) {
        editor.selections = originalSelections;
        if (originalTop) editor.revealRange(originalTop, vscode.TextEditorRevealType.AtTop);
      }
      quickPick.dispose();
      resolve();
    });
    quickPick.show();
  });
  if (accepted) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
}
