/**
 * What a check reports: plain data with offsets into the document text, turned into LSP
 * diagnostics and code actions only at the edge.
 */
import type { OffsetRange } from '../core/model';

/** How loudly a finding is shown; each code has a default a user can change. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of the text in `range` (offsets into the document) by `newText`. */
export interface TextEditOffsets {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** One thing a check found, with where it is, what it compares with and, when certain, a fix. */
export interface Finding {
  /** Stable code (`link-target`); the diagnostic source is `sxs`. */
  readonly code: string;
  /** Says what differs: "link target changed: `…/en-us/foo` → `…/foo`". */
  readonly message: string;
  /** The exact token in the translation, or the unit's translation range when there is no token. */
  readonly range: OffsetRange;
  /** The matching token in the source half, or other places that explain the finding. */
  readonly related?: readonly { readonly range: OffsetRange; readonly message: string }[];
  /** The default severity of the code. */
  readonly severity: Severity;
  /** Index of the unit in `SxsDocument.units`. */
  readonly unit?: number;
  /** Only where the correction is certain; the edits touch only that unit's text. */
  readonly fix?: { readonly title: string; readonly edits: readonly TextEditOffsets[] };
}
