/** The webview's UI strings, translated here with `vscode.l10n` (the webview has no l10n of its own). */
import * as vscode from 'vscode';
import type { GridStrings } from './segmentEditorMessages';

export function gridStrings(): GridStrings {
  return {
    gridLabel: vscode.l10n.t('Segments: English and translation'),
    columnNumber: vscode.l10n.t('No.'),
    columnSource: vscode.l10n.t('English'),
    columnTranslation: vscode.l10n.t('Translation'),
    columnStatus: vscode.l10n.t('Status'),
    filterPlaceholder: vscode.l10n.t('Filter by text (English or translation)'),
    filterLabel: vscode.l10n.t('Filter segments by text'),
    statusFilterLabel: vscode.l10n.t('Show only segments with these statuses'),
    frontMatter: vscode.l10n.t('Metadata (front matter)'),
    beforeHeadings: vscode.l10n.t('Before the first heading'),
    openTextEditor: vscode.l10n.t('Open in Text Editor'),
    translationOf: vscode.l10n.t('Translation of segment {0}'),
    sourceOf: vscode.l10n.t('English of segment {0}'),
    memoryTitle: vscode.l10n.t('Translation memory'),
    memoryNone: vscode.l10n.t('No matches for this segment.'),
    memoryLooking: vscode.l10n.t('Looking in the translation memory…'),
    memoryUnavailable: vscode.l10n.t('No translation memory is available.'),
    memoryTake: vscode.l10n.t('Use this translation'),
    findingsTitle: vscode.l10n.t('Findings'),
    chipInsert: vscode.l10n.t('Insert into the translation'),
    chipRefusedUnbalanced: vscode.l10n.t('This change would leave a paired chip without its partner, so it was not made.'),
    noRows: vscode.l10n.t('No segment matches the filters.'),
    shortcuts: vscode.l10n.t(
      'Ctrl+Enter confirm and next · Alt+↓/↑ next/previous · F8 next with findings · Alt+U next untranslated · F9 insert the next missing chip · Alt+1…9 insert a chip of the English · Ctrl+1…3 take a memory match · Ctrl+F filter',
    ),
    shown: vscode.l10n.t('{0} of {1} shown'),
    'status.empty': vscode.l10n.t('Empty'),
    'status.stale': vscode.l10n.t('Stale'),
    'status.unchanged': vscode.l10n.t('Unchanged'),
    'status.finding': vscode.l10n.t('Finding'),
    'status.machine-translated': vscode.l10n.t('Machine-translated'),
    'status.ok': vscode.l10n.t('OK'),
  };
}
