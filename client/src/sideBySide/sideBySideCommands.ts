/**
 * "SxS: Open Side by Side…" and "SxS: Show Next Version Side by Side": pick a version of the
 * article (its English rebuilt from the article, the English original, another locale; or, from
 * an English original, a translation) and show it in the group beside, without taking focus.
 */
import * as vscode from 'vscode';
import { findCounterparts } from '../shared/counterpartsLookup';
import { articleUriOfEnglish, englishArticleUri } from './englishArticleDocument';
import { isLocalizedDocument } from '../shared/localizedContext';
import {
  choiceToOpenWithoutAsking,
  nextChoiceAfter,
  sideBySideChoices,
  withLastChoiceFirst,
  type SideBySideChoice,
  type SideBySideDefault,
} from './sideBySideChoices';
import type { SideBySidePairs } from './sideBySidePairs';
import type { SideBySideSync } from './sideBySideSync';
import type { SxsServer } from '../languageClient/sxsServer';

/** workspaceState key of the last version chosen. */
const lastChoiceKey = 'sxs.sideBySide.lastChoice';

/** The side-by-side commands. */
export class SideBySideCommands {
  private highlightedRow: string | undefined;

  constructor(
    private readonly server: SxsServer,
    private readonly pairs: SideBySidePairs,
    private readonly sync: SideBySideSync,
    private readonly workspaceState: vscode.Memento,
  ) {}

  /** The label of the row the version pick highlights while it is open; undefined when it is closed. */
  get pickHighlight(): string | undefined {
    return this.highlightedRow;
  }

