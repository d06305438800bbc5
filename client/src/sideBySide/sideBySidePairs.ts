/**
 * Which documents are shown side by side: each article the reviewer works on (the primary) and
 * the version opened beside it (the companion). The sync and the swap command look pairs up
 * from either side.
 */
import * as vscode from 'vscode';
import type { SideBySideChoiceKind } from './sideBySideChoices';

/** An article and the version shown beside it. */
export interface SideBySidePair {
  /** The article the command was run on: a localized article, or an English original. */
  readonly primary: vscode.Uri;
  /** The version beside it: rebuilt English (`sxs-english:`), English original or another locale. */
  readonly companion: vscode.Uri;
  readonly choiceKey: string;
  readonly companionKind: SideBySideChoiceKind;
  /** Whether the companion's tab was opened by the command (and so may be replaced by a swap). */
  readonly companionTabOpenedHere: boolean;
}

/** The pairs currently shown. */
export class SideBySidePairs implements vscode.Disposable {
  private readonly pairs = new Map<string, SideBySidePair>();
  private readonly changed = new vscode.EventEmitter<void>();

  /** Fires when a pair is made, replaced or dropped. */
  readonly onDidChange = this.changed.event;

  /** Records `pair`, replacing any earlier pair of its primary. */
  set(pair: SideBySidePair): void {
    this.pairs.set(pair.primary.toString(), pair);
    this.changed.fire();
  }

  /** The pair `uri` belongs to, as primary or as companion (the latest made, if several). */
  pairOf(uri: vscode.Uri): SideBySidePair | undefined {
    const key = uri.toString();
    const direct = this.pairs.get(key);
    if (direct) return direct;
    return [...this.pairs.values()].reverse().find((pair) => pair.companion.toString() === key);
  }

  /** The other document of the pair `uri` belongs to. */
  partnerOf(uri: vscode.Uri): vscode.Uri | undefined {
    const pair = this.pairOf(uri);
    if (!pair) return undefined;
    return pair.primary.toString() === uri.toString() ? pair.companion : pair.primary;
  }

  /** Every pair, oldest first. */
  all(): SideBySidePair[] {
    return [...this.pairs.values()];
  }

  /** Drops the pairs that have a document no longer open in any editor tab. */
  dropClosed(openUris: ReadonlySet<string>): void {
    let dropped = false;
    for (const [key, pair] of this.pairs) {
      if (!openUris.has(pair.primary.toString()) || !openUris.has(pair.companion.toString())) {
        this.pairs.delete(key);
        dropped = true;
      }
    }
    if (dropped) this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
