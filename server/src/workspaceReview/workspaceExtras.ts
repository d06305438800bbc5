/**
 * What the workspace adds to an open article's own features (diagnostics, hover, code actions,
 * the units list), read synchronously from what is ready: the article's own answers never wait
 * for the workspace, and `diagnosticsChanged` says when more is known so the client asks again.
 */
import type { CodeAction, CodeActionContext, Range } from 'vscode-languageserver-types';
import type { Unit } from '../core/model';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { AddedFindings } from '../features/diagnostics';
import type { SxsSettings } from '../settings';
import type { UnitSourceStatus, WorkspaceFinding } from '../workspace/findings/articleWorkspaceFindings';

export interface WorkspaceExtras {
  /** Changes whenever any answer below may have changed (part of the diagnostics' result id). */
  readonly generation: number;
  /**
   * The workspace findings of the snapshot known now, for `diagnosticsOf` (none while the
   * workspace is read, nor above `sxs.maxFileSize`).
   */
  diagnosticFindings(snapshot: DocumentSnapshot, settings: SxsSettings): AddedFindings<WorkspaceFinding> | undefined;
  /** Markdown sections for the hover of `unit` (the changed English, memory matches). */
  hoverSections(snapshot: DocumentSnapshot, unit: Unit, settings: SxsSettings): string[];
  /** Code actions on the units the range touches (memory offers, workspace fixes). */
  codeActions(snapshot: DocumentSnapshot, range: Range, context: CodeActionContext, settings: SxsSettings, documentChanges: boolean): CodeAction[];
  /** Per unit index, the English against the original; undefined when unknown yet. */
  unitStatus(snapshot: DocumentSnapshot): readonly UnitSourceStatus[] | undefined;
  /** Workspace findings per unit index (counted with the unit's own findings). */
  findingsPerUnit(snapshot: DocumentSnapshot, settings: SxsSettings): readonly number[] | undefined;
}

/** The slot the server holds; the workspace feature fills it (servers without a workspace leave it empty). */
export interface WorkspaceExtrasSlot {
  current: WorkspaceExtras | undefined;
  /** Set by the diagnostics feature, called by the workspace when more is known: the client pulls again (or gets a push). */
  diagnosticsChanged?: () => void;
}
