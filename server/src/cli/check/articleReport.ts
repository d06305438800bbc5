/**
 * The report of the command-line checker, as a pure function: articles in, lines and an exit
 * code out. `checkCommand.ts` only reads files and prints.
 */
import type { Severity } from '../../checks';
import { checkDocument } from '../../checks';
import { LineIndex } from '../../core/lineIndex';
import { parse } from '../../core/parse';

/** One article to check. */
export interface Article {
  readonly path: string;
  readonly text: string;
}

/** One finding, as the report lists it (positions one-based, as editors and compilers print). */
export interface ReportedFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** What checking a set of articles found. */
export interface Report {
  readonly findings: readonly ReportedFinding[];
  readonly articles: number;
  readonly units: number;
  /** Findings per code, most frequent first. */
  readonly counts: readonly (readonly [string, number])[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Checks every article; findings below `minimum` severity are left out. */
export function checkArticles(articles: Iterable<Article>, minimum: Severity = 'information'): Report {
  const findings: ReportedFinding[] = [];
  const counts = new Map<string, number>();
  let count = 0;
  let units = 0;
  for (const article of articles) {
    count++;
    const doc = parse(article.text);
    units += doc.units.length;
    const lines = new LineIndex(article.text);
    for (const finding of checkDocument(doc)) {
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[minimum]) continue;
      const position = lines.positionAt(finding.range.start);
      findings.push({ path: article.path, line: position.line + 1, column: position.character + 1, severity: finding.severity, code: finding.code, message: finding.message });
      counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
    }
  }
  return { findings, articles: count, units, counts: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}

/** The report as text: one line per finding, then a summary line. */
export function formatReport(report: Report): string[] {
  const lines = report.findings.map((finding) => `${finding.path}:${finding.line}:${finding.column}: ${finding.severity} sxs.${finding.code}: ${finding.message}`);
  const byCode = report.counts.map(([code, count]) => `${code} ${count}`).join(', ');
  lines.push(`${report.articles} articles, ${report.units} units, ${report.findings.length} findings${byCode ? ` (${byCode})` : ''}`);
  return lines;
}

/** 1 when any finding is an error, else 0. */
export function exitCodeOf(report: Report): number {
  return report.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
