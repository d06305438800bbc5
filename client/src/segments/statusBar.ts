/**
 * The status bar entry of a localized article: locale, human or machine translation, number of
 * units and findings. A click opens the list of the extension's actions.
 */
import * as vscode from 'vscode';
import type { DocumentUnits } from '../../../server/src/protocol';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { isLocalizedDocument } from '../shared/localizedContext';
import { allUnitStatuses, countStatuses } from './segmentTree';
import { findingCountText, statusLabel, unitCountText } from './unitStatusPresentation';

/** Whether the entry is shown (`sxs.statusBar.enabled`). */
function statusBarEnabled(): boolean {
  return vscode.workspace.getConfiguration('sxs.statusBar').get<boolean>('enabled', true);
}

/** The text of the entry for a document's units, e.g. `$(globe) fr-fr · HT · 27 units · $(warning) 3 · $(history) 2` (2 stale). */
export function statusBarText(units: DocumentUnits): string {
  const findings = units.units.reduce((sum, unit) => sum + unit.findings, 0);
  const parts = [`$(globe) ${units.locale ?? vscode.l10n.t('no locale')}`];
  if (units.translationType) parts.push(units.translationType);
  parts.push(unitCountText(units.units.length));
  parts.push(findings > 0 ? `$(warning) ${findings}` : '$(check)');
  const stale = units.units.filter((unit) => unit.status === 'stale').length;
  if (stale > 0) parts.push(`$(history) ${stale}`);
  return parts.join(' · ');
}

/** The tooltip: what each part means, and the units by status. */
function statusBarTooltip(units: DocumentUnits): vscode.MarkdownString {
  const counts = countStatuses(units.units);
  const findings = units.units.reduce((sum, unit) => sum + unit.findings, 0);
  const type =
    units.translationType === 'HT' ? vscode.l10n.t('human translation') : units.translationType === 'MT' ? vscode.l10n.t('machine translation') : vscode.l10n.t('translation type not stated');
  const tooltip = new vscode.MarkdownString();
  // The locale comes from the article's front matter: text, never Markdown.
  tooltip.appendMarkdown(`**${vscode.l10n.t('Localized article')}**: `).appendText(units.locale ?? vscode.l10n.t('no locale')).appendMarkdown(`, ${type}\n\n`);
  tooltip.appendMarkdown(`${unitCountText(units.units.length)}, ${findingCountText(findings)}\n\n`);
  for (const status of allUnitStatuses) tooltip.appendMarkdown(`- ${statusLabel(status)}: ${counts[status]}\n`);
  tooltip.appendMarkdown(`\n${vscode.l10n.t('Click for actions')}`);
  return tooltip;
}

/** Keeps the entry in step with the active editor and its units. */
export class SxsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sxs.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: DocumentUnitsStore) {
    this.item.name = vscode.l10n.t('SxS Localized Article');
    this.item.command = 'sxs.showActions';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      store.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sxs.statusBar')) void this.update();
      }),
      vscode.commands.registerCommand('sxs.showActions', () => showActions()),
    );
    void this.update();
  }

  /** What the entry shows now (undefined when hidden), for tests. */
  get shownText(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!statusBarEnabled() || !document || !isLocalizedDocument(document)) return this.hide();
    const units = await this.store.get(document);
    // Another editor became active while the units were on their way.
    if (document !== vscode.window.activeTextEditor?.document) return;
    if (!units) return this.hide();
    this.item.text = statusBarText(units);
    this.item.tooltip = statusBarTooltip(units);
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }
}

/** The actions offered from the status bar entry. */
async function showActions(): Promise<void> {
  const actions: (vscode.QuickPickItem & { command: string })[] = [
    { label: `$(split-horizontal) ${vscode.l10n.t('Open Side by Side…')}`, command: 'sxs.openSideBySide' },
    { label: `$(list-selection) ${vscode.l10n.t('Go to Segment…')}`, command: 'sxs.goToSegment' },
    { label: `$(warning) ${vscode.l10n.t('Go to Next Segment with Findings')}`, command: 'sxs.nextProblem' },
    { label: `$(circle-large-outline) ${vscode.l10n.t('Go to Next Untranslated Segment')}`, command: 'sxs.nextUntranslated' },
    { label: `$(book) ${vscode.l10n.t('Toggle Reading Mode')}`, command: 'sxs.toggleReadingMode' },
    { label: `$(list-tree) ${vscode.l10n.t('Show Segments View')}`, command: 'sxs.segments.focus' },
    { label: `$(debug-restart) ${vscode.l10n.t('Restart Language Server')}`, command: 'sxs.restartServer' },
  ];
  const picked = await vscode.window.showQuickPick(actions, { title: vscode.l10n.t('SxS Localized Authoring') });
  if (picked) await vscode.commands.executeCommand(picked.command);
}
