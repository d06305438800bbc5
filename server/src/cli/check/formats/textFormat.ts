/**
 * The default output: findings grouped under each file's path, one line each with
 * `line:column`, severity, message and code, then a summary. Colour only when asked (a TTY).
 */
import * as path from 'node:path';
import type { Severity } from '../../../checks';
import { allFindings, severityCounts, type CheckReport } from '../checkReport';

const STYLE = { bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', cyan: '\u001b[36m', green: '\u001b[32m', reset: '\u001b[0m' } as const;
const SEVERITY_STYLE: Record<Severity, keyof typeof STYLE> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'cyan' };

/** `cwd`: paths are shown relative to it, as a terminal user expects. */
export function formatText(report: CheckReport, options: { readonly color: boolean; readonly cwd: string }): string {
  const paint = (style: keyof typeof STYLE, text: string): string => (options.color ? `${STYLE[style]}${text}${STYLE.reset}` : text);
  const out: string[] = [];
  for (const file of report.files) {
    if (!file.findings.length) continue;
    out.push(paint('underline', path.relative(options.cwd, path.join(report.root, file.path)) || file.path));
    const places = file.findings.map((finding) => `${finding.line}:${finding.column}`);
    const placeWidth = Math.max(...places.map((place) => place.length));
    file.findings.forEach((finding, index) => {
      out.push(`  ${paint('dim', places[index].padEnd(placeWidth))}  ${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(11))}  ${finding.message}  ${paint('dim', `sxs.${finding.code}`)}`);
    });
    out.push('');
  }
  for (const problem of report.problems) out.push(paint('red', `cannot check: ${problem}`));
  for (const notice of report.notices) out.push(paint('dim', `note: ${notice}`));
  out.push(summary(report, paint));
  return `${out.join('\n')}\n`;
}

function summary(report: CheckReport, paint: (style: keyof typeof STYLE, text: string) => string): string {
  const counts = severityCounts(report);
  const total = allFindings(report).length;
  const withFindings = report.files.filter((file) => file.findings.length).length;
  const units = report.files.reduce((sum, file) => sum + file.units, 0);
  const parts = (['error', 'warning', 'information', 'hint'] as const).filter((severity) => counts[severity]).map((severity) => `${counts[severity]} ${severity === 'information' ? 'information' : severity + (counts[severity] === 1 ? '' : 's')}`);
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked (${units} units)`;
  const unreadable = report.problems.length ? `, ${report.problems.length} could not be read` : '';
  if (!total) return paint('green', `No findings: ${files}${unreadable}.`);
  return paint(counts.error ? 'red' : 'bold', `${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${withFindings} of ${files}${unreadable}.`);
}
