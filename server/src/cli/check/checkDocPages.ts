/** The pages of `docs/checks/`: one per rule and an index, generated from the rules. */
import { CHECK_RULES, familyName, ruleHelpMarkdown, type CheckRule } from './checkRules';

/** File name → Markdown text. */
export function checkDocPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of CHECK_RULES) pages.set(`${rule.code}.md`, rulePage(rule));
  pages.set('README.md', indexPage());
  return pages;
}

const GENERATED = '<!-- Generated from server/src/checks/checkCodes.ts by `npm run docs:checks`; edit the table, not this page. -->';

function rulePage(rule: CheckRule): string {
  return `${GENERATED}\n# \`${rule.code}\`\n\n${ruleHelpMarkdown(rule)}\n\nIn \`sxs check\` output the code reads \`sxs.${rule.code}\`; in SARIF it is the rule id \`${rule.code}\`. All checks: [the list](README.md).\n`;
}

function indexPage(): string {
  const lines = [GENERATED, '# Checks', '', 'Every finding of the editor and of `sxs check` has one of these codes. Severities are the defaults; `sxs.diagnostics.severity` in `.vscode/settings.json` changes them for both.', ''];
  let family: string | undefined;
  for (const rule of CHECK_RULES) {
    if (familyName(rule) !== family) {
      family = familyName(rule);
      lines.push('', `## ${family}`, '', '| Code | Default | What it finds |', '|---|---|---|');
    }
    lines.push(`| [\`${rule.code}\`](${rule.code}.md) | ${rule.severity} | ${rule.description.replace(/\|/g, '\\|')} |`);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
