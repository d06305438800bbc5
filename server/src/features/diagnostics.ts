/**
 * Findings as LSP diagnostics: source `sxs`, the stable code, the message, the exact token's
 * range, the matching source token as related information, and the severity the settings give
 * the code (`off` drops it). A file above the size limit gets the structure checks only, and
 * one information diagnostic that says so.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Finding } from '../checks/finding';
import { toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { severityOf, type SeveritySetting, type SxsSettings } from '../settings';

/** The diagnostic source shown beside every message. */
export const DIAGNOSTIC_SOURCE = 'sxs';

/** Code of the note on files above `sxs.maxFileSize`. */
export const FILE_TOO_LARGE_CODE = 'file-too-large';

/** Code of the note on files with more findings than are shown. */
export const TOO_MANY_FINDINGS_CODE = 'too-many-findings';

/**
 * The most diagnostics one file gets. A damaged 50 MB file can have hundreds of thousands of
 * findings: sending them all costs seconds per edit and helps nobody read them.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostics of a document; none for Markdown that is not a localized article. */
export function diagnosticsOf(snapshot: DocumentSnapshot, settings: SxsSettings): Diagnostic[] {
  if (!snapshot.isLocalized) return [];
  const { findings, complete } = snapshot.findings(settings.maxFileSize);
  const shown = findings.filter((finding) => severityOf(finding.code, settings) !== 'off');
  const kept = shown.length > MAX_DIAGNOSTICS_PER_FILE ? mostSevere(shown, settings) : shown;
  const diagnostics: Diagnostic[] = [];
  for (const finding of kept) {
    const diagnostic = toDiagnostic(snapshot, finding, settings);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  if (kept.length < shown.length) diagnostics.unshift(tooManyFindings(snapshot, shown.length));
  if (!complete) diagnostics.unshift(fileTooLarge(snapshot, settings));
  return diagnostics;
}

const SEVERITY_RANK: Record<SeveritySetting, number> = { error: 0, warning: 1, information: 2, hint: 3, off: 4 };

/** The first `MAX_DIAGNOSTICS_PER_FILE` findings by severity, then in document order. */
function mostSevere(findings: readonly Finding[], settings: SxsSettings): Finding[] {
  const ranked = findings.map((finding, order) => ({ finding, order, rank: SEVERITY_RANK[severityOf(finding.code, settings)] }));
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked
    .slice(0, MAX_DIAGNOSTICS_PER_FILE)
    .sort((a, b) => a.order - b.order)
    .map(({ finding }) => finding);
}

function tooManyFindings(snapshot: DocumentSnapshot, total: number): Diagnostic {
  return {
    range: toRange(snapshot.lines, { start: 0, end: snapshot.lines.lineEnd(0) }),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: TOO_MANY_FINDINGS_CODE,
    message: `This file has ${total} findings; only the ${MAX_DIAGNOSTICS_PER_FILE} most severe are shown.`,
  };
}

/** One finding as a diagnostic, or undefined when its code is turned off. */
export function toDiagnostic(snapshot: DocumentSnapshot, finding: Finding, settings: SxsSettings): Diagnostic | undefined {
  const severity = severityOf(finding.code, settings);
  if (severity === 'off') return undefined;
  const diagnostic: Diagnostic = {
    range: toRange(snapshot.lines, finding.range),
    severity: LSP_SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    message: finding.message,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: snapshot.uri, range: toRange(snapshot.lines, related.range) },
      message: related.message,
    }));
  }
  return diagnostic;
}

function fileTooLarge(snapshot: DocumentSnapshot, settings: SxsSettings): Diagnostic {
  const megabytes = (value: number): string => (value / (1024 * 1024)).toFixed(1);
  return {
    range: toRange(snapshot.lines, { start: 0, end: snapshot.lines.lineEnd(0) }),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: FILE_TOO_LARGE_CODE,
    message: `This file (${megabytes(snapshot.text.length)} MB) is larger than sxs.maxFileSize (${megabytes(settings.maxFileSize)} MB): only the structure checks run on it.`,
  };
}
