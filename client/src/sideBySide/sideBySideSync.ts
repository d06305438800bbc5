/**
 * Keeps the two panes of a side-by-side view in step: moving the cursor or scrolling in one
 * reveals and highlights the matching unit in the other. Events our own reveals cause are
 * ignored (no ping-pong), however late a busy machine delivers them, and bursts of events are
 * debounced (no jitter).
 */
import * as vscode from 'vscode';
import { firstUnitIndexFromLine, unitIndexNearPosition } from '../shared/unitAtPosition';
import type { PaneLayouts, PaneUnit } from './paneLayout';
import { ReentryGuard } from './reentryGuard';
import type { SideBySidePairs } from './sideBySidePairs';
import { correspondingUnitIndex } from './unitCorrespondence';

/** What the last follow did, for the status of the view and for tests. */
export interface FollowRecord {
  readonly from: vscode.Uri;
  readonly to: vscode.Uri;
  readonly cause: 'cursor' | 'scroll' | 'open';
  readonly fromId: string;
  readonly toId: string;
  /** The highlighted range in the `to` pane. */
  readonly highlight: vscode.Range;
}

/** Whether the panes follow each other (`sxs.sideBySide.sync`, on by default). */
export function sideBySideSyncEnabled(): boolean {
  return vscode.workspace.getConfiguration('sxs.sideBySide').get<boolean>('sync', true);
}