  /** Registers the commands. */
  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand('sxs.openSideBySide', () => this.openSideBySide()),
      vscode.commands.registerCommand('sxs.swapSideBySide', () => this.showNextVersion()),
    ];
  }

  /** Asks which version to show beside the active article (unless the setting says) and shows it. */
  async openSideBySide(): Promise<vscode.TextEditor | undefined> {
    const primary = await this.primaryDocument();
    if (!primary) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a localized article or an English original first.'));
      return undefined;
    }
    const choices = await this.choicesFor(primary);
    if (choices.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other version of this article was found in the workspace.'));
      return undefined;
    }
    const lastKey = this.workspaceState.get<string>(lastChoiceKey);
    const setting = vscode.workspace.getConfiguration('sxs.sideBySide').get<SideBySideDefault>('default', 'ask');
    const choice = choiceToOpenWithoutAsking(choices, setting, lastKey) ?? (await this.pick(withLastChoiceFirst(choices, lastKey), lastKey, primary));
    return choice ? this.show(primary, choice) : undefined;
  }

  /** Replaces the version beside the active article by the next one in the list, round the end. */
  async showNextVersion(): Promise<vscode.TextEditor | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const pair = (active && this.pairs.pairOf(active)) ?? this.visiblePair();
    if (!pair) return this.openSideBySide();
    const primary = await vscode.workspace.openTextDocument(pair.primary);
    const choices = await this.choicesFor(primary);
    const next = nextChoiceAfter(choices, pair.choiceKey);
    if (!next || next.key === pair.choiceKey) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other version of this article was found in the workspace.'));
      return undefined;
    }
    return this.show(primary, next);
  }

  /** The article to pair: the active editor's, or the article of an English or companion pane. */
  private async primaryDocument(): Promise<vscode.TextDocument | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    if (!active || active.languageId !== 'markdown') return undefined;
    const article = articleUriOfEnglish(active.uri);
    if (article) return vscode.workspace.openTextDocument(article);
    const pair = this.pairs.pairOf(active.uri);
    if (pair && pair.companion.toString() === active.uri.toString()) return vscode.workspace.openTextDocument(pair.primary);
    return active;
  }

  private async choicesFor(primary: vscode.TextDocument): Promise<SideBySideChoice[]> {
    return sideBySideChoices(primary.uri.toString(), isLocalizedDocument(primary), await findCounterparts(this.server, primary.uri));
  }

  private async pick(choices: readonly SideBySideChoice[], lastKey: string | undefined, primary: vscode.TextDocument): Promise<SideBySideChoice | undefined> {
    const items = choices.map((choice) => ({ ...describeChoice(choice, choice.key === lastKey), choice }));
    try {
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('Open Side by Side with {0}', primary.uri.path.slice(primary.uri.path.lastIndexOf('/') + 1)),
        placeHolder: vscode.l10n.t('Version to show beside the article'),
        matchOnDescription: true,
        onDidSelectItem: (item) => (this.highlightedRow = typeof item === 'string' ? item : item.label),
      });
      return picked?.choice;
    } finally {
      this.highlightedRow = undefined;
    }
  }

  /** Shows `choice` in the group beside `primary` and pairs them. */
  private async show(primary: vscode.TextDocument, choice: SideBySideChoice): Promise<vscode.TextEditor> {
    const companionUri = choice.kind === 'englishFromArticle' ? englishArticleUri(primary.uri) : vscode.Uri.parse(choice.uri ?? '');
    // Opening scrolls the new pane to its top and narrows the article: not a reviewer's moves to follow.
    return this.sync.whileOpening([primary.uri, companionUri], () => this.showAndAlign(primary, choice, companionUri));
  }

  private async showAndAlign(primary: vscode.TextDocument, choice: SideBySideChoice, companionUri: vscode.Uri): Promise<vscode.TextEditor> {
    const previous = this.pairs.pairOf(primary.uri);
    const primaryEditor = await vscode.window.showTextDocument(primary, { viewColumn: this.columnOf(primary.uri) ?? vscode.ViewColumn.Active, preserveFocus: false });
    const previousColumn = previous && previous.primary.toString() === primary.uri.toString() ? this.columnOf(previous.companion, primaryEditor.viewColumn) : undefined;
    const targetColumn = previousColumn ?? vscode.ViewColumn.Beside;
    const alreadyOpenThere = previousColumn !== undefined && tabIn(previousColumn, companionUri) !== undefined;
    const document = await vscode.workspace.openTextDocument(companionUri);
    const companionEditor = await vscode.window.showTextDocument(document, { viewColumn: targetColumn, preserveFocus: true, preview: false });
    if (previous && previous.companionTabOpenedHere && previous.companion.toString() !== companionUri.toString() && companionEditor.viewColumn !== undefined) {
      const stale = tabIn(companionEditor.viewColumn, previous.companion);
      if (stale && !stale.isDirty) await vscode.window.tabGroups.close(stale, true);
    }
    this.pairs.set({ primary: primary.uri, companion: companionUri, choiceKey: choice.key, companionKind: choice.kind, companionTabOpenedHere: !alreadyOpenThere });
    await this.workspaceState.update(lastChoiceKey, choice.key);
    await this.sync.alignNow(primaryEditor, companionEditor);
    return companionEditor;
  }

  /** The column of a visible editor of `uri`, other than `except`. */
  private columnOf(uri: vscode.Uri, except?: vscode.ViewColumn): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString() && editor.viewColumn !== except)?.viewColumn;
  }

  private visiblePair() {
    const visible = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()));
    return this.pairs.all().reverse().find((pair) => visible.has(pair.primary.toString()) && visible.has(pair.companion.toString()));
  }
}

/** The tab of `uri` in the group of `column`, if any. */
function tabIn(column: vscode.ViewColumn, uri: vscode.Uri): vscode.Tab | undefined {
  const group = vscode.window.tabGroups.all.find((candidate) => candidate.viewColumn === column);
  return group?.tabs.find((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
}

/** The quick pick row of a choice. */
function describeChoice(choice: SideBySideChoice, lastUsed: boolean): vscode.QuickPickItem {
  const where = choice.uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(choice.uri)) : vscode.l10n.t('rebuilt from the English halves of this article');
  const description = lastUsed ? vscode.l10n.t('last used · {0}', where) : where;
  switch (choice.kind) {
    case 'englishFromArticle':
      return { label: vscode.l10n.t('English (from this article)'), description, iconPath: new vscode.ThemeIcon('book') };
    case 'englishOriginal':
      return { label: vscode.l10n.t('English original'), description, iconPath: new vscode.ThemeIcon('file') };
    case 'locale':
      return { label: localeLabel(choice.locale), description, iconPath: new vscode.ThemeIcon('globe') };
  }
}

/** `Norwegian Bokmål (Norway) — nb-no`, in the language of the UI when the runtime knows it. */
export function localeLabel(locale: string): string {
  try {
    const name = new Intl.DisplayNames([vscode.env.language, 'en'], { type: 'language' }).of(locale);
    return name && name.toLowerCase() !== locale.toLowerCase() ? `${name} — ${locale}` : locale;
  } catch {
    return locale;
  }
}
