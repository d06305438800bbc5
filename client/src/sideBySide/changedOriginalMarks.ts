/**
 * Marks, in any editor showing an English original (beside its translation or alone), the
 * sentences its translations report as changed or added (`changedOriginalSentences.ts`), with a
 * background, an overview-ruler mark and a hover saying so. Follows the diagnostics and the
 * visible editors.
 */
import * as vscode from 'vscode';
import { changedSentenceRanges, type RelatedDiagnostic } from './changedOriginalSentences';

export function registerChangedOriginalMarks(): vscode.Disposable {
  const changed = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.modifiedForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  const update = (): void => {
    const all = vscode.languages.getDiagnostics().flatMap(([, diagnostics]) => diagnostics.map(toRelated));
    for (const editor of vscode.window.visibleTextEditors) {
      const marks = changedSentenceRanges(all, editor.document.uri.toString()).map(({ range, change }) => ({
        range: new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
        hoverMessage: change === 'changed' ? vscode.l10n.t('Changed since it was translated') : vscode.l10n.t('Not translated yet: no unit carries this sentence'),
      }));
      editor.setDecorations(changed, marks);
    }
  };
  update();
  return vscode.Disposable.from(changed, vscode.languages.onDidChangeDiagnostics(update), vscode.window.onDidChangeVisibleTextEditors(update));
}

function toRelated(diagnostic: vscode.Diagnostic): RelatedDiagnostic {
  return {
    source: diagnostic.source,
    code: typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code,
    relatedInformation: diagnostic.relatedInformation?.map((related) => ({
      location: {
        uri: related.location.uri.toString(),
        range: {
          start: { line: related.location.range.start.line, character: related.location.range.start.character },
          end: { line: related.location.range.end.line, character: related.location.range.end.character },
        },
      },
    })),
  };
}
