/**
 * Extension entry. activate() only wires things up; the language client (most of the code) is
 * a second bundle loaded and started right after activation without being waited for, so
 * activation takes a few milliseconds. Every feature asks the server when first used.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { findCounterparts } from './counterpartsLookup';
import { DocumentUnitsStore } from './documentUnitsStore';
import { englishArticleScheme, EnglishArticleProvider } from './englishArticleDocument';
import type { SxsExtensionApi } from './extensionApi';
import { registerGoToSegment } from './goToSegment';
import { LazySxsServer } from './lazySxsServer';
import { LocalizedContext } from './localizedContext';
import { registerMarkdownOutlineToggle } from './markdownOutlineToggle';
import { PaneLayouts } from './paneLayout';
import { ReadingMode } from './readingMode';
import { registerSegmentNavigation } from './segmentNavigationCommands';
import { SegmentsTreeProvider } from './segmentsView';
import { ServerRestartPolicy, type RestartDecision } from './serverRestartPolicy';
import { announceServerRestart } from './serverRestartNotice';
import { SideBySideCommands } from './sideBySideCommands';
import { SideBySidePairs } from './sideBySidePairs';
import { SideBySideSync } from './sideBySideSync';
import { SxsStatusBar } from './statusBar';

/** The second bundle, named by a computed path so that esbuild leaves it out of this one. */
const languageClientBundle = 'languageClientMain.js';

let server: LazySxsServer | undefined;

export function activate(context: vscode.ExtensionContext): SxsExtensionApi {
  const startedAt = performance.now();
  const restartPolicy = new ServerRestartPolicy();
  const closeDecisions: RestartDecision[] = [];
  const languageServer = new LazySxsServer(() => {
    const main = require(path.join(__dirname, languageClientBundle)) as typeof import('./languageClientMain');
    return main.startSxsLanguageClient(
      context,
      restartPolicy,
      (decision) => {
        closeDecisions.push(decision);
        announceServerRestart(decision, restartPolicy);
      },
      reportStartFailure,
    );
  });
  server = languageServer;

  const store = new DocumentUnitsStore(languageServer);
  const english = new EnglishArticleProvider(languageServer);
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
    new LocalizedContext(languageServer),
    vscode.workspace.registerTextDocumentContentProvider(englishArticleScheme, english),
    ...new SideBySideCommands(languageServer, pairs, sync, context.workspaceState).register(),
    ...segments.register(),
    ...registerSegmentNavigation(store),
    registerGoToSegment(store),
    registerMarkdownOutlineToggle(),
    vscode.commands.registerCommand('sxs.restartServer', async () => {
      restartPolicy.reset();
      await languageServer.restart();
    }),
    // A pair ends when either of its documents is closed.
    vscode.window.tabGroups.onDidChangeTabs(() => pairs.dropClosed(openTabUris())),
  );

  languageServer.startSoon().catch(reportStartFailure);

  const activationMilliseconds = performance.now() - startedAt;
  return {
    languageClientIsRunning: () => server?.isRunning() ?? false,
    testing: {
      activationMilliseconds,
      counterparts: (uri) => findCounterparts(languageServer, uri),
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
  await server?.stop();
}

function reportStartFailure(error: unknown): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('The SxS language server could not start: {0}', error instanceof Error ? error.message : String(error)));
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
