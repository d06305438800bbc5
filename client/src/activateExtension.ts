/**
 * What both entries (desktop, browser) activate: every feature wired to one language server.
 * It only wires things up; the language client is created and started right after activation
 * without being waited for, so activation takes a few milliseconds. Every feature asks the
 * server when first used.
 */
import * as vscode from 'vscode';
import { findCounterparts } from './shared/counterpartsLookup';
import { DocumentUnitsStore } from './shared/documentUnitsStore';
import { englishArticleScheme, EnglishArticleProvider } from './sideBySide/englishArticleDocument';
import type { SxsExtensionApi } from './extensionApi';
import { registerGoToSegment } from './segments/goToSegment';
import { registerExportMemory } from './interchange/exportMemoryCommand';
import { registerExportXliff } from './interchange/exportXliffCommand';
import { registerImportXliff } from './interchange/importXliffCommand';
import { LazySxsServer } from './languageClient/lazySxsServer';
import type { LanguageClientStarter } from './languageClient/sxsServerOverClient';
import { LocalizedContext } from './shared/localizedContext';
import { registerMarkdownOutlineToggle } from './outline/markdownOutlineToggle';
import { registerChangedOriginalMarks } from './sideBySide/changedOriginalMarks';
import { PaneLayouts } from './sideBySide/paneLayout';
import { MarkdownPreview } from './preview/markdownPreview';
import { ReadingMode } from './readingMode/readingMode';
import { registerSegmentNavigation } from './segments/segmentNavigationCommands';
import { SegmentsTreeProvider } from './segments/segmentsView';
import { SegmentEditorProvider } from './segmentEditor/segmentEditorProvider';
import { serverTranslationMemory } from './segmentEditor/translationMemory';
import { ServerRestartPolicy, type RestartDecision } from './languageClient/serverRestartPolicy';
import { announceServerRestart } from './languageClient/serverRestartNotice';
import { SideBySideCommands } from './sideBySide/sideBySideCommands';
import { SideBySidePairs } from './sideBySide/sideBySidePairs';
import { SideBySideSync } from './sideBySide/sideBySideSync';
import { SxsStatusBar } from './segments/statusBar';

let server: LazySxsServer | undefined;

/** Activates every feature; `loadLanguageClient` gives the entry's own starter (Node process or web worker), just after activation. */
export function activateSxs(context: vscode.ExtensionContext, loadLanguageClient: () => LanguageClientStarter): SxsExtensionApi {
  const startedAt = performance.now();
  const restartPolicy = new ServerRestartPolicy();
  const closeDecisions: RestartDecision[] = [];
  const diagnosticsPulled = new vscode.EventEmitter<string>();
  const languageServer = new LazySxsServer(() =>
    loadLanguageClient()(
      context,
      restartPolicy,
      (decision) => {
        closeDecisions.push(decision);
        announceServerRestart(decision, restartPolicy);
      },
      reportStartFailure,
      (uri) => diagnosticsPulled.fire(uri),
    ),
  );
  server = languageServer;

  const store = new DocumentUnitsStore(languageServer);
  const english = new EnglishArticleProvider(languageServer);
  const pairs = new SideBySidePairs();
  const sync = new SideBySideSync(pairs, new PaneLayouts(store, english));
  const segments = new SegmentsTreeProvider(store, context.workspaceState);
  const statusBar = new SxsStatusBar(store);
  const readingMode = new ReadingMode(store, context.workspaceState);
  const sideBySideCommands = new SideBySideCommands(languageServer, pairs, sync, context.workspaceState);
  const preview = new MarkdownPreview(store, diagnosticsPulled.event);
  context.subscriptions.push(
    diagnosticsPulled,
    store,
    english,
    pairs,
    sync,
    segments,
    statusBar,
    readingMode,
    preview,
    new LocalizedContext(languageServer),
    vscode.workspace.registerTextDocumentContentProvider(englishArticleScheme, english),
    ...sideBySideCommands.register(),
    ...segments.register(),
    ...registerSegmentNavigation(store),
    registerGoToSegment(store),
    registerMarkdownOutlineToggle(),
    registerChangedOriginalMarks(),
    registerExportXliff(languageServer),
    registerImportXliff(languageServer),
    registerExportMemory(languageServer),
    ...new SegmentEditorProvider(context, serverTranslationMemory(languageServer)).register(),
    vscode.commands.registerCommand('sxs.restartServer', async () => {
      restartPolicy.reset();
      await languageServer.restart();
    }),
    // A pair ends when either of its documents is closed.
    vscode.window.tabGroups.onDidChangeTabs(() => pairs.dropClosed(openTabUris())),
  );

  languageServer.startSoon().catch(reportStartFailure);

  const activationMilliseconds = performance.now() - startedAt;
  const languageClientRunningAtActivation = server.isRunning();
  return {
    languageClientIsRunning: () => server?.isRunning() ?? false,
    extendMarkdownIt: (md) => preview.extend(md),
    testing: {
      activationMilliseconds,
      languageClientRunningAtActivation,
      counterparts: (uri) => findCounterparts(languageServer, uri),
      documentUnits: (document) => store.get(document),
      segments: () => segments.snapshot(),
      segmentTreeItem: (node) => segments.getTreeItem(node),
      setSegmentsFilter: (statuses) => segments.setFilter(statuses),
      statusBarText: () => statusBar.shownText,
      readingMode: (uri) => ({ on: readingMode.isOn(uri), ranges: readingMode.appliedRanges(uri) }),
      sideBySidePairs: () => pairs.all(),
      follows: () => sync.follows,
      sideBySideSettled: () => sync.settled,
      sideBySidePickHighlight: () => sideBySideCommands.pickHighlight,
      serverCloseDecisions: () => closeDecisions,
      previewShowsEnglish: () => preview.showsEnglish(),
    },
  };
}

export async function deactivateSxs(): Promise<void> {
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
