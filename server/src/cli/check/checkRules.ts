/**
 * The rules the command line reports, generated from `CHECK_CODES`: what SARIF's
 * `tool.driver.rules` and the pages of `docs/checks/` say about each code.
 */
import { CHECK_CODES, type CheckCodeInfo } from '../../checks/checkCodes';
import { FILE_TOO_LARGE_CODE } from '../../features/diagnostics';

/** Where the page of each code is published (`<base><code>.md`). */
export const CHECK_DOCS_BASE_URI = 'https://github.com/sxs-authoring/sxs-authoring/blob/main/docs/checks/';

export interface CheckRule extends CheckCodeInfo {
  readonly code: string;
}

/** The note a file above `sxs.maxFileSize` gets is reported like a check. */
const FILE_TOO_LARGE: CheckRule = {
  code: FILE_TOO_LARGE_CODE,
  family: 'structure',
  severity: 'information',
  description: 'The file is larger than `sxs.maxFileSize`, so only the structure checks ran on it.',
};

/** Every rule, in the order of the table. */
export const CHECK_RULES: readonly CheckRule[] = [...Object.entries(CHECK_CODES).map(([code, info]: [string, CheckCodeInfo]) => ({ code, ...info })), FILE_TOO_LARGE];

const FAMILY_NAMES: Record<CheckCodeInfo['family'], string> = {
  structure: 'Structure (reported by the parser)',
  completeness: 'Completeness',
  markup: 'Markup parity between the translation and the English',
  literals: 'Literals that must survive translation',
  punctuation: 'Punctuation and white space',
  workspace: 'The article against its workspace (English original, other locales, other files)',
};

/** The family's title. */
export function familyName(rule: CheckRule): string {
  return FAMILY_NAMES[rule.family];
}

/** The description without Markdown code marks, for plain-text fields. */
export function plainDescription(rule: CheckRule): string {
  return rule.description.replace(/`([^`]*)`/g, '$1');
}

/** The help text of a rule (Markdown): what it finds, its default, how to change or silence it. */
export function ruleHelpMarkdown(rule: CheckRule): string {
  return [
    rule.description,
    '',
    `Family: ${familyName(rule)}. Default severity: ${rule.severity}.`,
    '',
    'Change its severity in `.vscode/settings.json` (read by the editor and by `sxs check`):',
    '',
    '```jsonc',
    `"sxs.diagnostics.severity": { "${rule.code}": "warning" } // error, warning, information, hint or off`,
    '```',
    '',
    `Silence one place with \`<!-- sxs-disable-next-line ${rule.code} -->\` on the line before it, or \`<!-- sxs-disable-line ${rule.code} -->\` on its line.`,
  ].join('\n');
}
