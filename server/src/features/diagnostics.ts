/**
 * Findings as LSP diagnostics: source `sxs`, the stable code, the message, the exact token's
 * range, the matching source token as related information, and the severity the settings give
 * the code (`off` drops it). Findings from outside the article's own checks (the workspace) join
 * the same list and the same limit. A file above the size limit gets the structure checks only,
 * and one information diagnostic that says so.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Finding } from '../checks/finding';
import { toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { severitiesOf, severityOf, type SeveritySetting, type SxsSettings } from '../settings';
import type { DiagnosticMemo } from './diagnosticMemo';

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

/** Findings of another origin (the workspace), with how they become diagnostics. */
export interface AddedFindings<F extends Finding = Finding> {
  readonly findings: readonly F[];
  toDiagnostic(finding: F): Diagnostic | undefined;
  /** Diagnostics shown whatever the limit (a note that something could not be checked). */
  readonly notes?: readonly Diagnostic[];
}

/**
 * The diagnostics of a document; none for Markdown that is not a localized article. `added`
 * findings are left out above the size limit, like the full checks. With the document's `memo`,
 * findings made into diagnostics for its last version and still at the same places give the
 * same objects again.
 */
export function diagnosticsOf<F extends Finding>(snapshot: DocumentSnapshot, settings: SxsSettings, added?: AddedFindings<F>, memo?: DiagnosticMemo): Diagnostic[] {
  if (!snapshot.isLocalized) return [];
  const { findings, complete } = snapshot.findings(settings.maxFileSize);
  const extra = complete ? added : undefined;
  // The article's own findings first, then the added ones: index `i` is own[i] below
  // `own.length`, else others[i - own.length]. Ranks in a typed array: a plain array of a large
  // article's 27,000 findings would cost an allocation of fresh pages per version.
  const own = findings;
  const others = extra?.findings ?? [];
  const severity = severitiesOf(settings);
  const ranks = new Uint8Array(own.length + others.length);
  let shownCount = 0;
  // Findings of one code come in runs (the workspace's are mostly of one): the last code's rank is kept.
  let lastCode: string | undefined;
  let lastRank = OFF_RANK;
  for (let index = 0; index < ranks.length; index++) {
    const code = (index < own.length ? own[index] : others[index - own.length]).code;
    if (code !== lastCode) {
      lastCode = code;
      lastRank = SEVERITY_RANK[severity(code)];
    }
    ranks[index] = lastRank;
    if (lastRank !== OFF_RANK) shownCount++;
  }
  // Converted only once chosen: positions are the costly part, and a file can have 100,000 findings.
  const kept = mostSevere(ranks, Math.min(shownCount, MAX_DIAGNOSTICS_PER_FILE));
  const diagnostics: Diagnostic[] = [...(extra?.notes ?? [])];
  for (const index of kept) {
    const finding = index < own.length ? own[index] : others[index - own.length];
    const make = index < own.length ? () => toDiagnostic(snapshot, finding, settings) : () => extra!.toDiagnostic(finding as F);
    const diagnostic = memo ? memo.diagnosticOf(finding, snapshot.lines, settings, make) : make();
    if (diagnostic) diagnostics.push(diagnostic);
  }
  if (kept.length < shownCount) diagnostics.unshift(tooManyFindings(snapshot, shownCount));
  if (!complete) diagnostics.unshift(fileTooLarge(snapshot, settings));
  return diagnostics;
}

const SEVERITY_RANK: Record<SeveritySetting, number> = { error: 0, warning: 1, information: 2, hint: 3, off: 4 };
const OFF_RANK = SEVERITY_RANK.off;

/**
 * The indices of the first `room` findings by severity rank (none of rank `off`), then in the
 * order given: one pass per severity rather than a sort, since this runs on every version of a
 * file with many findings.
 */
function mostSevere(ranks: Uint8Array, room: number): number[] {
  const kept: number[] = [];
  if (room === 0) return kept;
  const keep = new Uint8Array(ranks.length);
  for (let rank = 0; rank < OFF_RANK && room > 0; rank++) {
    for (let index = 0; index < ranks.length && room > 0; index++) {
      if (ranks[index] !== rank) continue;
      keep[index] = 1;
      room--;
    }
  }
  for (let index = 0; index < ranks.length; index++) if (keep[index]) kept.push(index);
  return kept;
}

/**
 * The note on findings left out. It gives the total to two significant digits, rounded down: an
 * exact count changed with most keystrokes in a file of many findings, and a changed note made
 * the whole list of a thousand diagnostics travel to the editor again (see `sameDiagnostics.ts`).
 */
function tooManyFindings(snapshot: DocumentSnapshot, total: number): Diagnostic {
  return {
    range: toRange(snapshot.lines, { start: 0, end: snapshot.lines.lineEnd(0) }),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: TOO_MANY_FINDINGS_CODE,
    message: `This file has at least ${roundedDown(total).toLocaleString('en-US')} findings; only the ${MAX_DIAGNOSTICS_PER_FILE.toLocaleString('en-US')} most severe are shown.`,
  };
}

/** `count` rounded down to two significant digits: 27,163 → 27,000; 1,006 → 1,000. */
export function roundedDown(count: number): number {
  if (count < 100) return count;
  const step = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.floor(count / step) * step;
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
    message: `This file (${megabytes(snapshot.text.length)} MB) is larger than sxs.maxFileSize (${megabytes(settings.maxFileSize)} MB): only the structure checks run on it, not the full checks nor those against the workspace.`,
  };
}
