/**
 * The messages between the segment editor's provider (extension host) and its webview. Plain
 * data only: both sides import these types, nothing else crosses.
 */
import type { Piece } from './segmentCells';
import type { RowSummaries } from './rowSummaries';
import type { SegmentGroup, SegmentRow, SegmentStatus } from './segmentRows';

/** The most rows one `rows` answer holds: a `fetchRows` asks for no more positions than that. */
export const MAX_ROWS_PER_MESSAGE = 500;

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
      /** Every row in brief; the full rows come in `window` and then as the webview asks (`fetchRows`). */
      readonly summaries: RowSummaries;
      readonly window: readonly { readonly position: number; readonly row: SegmentRow }[];
      /** Unit index to select, when the editor opens at a unit. */
      readonly select?: number;
      /** Where the extension spent the time of an open, in milliseconds (for the UI test). */
      readonly timing?: Readonly<Record<string, number>>;
    }
  /** The positions of the rows containing `text` (the answer to `filter`). */
  | { readonly type: 'filtered'; readonly text: string; readonly positions: readonly number[] }
  /** Rows that changed, or that the webview asked for, by position in the row list (the list kept its length and order). */
  | { readonly type: 'rows'; readonly changed: readonly { readonly position: number; readonly row: SegmentRow }[] }
  | { readonly type: 'refused'; readonly unit: number; readonly message: string; readonly row: SegmentRow | undefined }
  | { readonly type: 'matches'; readonly unit: number; readonly matches: readonly MemoryMatch[] | undefined }
  | { readonly type: 'select'; readonly unit: number }
  /** An edit the webview sent has been handled (written or refused). */
  | { readonly type: 'handled' }
  /** The extension wrote the typing not yet sent (grid hidden, document saved): `unit`'s translation is now `base`. */
  | { readonly type: 'draftWritten'; readonly unit: number; readonly base: string };

export type FromWebview =
  | { readonly type: 'ready' }
  /** The translation of `unit` (shown as `base`) becomes `cell`; `confirm` also marks it reviewed. */
  | { readonly type: 'edit'; readonly unit: number; readonly id: string; readonly base: string; readonly cell: readonly Piece[]; readonly confirm: boolean }
  /** The cell being typed in, not yet sent as an edit (`draft` undefined: the typing was thrown away). */
  | { readonly type: 'draft'; readonly draft: { readonly unit: number; readonly id: string; readonly base: string; readonly cell: readonly Piece[] } | undefined }
  | { readonly type: 'select'; readonly unit: number }
  | { readonly type: 'openText'; readonly unit: number | undefined }
  | { readonly type: 'save' }
  /** The full rows at positions `from` to `to` (inclusive), to draw them. */
  | { readonly type: 'fetchRows'; readonly from: number; readonly to: number }
  /** Which rows contain `text`. */
  | { readonly type: 'filter'; readonly text: string }
  /** VS Code's undo or redo of the document, run after the edits sent before it. */
  | { readonly type: 'undo' | 'redo' };
