/**
 * What the extension's activate() returns. Other extensions and the integration tests, which run
 * in the same extension host, read the extension's state through it rather than through internals.
 */
import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import type { Counterparts, DocumentUnits, UnitStatus } from '../../server/src/protocol';
import type { ReadingModeRanges } from './readingMode/readingModeRanges';
import type { SegmentNode } from './segments/segmentTree';
import type { SideBySidePair } from './sideBySide/sideBySidePairs';
import type { FollowRecord } from './sideBySide/sideBySideSync';
import type { RestartDecision } from './languageClient/serverRestartPolicy';

export interface SxsExtensionApi {
  /** True once the language client has started and its server has answered `initialize`. */
  languageClientIsRunning(): boolean;
  /** Called by VS Code's Markdown extension (`markdown.markdownItPlugins`): adds the unit rendering to the preview. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /**
   * For the integration tests only, not a stable interface: the state behind what the UI shows,
   * where the VS Code API cannot read it back (tree items, status bar text, decorations).
   */
  readonly testing: SxsTestingApi;
}

/** Read-outs of the extension's UI state, for the integration tests. */
export interface SxsTestingApi {
  /** How long activate() itself took, in milliseconds. */
  readonly activationMilliseconds: number;
  /** Whether the language client already ran when activate() returned (it must not be waited for). */
  readonly languageClientRunningAtActivation: boolean;
  /** The other versions of a document, as the side-by-side command finds them. */
  counterparts(uri: vscode.Uri): Promise<Counterparts | undefined>;
  /** The units of an open document, as the views use them. */
  documentUnits(document: vscode.TextDocument): Promise<DocumentUnits | undefined>;
  /** The Segments view: the document it shows, its top-level nodes and its filter. */
  segments(): { readonly uri: vscode.Uri | undefined; readonly roots: readonly SegmentNode[]; readonly shown: readonly UnitStatus[] };
  /** The tree item the Segments view renders for a node. */
  segmentTreeItem(node: SegmentNode): vscode.TreeItem;
  /** Sets the Segments view's status filter, as the filter command does. */
  setSegmentsFilter(statuses: readonly UnitStatus[]): Promise<void>;
  /** The text of the status bar entry, undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** Whether a document is in reading mode, and the ranges hidden and dimmed in its editors. */
  readingMode(uri: vscode.Uri): { readonly on: boolean; readonly ranges: ReadingModeRanges | undefined };
  /** The side-by-side pairs shown. */
  sideBySidePairs(): readonly SideBySidePair[];
  /** What the last cursor or scroll follows between side-by-side panes did, oldest first. */
  follows(): readonly FollowRecord[];
  /** Whether the panes are still: no event waiting to be followed, no follow running, no echo of one expected. */
  sideBySideSettled(): boolean;
  /** The label of the row the pick of "Open Side by Side…" highlights while it is open; undefined when none is open. */
  sideBySidePickHighlight(): string | undefined;
  /** Every decision taken after the server process closed, in order. */
  serverCloseDecisions(): readonly RestartDecision[];
  /** Whether Markdown previews show the English under each sentence. */
  previewShowsEnglish(): boolean;
}
