/**
 * `--format sarif`: a SARIF 2.1.0 log that GitHub code scanning accepts. One run; rules from
 * `CHECK_CODES` with short and full descriptions, help and a `helpUri`; results with
 * repository-relative URIs, exact regions in UTF-16 code units (`columnKind`), and
 * `partialFingerprints.primaryLocationLineHash`. Above GitHub's 25,000 results a run, the most
 * severe are kept and a notification says how many were left out.
 */
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../../checks';
import { CHECK_DOCS_BASE_URI, CHECK_RULES, plainDescription, ruleHelpMarkdown } from '../checkRules';
import { allFindings, SEVERITIES, type CheckReport } from '../checkReport';
import type { ReportedFinding } from '../fileFindings';

/** GitHub's limit of results in one run. */
export const MAX_SARIF_RESULTS = 25_000;

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifOptions {
  readonly version: string;
  /** `runAutomationDetails.id`: distinguishes the runs of a CI matrix (`sxs/shard-2-of-4/`). */
  readonly automationId?: string;
}

export function formatSarif(report: CheckReport, options: SarifOptions): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}

export function sarifLog(report: CheckReport, options: SarifOptions): Log {
  const ruleIndex = new Map(CHECK_RULES.map((rule, index) => [rule.code, index]));
  const findings = allFindings(report);
  const kept = findings.length > MAX_SARIF_RESULTS ? mostSevere(findings) : findings;
  const notifications: Notification[] = report.problems.map((problem) => ({ level: 'error', message: { text: problem } }));
  if (kept.length < findings.length) {
    notifications.push({ level: 'warning', message: { text: `${findings.length} findings; only the ${MAX_SARIF_RESULTS} most severe are in this log (GitHub's limit per run). Split the check with --shard.` } });
  }
  const rootUri = pathToFileURL(report.root).href.replace(/\/?$/, '/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sxs',
            fullName: 'sxs-authoring checks for localized Markdown articles',
            semanticVersion: /^\d+\.\d+\.\d+/.test(options.version) ? options.version : undefined,
            version: options.version,
            informationUri: CHECK_DOCS_BASE_URI.replace(/\/blob\/main\/docs\/checks\/$/, ''),
            rules: CHECK_RULES.map(
              (rule): ReportingDescriptor => ({
                id: rule.code,
                // Not the id in other letters: validators want a name that differs from the id.
                name: pascalCase(`${rule.family}-${rule.code}`),
                shortDescription: { text: plainDescription(rule).slice(0, 1024) },
                fullDescription: { text: `${plainDescription(rule)} (${rule.family} check)`.slice(0, 1024) },
                defaultConfiguration: { level: LEVEL[rule.severity] },
                helpUri: `${CHECK_DOCS_BASE_URI}${rule.code}.md`,
                help: { text: ruleHelpMarkdown(rule).replace(/```\w*\n?/g, ''), markdown: ruleHelpMarkdown(rule) },
                properties: { tags: ['localization', rule.family] },
              }),
            ),
          },
        },
        ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: report.problems.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results: kept.map((finding): Result => ({
          ruleId: finding.code,
          ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [location(finding, finding)],
          ...(finding.related?.length ? { relatedLocations: finding.related.map((related, index) => ({ id: index, ...location(finding, related), message: { text: related.message } })) } : {}),
          partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
        })),
      },
    ],
  };
}

function location(finding: ReportedFinding, range: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(finding.path), uriBaseId: '%SRCROOT%' },
      region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn },
    },
  };
}

function mostSevere(findings: readonly ReportedFinding[]): ReportedFinding[] {
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.order - b.order)
    .slice(0, MAX_SARIF_RESULTS)
    .sort((a, b) => a.order - b.order)
    .map(({ finding }) => finding);
}

function pascalCase(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}
