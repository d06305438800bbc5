/**
 * The cell a translator is typing in and has not yet sent as an edit (the grid writes after a
 * pause). The webview reports it on every input; the extension writes it as the one edit when
 * the grid closes or hides, or when the document is saved by any means, so no typing is lost.
 *
 * Pure: no `vscode`. Messages arrive in order, so an edit of the drafted unit supersedes it.
 */
import type { SxsDocument } from '../../../server/src/core/model';
import { translationEdit, type TranslationEdit, type TranslationEditRequest } from './segmentEdits';

export type Draft = TranslationEditRequest;

export class PendingDraft {
  private draft: Draft | undefined;

  /** The webview's latest typing (`undefined`: the typing was thrown away). */
  typed(draft: Draft | undefined): void {
    this.draft = draft;
  }

  /** An edit of `unit` was sent: it carries everything typed in it so far. */
  sent(unit: number): void {
    if (this.draft?.unit === unit) this.draft = undefined;
  }

  get pending(): Draft | undefined {
    return this.draft;
  }

  /** Takes the draft away and computes its edit against `model` (undefined when there is none). */
  take(model: SxsDocument): { readonly draft: Draft; readonly edit: TranslationEdit } | undefined {
    const draft = this.draft;
    if (!draft) return undefined;
    this.draft = undefined;
    return { draft, edit: translationEdit(model, draft) };
  }
}
