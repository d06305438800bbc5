/**
 * Workspace findings as LSP diagnostics: like the article's own (source `sxs`, code, severity
 * from the settings), with the places in other files (the current sentence in the original) as
 * related information and the unit index in `data` for the units list.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { DocumentSnapshot } from '../documentSnapshot';
import { DIAGNOSTIC_SOURCE, toDiagnostic, type AddedFindings } from '../features/diagnostics';
import type { SxsSettings } from '../settings';
import type { ArticleWorkspaceFindings, WorkspaceFinding } from '../workspace/findings/articleWorkspaceFindings';

/** Code of the note saying the original cannot be compared. */
export const ORIGINAL_UNUSABLE_CODE = 'original-unusable';

/** The workspace findings for `diagnosticsOf`, which joins them to the article's own under one limit. */
export function workspaceDiagnostics(snapshot: DocumentSnapshot, result: ArticleWorkspaceFindings, settings: SxsSettings, originalProblem: string | undefined): AddedFindings<WorkspaceFinding> {
  const notes: Diagnostic[] = [];
  if (originalProblem) {
    notes.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: ORIGINAL_UNUSABLE_CODE,
      message: originalProblem,
    });
  }
  return { findings: result.findings, notes, toDiagnostic: (finding) => workspaceDiagnostic(snapshot, finding, settings) };
}

function workspaceDiagnostic(snapshot: DocumentSnapshot, finding: WorkspaceFinding, settings: SxsSettings): Diagnostic | undefined {
  const diagnostic = toDiagnostic(snapshot, finding, settings);
  if (!diagnostic) return undefined;
  if (finding.elsewhere?.length) {
    diagnostic.relatedInformation = [
      ...(diagnostic.relatedInformation ?? []),
      ...finding.elsewhere.map((place) => ({ location: { uri: place.uri, range: { start: place.start, end: place.end } }, message: place.message })),
    ];
  }
  diagnostic.data = { unit: finding.unit };
  return diagnostic;
}
