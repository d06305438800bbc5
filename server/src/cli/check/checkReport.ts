/** Everything one `sxs check` run found, as the formats print it. */
import type { Severity } from '../../checks';
import type { FileReport, ReportedFinding } from './fileFindings';

export interface CheckReport {
  /** The repository root (absolute); report paths are relative to it. */
  readonly root: string;
  /** The files checked, in a stable order (sorted by path). */
  readonly files: readonly FileReport[];
  /** Input that could not be read, one message each. */
  readonly problems: readonly string[];
  /** Things skipped on purpose (a link loop, a glob matching nothing). */
  readonly notices: readonly string[];
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Every finding of the report, file by file in document order. */
export function allFindings(report: CheckReport): ReportedFinding[] {
  return report.files.flatMap((file) => file.findings);
}

/** How many findings of each severity. */
export function severityCounts(report: CheckReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of report.files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}

/** What `--fail-on` accepts: a severity, or `none` to exit 0 whatever is found. */
export type FailOn = Severity | 'none';

/** 2 when input could not be read or nothing was checked, 1 when a finding reaches `failOn`, else 0. */
export function exitCodeOf(report: CheckReport, failOn: FailOn): 0 | 1 | 2 {
  if (report.problems.length > 0 || report.files.length === 0) return 2;
  if (failOn === 'none') return 0;
  const rank = SEVERITIES.indexOf(failOn);
  return report.files.some((file) => file.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= rank)) ? 1 : 0;
}