/** Follows cursor and scroll between the editors of each side-by-side pair. */
export class SideBySideSync implements vscode.Disposable {
  private readonly guard = new ReentryGuard(400);
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('editor.rangeHighlightBorder'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly lastCursorMove = new Map<string, number>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Where our last reveal of each pane moved it, to know its echo when it comes. */
  private readonly revealed = new Map<string, vscode.Range>();
  private followsRunning = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly recentFollows: FollowRecord[] = [];

  /** @param debounceMilliseconds how long a burst of cursor or scroll events settles before the other pane moves */
  constructor(
    private readonly pairs: SideBySidePairs,
    private readonly layouts: PaneLayouts,
    private readonly debounceMilliseconds = 60,
  ) {
    this.subscriptions.push(
      this.highlight,
      vscode.window.onDidChangeTextEditorSelection((event) => {
        this.lastCursorMove.set(editorKey(event.textEditor), Date.now());
        this.schedule(event.textEditor, 'cursor');
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        // Scrolling that a cursor move caused is already followed by the cursor.
        if (Date.now() - (this.lastCursorMove.get(editorKey(event.textEditor)) ?? 0) < 300) return;
        this.schedule(event.textEditor, 'scroll');
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sxs.sideBySide.sync') && !sideBySideSyncEnabled()) this.clearHighlights();
      }),
    );
  }

  /** The last follows made, oldest first (at most 20). */
  get follows(): readonly FollowRecord[] {
    return this.recentFollows;
  }

  /**
   * Whether nothing is left to follow: no event waiting out its debounce, no follow running, no
   * echo of our own moves expected. For tests, to tell "nothing moved" from "not yet".
   */
  get settled(): boolean {
    return this.pending.size === 0 && this.followsRunning === 0 && this.guard.isIdle(Date.now());
  }

  /**
   * Runs `open` (showing a pane and bringing it to its unit) with the events of the editors of
   * `uris` taken as ours: a pane being opened scrolls to its top and lays itself out, the pane
   * beside is narrowed, and none of that is a reviewer moving to follow.
   */
  async whileOpening<T>(uris: readonly vscode.Uri[], open: () => Promise<T>): Promise<T> {
    const keys = uris.map((uri) => uri.toString());
    for (const key of keys) this.guard.hold(key);
    try {
      return await open();
    } finally {
      const now = Date.now();
      for (const key of keys) this.guard.release(key, now);
    }
  }

  /** Brings the companion of a new pair to the unit the primary's cursor is on. */
  async alignNow(from: vscode.TextEditor, to: vscode.TextEditor): Promise<void> {
    if (sideBySideSyncEnabled()) await this.follow(from, to, 'open');
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private schedule(editor: vscode.TextEditor, cause: 'cursor' | 'scroll'): void {
    if (!sideBySideSyncEnabled()) return;
    const key = editorKey(editor);
    // Our reveals scroll the other pane but never move its cursor: only scrolls can be echoes;
    // a pane being opened has no reviewer's move at all.
    if (cause === 'scroll' ? this.isOwnEcho(editor) : this.guard.isHeld(key)) return;
    const partnerUri = this.pairs.partnerOf(editor.document.uri);
    if (!partnerUri) return;
    const pendingKey = `${key}#${cause}`;
    clearTimeout(this.pending.get(pendingKey));
    this.pending.set(
      pendingKey,
      setTimeout(() => {
        this.pending.delete(pendingKey);
        // Our own move of this pane may have started while the event waited.
        if (cause === 'scroll' ? this.isOwnEcho(editor) : this.guard.isHeld(key)) return;
        const partner = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === partnerUri.toString() && candidate !== editor);
        if (partner) void this.follow(editor, partner, cause);
      }, this.debounceMilliseconds),
    );
  }

  /** Whether a scroll of `editor` is the echo of our own reveal of it. */
  private isOwnEcho(editor: vscode.TextEditor): boolean {
    const target = this.revealed.get(editorKey(editor));
    return this.guard.isEcho(editorKey(editor), Date.now(), target !== undefined && shows(editor.visibleRanges, target));
  }

  private async follow(from: vscode.TextEditor, to: vscode.TextEditor, cause: FollowRecord['cause']): Promise<void> {
    this.followsRunning++;
    try {
      await this.followNow(from, to, cause);
    } finally {
      this.followsRunning--;
    }
  }

  private async followNow(from: vscode.TextEditor, to: vscode.TextEditor, cause: FollowRecord['cause']): Promise<void> {
    const [fromLayout, toLayout] = await Promise.all([this.layouts.layoutOf(from.document, to.document), this.layouts.layoutOf(to.document, from.document)]);
    if (!fromLayout || !toLayout || fromLayout.length === 0 || toLayout.length === 0) return;
    const fromIndex = cause === 'scroll' ? topUnitIndex(from, fromLayout) : unitIndexNearPosition(fromLayout, from.selection.active);
    if (fromIndex === undefined) return;
    const toIndex = correspondingUnitIndex(fromLayout[fromIndex].alignable, toLayout.map((unit) => unit.alignable), fromIndex);
    if (toIndex === undefined) return;
    const target = toLayout[toIndex];
    const atTop = cause === 'scroll';
    // A reveal scrolls the pane unless it already shows the unit where the reveal puts it.
    const scrolls = atTop ? to.visibleRanges[0]?.start.line !== target.range.start.line : !to.visibleRanges.some((visible) => visible.contains(target.range));
    this.revealed.set(editorKey(to), target.range);
    this.guard.markOwnMove(editorKey(to), Date.now(), scrolls, cause === 'open');
    to.revealRange(target.range, atTop ? vscode.TextEditorRevealType.AtTop : vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    to.setDecorations(this.highlight, [target.highlight]);
    this.recentFollows.push({ from: from.document.uri, to: to.document.uri, cause, fromId: fromLayout[fromIndex].id, toId: target.id, highlight: target.highlight });
    if (this.recentFollows.length > 20) this.recentFollows.shift();
  }

  private clearHighlights(): void {
    for (const editor of vscode.window.visibleTextEditors) editor.setDecorations(this.highlight, []);
  }
}

/** Whether visible ranges show any of `range`. */
function shows(visibleRanges: readonly vscode.Range[], range: vscode.Range): boolean {
  return visibleRanges.some((visible) => visible.intersection(range) !== undefined);
}

/** The unit at the top of an editor's viewport. */
function topUnitIndex(editor: vscode.TextEditor, layout: readonly PaneUnit[]): number | undefined {
  const top = editor.visibleRanges[0]?.start.line ?? 0;
  return firstUnitIndexFromLine(layout, top);
}

/** Identifies an editor by its document: the API hands out new editor objects for the same pane. */
function editorKey(editor: vscode.TextEditor): string {
  return editor.document.uri.toString();
}
