/**
 * One article's findings as the command line reports them: the editor's checks with the
 * user's severities (`off` drops a code), one-based line and column ranges in UTF-16 code
 * units, and a fingerprint per finding. Pure: text in, findings out (the worker reads files).
 */
import type { Finding, Severity } from '../../checks';
import type { SxsDocument } from '../../core/model';
import { DocumentSnapshot, localeFromUri } from '../../documentSnapshot';
import { FILE_TOO_LARGE_CODE } from '../../features/diagnostics';
import { severityOf, type SxsSettings } from '../../settings';
import { lineHashes } from './fingerprint';

/** A range in an article, one-based; the end column is the one after the last character. */
export interface ReportedRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** One finding of one file. */
export interface ReportedFinding extends ReportedRange {
  /** Path relative to the report's root, with `/` separators. */
  readonly path: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** Stable across edits elsewhere in the file: the finding's code and line text, and which repeat it is. */
  readonly fingerprint: string;
  /** The matching place in the English half, or other places that explain the finding. */
  readonly related?: readonly (ReportedRange & { readonly message: string })[];
}

/** What checking one file gave. */
export interface FileReport {
  readonly path: string;
  readonly units: number;
  readonly findings: readonly ReportedFinding[];
}

/**
 * Checks one article under the settings, as the editor does (the locale from the front matter,
 * else from the path in `uri`); plain Markdown (no units) has no findings. `workspaceFindings`
 * adds the findings against the article's workspace (files above the size limit get none).
 */
export function fileFindings(path: string, uri: string, text: string, settings: SxsSettings, workspaceFindings?: (model: SxsDocument, locale: string | undefined) => readonly Finding[]): FileReport {
  const snapshot = new DocumentSnapshot(uri, 0, text);
  if (!snapshot.isLocalized) return { path, units: 0, findings: [] };
  const checked = snapshot.findings(settings.maxFileSize);
  const complete = checked.complete;
  const findings = complete && workspaceFindings ? inDocumentOrder([...checked.findings, ...workspaceFindings(snapshot.model, snapshot.model.frontMatter?.keys.contentLocale ?? localeFromUri(uri))]) : checked.findings;
  const lines = snapshot.lines;
  const rangeOf = (start: number, end: number): ReportedRange => {
    const from = lines.positionAt(start);
    const to = lines.positionAt(Math.max(start, end));
    return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
  };
  const shown: Finding[] = findings.filter((finding) => severityOf(finding.code, settings) !== 'off');
  const hashes = lineHashes(lines, shown);
  const reported: ReportedFinding[] = shown.map((finding, index) => ({
    path,
    ...rangeOf(finding.range.start, finding.range.end),
    severity: severityOf(finding.code, settings) as Severity,
    code: finding.code,
    message: finding.message,
    fingerprint: hashes[index],
    ...(finding.related?.length ? { related: finding.related.map((related) => ({ ...rangeOf(related.range.start, related.range.end), message: related.message })) } : {}),
  }));
  if (!complete) {
    const megabytes = (value: number): string => (value / (1024 * 1024)).toFixed(1);
    reported.unshift({
      path,
      ...rangeOf(0, lines.lineEnd(0)),
      severity: 'information',
      code: FILE_TOO_LARGE_CODE,
      message: `This file (${megabytes(text.length)} MB) is larger than sxs.maxFileSize (${megabytes(settings.maxFileSize)} MB): only the structure checks ran on it.`,
      fingerprint: `${FILE_TOO_LARGE_CODE}:1`,
    });
  }
  return { path, units: snapshot.model.units.length, findings: reported };
}

function inDocumentOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
