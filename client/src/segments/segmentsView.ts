/**
 * The Segments view in the Explorer: the active article's headings and units, each unit with
 * its status icon, each heading with counts; a filter by status; a click reveals the unit. It
 * follows the active editor and refreshes when the units or their findings change.
 */
import * as vscode from 'vscode';
import type { DocumentUnits, UnitStatus } from '../../../server/src/protocol';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { oneLine, plainTitle } from '../shared/displayText';
import { isLocalizedDocument } from '../shared/localizedContext';
import { allUnitStatuses, buildSegmentTree, type HeadingNode, type SegmentNode, type UnitNode } from './segmentTree';
import { unitIndexNearPosition } from '../shared/unitAtPosition';
import { revealUnit } from './unitSelection';
import { findingCountText, statusIcon, statusLabel } from './unitStatusPresentation';
import { openDocument } from '../shared/openDocument';

/** The id of the view, as contributed in package.json. */
export const segmentsViewId = 'sxs.segments';
/** workspaceState key of the statuses the filter shows. */
const filterStateKey = 'sxs.segments.shownStatuses';

/** The tree of the Segments view. */
export class SegmentsTreeProvider implements vscode.TreeDataProvider<SegmentNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SegmentNode | undefined>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private documentUri: vscode.Uri | undefined;
  private units: DocumentUnits | undefined;
  private roots: SegmentNode[] = [];
  private readonly parents = new Map<SegmentNode, SegmentNode>();
  private readonly unitNodes = new Map<number, UnitNode>();
  private shown: Set<UnitStatus>;
  private view: vscode.TreeView<SegmentNode> | undefined;
  private revealTimer: ReturnType<typeof setTimeout> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly store: DocumentUnitsStore,
    private readonly workspaceState: vscode.Memento,
  ) {
    this.shown = new Set(workspaceState.get<UnitStatus[]>(filterStateKey, [...allUnitStatuses]));
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      store.onDidChange((uri) => {
        if (uri.toString() === this.documentUri?.toString()) void this.load();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() === this.documentUri?.toString()) this.scheduleRevealOfCursorUnit(event.textEditor);
      }),
    );
  }

  /** Creates the tree view and its commands. */
  register(): vscode.Disposable[] {
    this.view = vscode.window.createTreeView(segmentsViewId, { treeDataProvider: this, showCollapseAll: true });
    this.updateFilterPresentation();
    this.follow(vscode.window.activeTextEditor);
    return [
      this.view,
      vscode.commands.registerCommand('sxs.segments.filter', () => this.chooseFilter()),
      vscode.commands.registerCommand('sxs.segments.clearFilter', () => this.setFilter(allUnitStatuses)),
      vscode.commands.registerCommand('sxs.revealSegment', (uri: string, unitIndex: number) => this.revealSegment(uri, unitIndex)),
    ];
  }

  /** The document shown, its top-level nodes and filter: what a test reads. */
  snapshot(): { readonly uri: vscode.Uri | undefined; readonly roots: readonly SegmentNode[]; readonly shown: readonly UnitStatus[] } {
    return { uri: this.documentUri, roots: this.roots, shown: allUnitStatuses.filter((status) => this.shown.has(status)) };
  }

  /** Shows only units of these statuses, remembered for the workspace. */
  async setFilter(statuses: readonly UnitStatus[]): Promise<void> {
    this.shown = new Set(statuses);
    await this.workspaceState.update(filterStateKey, [...this.shown]);
    this.updateFilterPresentation();
    this.rebuild();
  }

  getTreeItem(node: SegmentNode): vscode.TreeItem {
    return node.kind === 'heading' ? this.headingItem(node) : this.unitItem(node);
  }

  getChildren(node?: SegmentNode): SegmentNode[] {
    if (!node) return this.roots;
    return node.kind === 'heading' ? node.children : [];
  }

  getParent(node: SegmentNode): SegmentNode | undefined {
    return this.parents.get(node);
  }

  dispose(): void {
    clearTimeout(this.revealTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private headingItem(node: HeadingNode): vscode.TreeItem {
    const item = new vscode.TreeItem(plainTitle(node.heading.title) || plainTitle(node.heading.sourceTitle) || '#'.repeat(node.heading.level), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `heading:${node.headingIndex}`;
    item.description = describeCounts(node);
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    item.tooltip = new vscode.MarkdownString().appendText(`${'#'.repeat(node.heading.level)} ${plainTitle(node.heading.title)}`).appendMarkdown('\n\n').appendText(plainTitle(node.heading.sourceTitle));
    item.contextValue = 'sxs.heading';
    return item;
  }

  private unitItem(node: UnitNode): vscode.TreeItem {
    const unit = node.unit;
    const label = oneLine(unit.translation) || oneLine(unit.source);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `unit:${unit.index}:${unit.id}`;
    item.description = unit.status === 'ok' ? unit.id : `${unit.id} · ${statusLabel(unit.status)}`;
    item.iconPath = statusIcon(unit.status);
    const tooltip = new vscode.MarkdownString();
    // The id is whatever the article's data-ttu-id holds: text, never Markdown.
    tooltip.appendMarkdown('**').appendText(unit.id).appendMarkdown(`** — ${statusLabel(unit.status)}`);
    if (unit.findings > 0) tooltip.appendMarkdown(` (${findingCountText(unit.findings)})`);
    tooltip.appendMarkdown('\n\n').appendText(oneLine(unit.translation) || vscode.l10n.t('(empty)'));
    tooltip.appendMarkdown('\n\n---\n\n').appendText(oneLine(unit.source));
    item.tooltip = tooltip;
    item.contextValue = `sxs.unit.${unit.status}`;
    item.command = { command: 'sxs.revealSegment', title: vscode.l10n.t('Reveal Segment'), arguments: [this.documentUri?.toString(), unit.index] };
    return item;
  }

  /** Shows the units of the active editor's article; keeps the last article while another kind of editor is active. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isLocalizedDocument(editor.document)) {
      // Output panes and English companions take focus briefly; only a Markdown file that is
      // not localized (or no editor at all) empties the view.
      if (!editor || (editor.document.languageId === 'markdown' && editor.document.uri.scheme !== 'sxs-english')) this.show(undefined, undefined);
      return;
    }
    if (editor.document.uri.toString() === this.documentUri?.toString()) return;
    this.documentUri = editor.document.uri;
    void this.load();
  }

  private async load(): Promise<void> {
    const uri = this.documentUri;
    const document = openDocument(uri);
    if (!uri || !document) return this.show(undefined, undefined);
    const units = await this.store.get(document);
    if (uri.toString() === this.documentUri?.toString()) this.show(uri, units);
  }

  private show(uri: vscode.Uri | undefined, units: DocumentUnits | undefined): void {
    this.documentUri = uri;
    this.units = units;
    this.rebuild();
  }

  private rebuild(): void {
    this.roots = this.units ? buildSegmentTree(this.units, this.shown) : [];
    this.parents.clear();
    this.unitNodes.clear();
    const index = (nodes: readonly SegmentNode[], parent: SegmentNode | undefined) => {
      for (const node of nodes) {
        if (parent) this.parents.set(node, parent);
        if (node.kind === 'unit') this.unitNodes.set(node.unitIndex, node);
        else index(node.children, node);
      }
    };
    index(this.roots, undefined);
    if (this.view) {
      this.view.description = this.documentUri ? vscode.workspace.asRelativePath(this.documentUri) : undefined;
    }
    this.changed.fire(undefined);
  }

  private updateFilterPresentation(): void {
    const filtered = this.shown.size < allUnitStatuses.length;
    void vscode.commands.executeCommand('setContext', 'sxs.segments.filtered', filtered);
    if (this.view) {
      this.view.message = filtered
        ? vscode.l10n.t('Showing only: {0}', allUnitStatuses.filter((status) => this.shown.has(status)).map(statusLabel).join(', ') || vscode.l10n.t('nothing'))
        : undefined;
    }
  }

  private async chooseFilter(): Promise<void> {
    const items = allUnitStatuses.map((status) => ({ label: statusLabel(status), iconPath: statusIcon(status), picked: this.shown.has(status), status }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Show Segments with Status') });
    if (picked) await this.setFilter(picked.map((item) => item.status));
  }

  private async revealSegment(uri: string | undefined, unitIndex: number): Promise<void> {
    if (!uri) return;
    const unit = this.units?.units[unitIndex];
    if (unit) await revealUnit(vscode.Uri.parse(uri), unit);
  }

  /** Selects the cursor's unit in the tree when the view is open, without taking focus. */
  private scheduleRevealOfCursorUnit(editor: vscode.TextEditor): void {
    clearTimeout(this.revealTimer);
    this.revealTimer = setTimeout(() => {
      if (!this.view?.visible || !this.units) return;
      const index = unitIndexNearPosition(this.units.units, editor.selection.active);
      const node = index === undefined ? undefined : this.unitNodes.get(index);
      if (node) void this.view.reveal(node, { select: true, focus: false, expand: true });
    }, 200);
  }
}

/** `12 · 2 findings · 1 empty`: the section's units and whatever in it needs attention. */
function describeCounts(node: HeadingNode): string {
  const parts = [String(node.total)];
  for (const status of allUnitStatuses) {
    if (status !== 'ok' && node.counts[status] > 0) parts.push(`${node.counts[status]} ${statusLabel(status)}`);
  }
  return parts.join(' · ');
}
