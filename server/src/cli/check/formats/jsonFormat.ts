/** `--format json`: the whole report as one JSON document, for scripts. */
import { allFindings, severityCounts, type CheckReport } from '../checkReport';

export function formatJson(report: CheckReport, version: string): string {
  return `${JSON.stringify(
    {
      tool: { name: 'sxs', version },
      files: report.files.map((file) => ({ path: file.path, units: file.units, findings: file.findings.length })),
      findings: allFindings(report),
      problems: report.problems,
      notices: report.notices,
      summary: { files: report.files.length, units: report.files.reduce((sum, file) => sum + file.units, 0), ...severityCounts(report) },
    },
    null,
    2,
  )}\n`;
}
