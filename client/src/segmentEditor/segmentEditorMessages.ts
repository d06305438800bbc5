/**
 * The messages between the segment editor's provider (extension host) and its webview. Plain
 * data only: both sides import these types, nothing else crosses.
 */
import type { Piece } from './segmentCells';
import type { SegmentGroup, SegmentRow, SegmentStatus } from './segmentRows';

/** A translation-memory match offered for the selected row. */
export interface MemoryMatch {
  /** 0–100. */
  readonly percent: number;
  /** The English of the match, as text. */
  readonly source: string;
  /** The translation, as a cell ready to take. */
  readonly translation: readonly Piece[];
  /** Where it comes from (a file name, a memory), as text. */
  readonly origin: string;
}

/** Every UI string of the webview, already translated by the extension. */
export type GridStrings = Record<
  | 'gridLabel'
  | 'columnNumber'
  | 'columnSource'
  | 'columnTranslation'
  | 'columnStatus'
  | 'filterPlaceholder'
  | 'filterLabel'
  | 'statusFilterLabel'
  | 'frontMatter'
  | 'beforeHeadings'
  | 'openTextEditor'
  | 'translationOf'
  | 'sourceOf'
  | 'memoryTitle'
  | 'memoryNone'
  | 'memoryLooking'
  | 'memoryUnavailable'
  | 'memoryTake'
  | 'findingsTitle'
  | 'chipInsert'
  | 'chipRefusedUnbalanced'
  | 'noRows'
  | 'shortcuts'
  | 'shown'
  | `status.${SegmentStatus}`,
  string
>;

export type ToWebview =
  | {
      readonly type: 'table';
      readonly strings: GridStrings;
      readonly locale: string | undefined;
      readonly direction: 'ltr' | 'rtl';
      readonly groups: readonly SegmentGroup[];
      readonly rows: readonly SegmentRow[];
      /** Unit index to select, when the editor opens at a unit. */
      readonly select?: number;
    }
  /** Rows that changed, by position in the row list (the list kept its length and order). */
  | { readonly type: 'rows'; readonly changed: readonly { readonly position: number; readonly row: SegmentRow }[] }
  | { readonly type: 'refused'; readonly unit: number; readonly message: string; readonly row: SegmentRow | undefined }
  | { readonly type: 'matches'; readonly unit: number; readonly matches: readonly MemoryMatch[] | undefined }
  | { readonly type: 'select'; readonly unit: number }
  /** An edit the webview sent has been handled (written or refused). */
  | { readonly type: 'handled' };

export type FromWebview =
  | { readonly type: 'ready' }
  /** The translation of `unit` (shown as `base`) becomes `cell`; `confirm` also marks it reviewed. */
  | { readonly type: 'edit'; readonly unit: number; readonly id: string; readonly base: string; readonly cell: readonly Piece[]; readonly confirm: boolean }
  | { readonly type: 'select'; readonly unit: number }
  | { readonly type: 'openText'; readonly unit: number | undefined }
  | { readonly type: 'save' }
  /** VS Code's undo or redo of the document, run after the edits sent before it. */
  | { readonly type: 'undo' | 'redo' };
