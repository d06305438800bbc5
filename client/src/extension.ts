/**
 * Extension entry. activate() only wires things up and starts the language client without
 * waiting for it, so activation stays within a few milliseconds; every feature fetches what
 * it needs from the server when first used.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentUnitsStore } from './documentUnitsStore';
import { englishArticleScheme, EnglishArticleProvider } from './englishArticleDocument';
import type { SxsExtensionApi } from './extensionApi';
import { registerGoToSegment } from './goToSegment';
import { announceServerRestart, createSxsLanguageClient } from './languageClient';
import { LocalizedContext } from './localizedContext';
import { registerMarkdownOutlineToggle } from './markdownOutlineToggle';
import { PaneLayouts } from './paneLayout';
import { ReadingMode } from './readingMode';
import { registerSegmentNavigation } from './segmentNavigationCommands';
import { SegmentsTreeProvider } from './segmentsView';
import { ServerRestartPolicy, type RestartDecision } from './serverRestartPolicy';
import { SideBySideCommands } from './sideBySideCommands';
import { SideBySidePairs } from './sideBySidePairs';
import { SideBySideSync } from './sideBySideSync';
import { SxsStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SxsExtensionApi {
  const startedAt = performance.now();
  const restartPolicy = new ServerRestartPolicy();
  const closeDecisions: RestartDecision[] = [];
  const languageClient = createSxsLanguageClient(context, restartPolicy, (decision) => {
    closeDecisions.push(decision);
    announceServerRestart(decision, restartPolicy);
  });
  client = languageClient;

  const store = new DocumentUnitsStore(languageClient);
  const english = new EnglishArticleProvider(languageClient);
  const pairs = new SideBySidePairs();
  const sync = new SideBySideSync(pairs, new PaneLayouts(store, english));
  const segments = new SegmentsTreeProvider(store, context.workspaceState);
  const statusBar = new SxsStatusBar(store);
  const readingMode = new ReadingMode(store, context.workspaceState);
  context.subscriptions.push(
    store,
    english,
    pairs,
    sync,
    segments,
    statusBar,
    readingMode,
    new LocalizedContext(languageClient),
    vscode.workspace.registerTextDocumentContentProvider(englishArticleScheme, english),
    ...new SideBySideCommands(languageClient, pairs, sync, context.workspaceState).register(),
    ...segments.register(),
    ...registerSegmentNavigation(store),
    registerGoToSegment(store),
    registerMarkdownOutlineToggle(),
    vscode.commands.registerCommand('sxs.restartServer', async () => {
      restartPolicy.reset();
      await languageClient.restart();
    }),
    // A pair ends when either of its documents is closed.
    vscode.window.tabGroups.onDidChangeTabs(() => pairs.dropClosed(openTabUris())),
  );

  // Not awaited: the server answers `initialize` later; requests sent meanwhile wait for it.
  languageClient.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('The SxS language server could not start: {0}', error instanceof Error ? error.message : String(error)));
  });

  const activationMilliseconds = performance.now() - startedAt;
  return {
    languageClientIsRunning: () => client?.isRunning() ?? false,
    testing: {
      activationMilliseconds,
      documentUnits: (document) => store.get(document),
      segments: () => segments.snapshot(),
      segmentTreeItem: (node) => segments.getTreeItem(node),
      setSegmentsFilter: (statuses) => segments.setFilter(statuses),
      statusBarText: () => statusBar.shownText,
      readingMode: (uri) => ({ on: readingMode.isOn(uri), ranges: readingMode.appliedRanges(uri) }),
      sideBySidePairs: () => pairs.all(),
      follows: () => sync.follows,
      serverCloseDecisions: () => closeDecisions,
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** URIs of every document open in a tab, in any group. */
function openTabUris(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputText) uris.add(tab.input.uri.toString());
      else if (tab.input instanceof vscode.TabInputTextDiff) uris.add(tab.input.modified.toString());
    }
  }
  return uris;
}
