/**
 * Which units of a machine-translated article a person has reviewed in the segment editor
 * (typed in or confirmed with Ctrl+Enter), kept per workspace. A unit counts as reviewed only
 * while its translation is the one reviewed: a later change from elsewhere makes it the
 * machine's again.
 */
import type * as vscode from 'vscode';

const stateKey = 'sxs.segmentEditor.reviewed';

/** Per document URI, per unit id, a hash of the reviewed translation. */
type ReviewedState = Record<string, Record<string, string>>;

export class ReviewedUnits {
  constructor(private readonly memento: vscode.Memento) {}

  has(uri: vscode.Uri, id: string, translation: string): boolean {
    return this.state()[uri.toString()]?.[id] === hashOf(translation);
  }

  async mark(uri: vscode.Uri, id: string, translation: string): Promise<void> {
    const state = this.state();
    const key = uri.toString();
    if (state[key]?.[id] === hashOf(translation)) return;
    await this.memento.update(stateKey, { ...state, [key]: { ...state[key], [id]: hashOf(translation) } });
  }

  private state(): ReviewedState {
    return this.memento.get<ReviewedState>(stateKey) ?? {};
  }
}

/** FNV-1a of the UTF-16 code units, as 8 hex digits: enough to tell a changed translation. */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
