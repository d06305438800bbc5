/**
 * Moving between segments: next and previous unit, next unit with findings, next untranslated
 * unit. Each selects the translation text so typing replaces it, and says so in the status bar
 * when the search went round the end or found nothing.
 */
import * as vscode from 'vscode';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { isLocalizedDocument } from '../shared/localizedContext';
import { findUnit, unitHasProblem, unitIsUntranslated, type NavigationSearch } from './segmentNavigationTargets';
import { selectUnitTranslation } from './unitSelection';

/** How long a navigation note stays in the status bar. */
const noteMilliseconds = 3000;

/** The navigation commands and what each searches for. */
const navigationCommands: readonly { readonly id: string; readonly search: NavigationSearch; readonly nothingFound: () => string }[] = [
  { id: 'sxs.nextSegment', search: { direction: 'next' }, nothingFound: () => vscode.l10n.t('No segment after this one.') },
  { id: 'sxs.previousSegment', search: { direction: 'previous' }, nothingFound: () => vscode.l10n.t('No segment before this one.') },
  { id: 'sxs.nextProblem', search: { direction: 'next', accept: unitHasProblem, wrap: true }, nothingFound: () => vscode.l10n.t('No segment with findings.') },
  { id: 'sxs.nextUntranslated', search: { direction: 'next', accept: unitIsUntranslated, wrap: true }, nothingFound: () => vscode.l10n.t('No untranslated segment.') },
];

/** Registers the navigation commands. */
export function registerSegmentNavigation(store: DocumentUnitsStore): vscode.Disposable[] {
  return navigationCommands.map(({ id, search, nothingFound }) =>
    vscode.commands.registerCommand(id, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isLocalizedDocument(editor.document)) return;
      const units = (await store.get(editor.document))?.units ?? [];
      const target = findUnit(units, editor.selection.active, search);
      if (!target) {
        vscode.window.setStatusBarMessage(nothingFound(), noteMilliseconds);
        return;
      }
      selectUnitTranslation(editor, units[target.index]);
      if (target.wrapped) vscode.window.setStatusBarMessage(vscode.l10n.t('Search went past the end and continued from the top.'), noteMilliseconds);
    }),
  );
}
