/**
 * `--format github`: one GitHub Actions workflow command per finding (`::error file=…,line=…::…`),
 * which the runner shows as an annotation on the pull request's diff. Information and hints
 * become notices.
 */
import type { Severity } from '../../../checks';
import { allFindings, type CheckReport } from '../checkReport';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function formatGithub(report: CheckReport): string {
  const lines = allFindings(report).map((finding) => {
    const properties = [
      `file=${escapeProperty(finding.path)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(`sxs.${finding.code}`)}`,
    ];
    return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
  });
  for (const problem of report.problems) lines.push(`::error::${escapeData(`sxs check: ${problem}`)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The escaping of the runner's command parser: `%`, CR and LF in the message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also escape `:` and `,`, which separate them. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
