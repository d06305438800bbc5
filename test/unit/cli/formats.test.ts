/** What `sxs check` prints in each format, and the exit code a CI job sees. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exitCodeOf } from '../../../server/src/cli/check/checkReport';
import { formatGithub } from '../../../server/src/cli/check/formats/githubFormat';
import { formatJson } from '../../../server/src/cli/check/formats/jsonFormat';
import { formatText } from '../../../server/src/cli/check/formats/textFormat';
import { readSettings } from '../../../server/src/settings';
import { CLEAN_ARTICLE, DEFECTIVE_ARTICLE, reportOf } from './checkFixtures';

describe('sxs check formats', () => {
  const report = reportOf({ 'docs/fr-fr/a.md': DEFECTIVE_ARTICLE, 'docs/fr-fr/b.md': CLEAN_ARTICLE });

  it('groups findings under each file with line:column, severity, message and code, then a summary', () => {
    const text = formatText(report, { color: false, cwd: '/repo' });
    const lines = text.split('\n');
    assert.equal(lines[0], 'docs/fr-fr/a.md');
    assert.match(text, /\n {2}6:\d+ +error {8}.*`Get-Foo`.*sxs\.inline-code\n/);
    assert.match(text, /\n {2}8:\d+ +warning {6}.*sxs\.id-order\n/);
    assert.ok(!text.includes('b.md'), 'a clean file is not listed');
    assert.match(lines.at(-2)!, /^\d+ findings \(1 error, \d+ warnings?.*\) in 1 of 2 files checked \(4 units\)\.$/);
    assert.doesNotMatch(text, /\u001b\[/, 'no colour codes when colour is off');
  });

  it('shows paths relative to the current folder and colours only when asked', () => {
    const text = formatText(report, { color: true, cwd: '/repo/docs' });
    assert.ok(text.startsWith('\u001b[4mfr-fr/a.md\u001b[0m\n'), text.slice(0, 40));
    assert.match(text, /\u001b\[31merror/);
  });

  it('writes one workflow command per finding, with escaped properties and message', () => {
    const odd = reportOf({ 'docs/fr-fr/a, b:c.md': DEFECTIVE_ARTICLE });
    const lines = formatGithub(odd).trimEnd().split('\n');
    const error = lines.find((line) => line.startsWith('::error '));
    assert.match(error!, /^::error file=docs\/fr-fr\/a%2C b%3Ac\.md,line=6,col=\d+,endLine=6,endColumn=\d+,title=sxs\.inline-code::.+Get-Foo/);
    assert.ok(lines.some((line) => line.startsWith('::warning ') && line.includes('title=sxs.id-order')));
    const multiline = formatGithub({ ...odd, files: [{ ...odd.files[0], findings: [{ ...odd.files[0].findings[0], message: '100% broken\nsecond line' }] }] });
    assert.match(multiline, /::100%25 broken%0Asecond line\n$/);
  });

  it('gives scripts every finding with its range and fingerprint in JSON', () => {
    const json = JSON.parse(formatJson(report, '1.2.3')) as { tool: { version: string }; findings: { path: string; line: number; endColumn: number; code: string; fingerprint: string }[]; summary: Record<string, number> };
    assert.equal(json.tool.version, '1.2.3');
    const inlineCode = json.findings.find((finding) => finding.code === 'inline-code')!;
    assert.equal(inlineCode.path, 'docs/fr-fr/a.md');
    assert.equal(inlineCode.line, 6);
    assert.match(inlineCode.fingerprint, /^[0-9a-f]{16}:1$/);
    assert.deepEqual([json.summary.files, json.summary.units, json.summary.error], [2, 4, 1]);
  });

  it('exits 1 when a finding reaches --fail-on, 0 below it or with none, 2 when input could not be read or nothing was checked', () => {
    assert.equal(exitCodeOf(report, 'error'), 1);
    assert.equal(exitCodeOf(reportOf({ 'b.md': CLEAN_ARTICLE }), 'hint'), 0);
    const warningsOnly = reportOf({ 'a.md': DEFECTIVE_ARTICLE }, readSettings({ diagnostics: { severity: { 'inline-code': 'warning' } } }));
    assert.equal(exitCodeOf(warningsOnly, 'error'), 0);
    assert.equal(exitCodeOf(warningsOnly, 'warning'), 1);
    assert.equal(exitCodeOf(report, 'none'), 0);
    assert.equal(exitCodeOf(reportOf({ 'a.md': DEFECTIVE_ARTICLE }, undefined, ['x.md: cannot read the file (permission denied)']), 'error'), 2);
    assert.equal(exitCodeOf(reportOf({}), 'error'), 2);
  });

  it('applies the settings: a code turned off disappears, a severity changes', () => {
    const settings = readSettings({ diagnostics: { severity: { 'sxs.inline-code': 'off', 'id-order': 'error' } } });
    const findings = reportOf({ 'a.md': DEFECTIVE_ARTICLE }, settings).files[0].findings;
    assert.ok(!findings.some((finding) => finding.code === 'inline-code'));
    assert.equal(findings.find((finding) => finding.code === 'id-order')?.severity, 'error');
  });

  it('checks only the structure of a file above sxs.maxFileSize, and says so', () => {
    const findings = reportOf({ 'a.md': DEFECTIVE_ARTICLE }, readSettings({ maxFileSize: 0.0001 })).files[0].findings;
    assert.equal(findings[0].code, 'file-too-large');
    assert.match(findings[0].message, /larger than sxs\.maxFileSize/);
    assert.ok(!findings.some((finding) => finding.code === 'inline-code'), 'the unit checks did not run');
    assert.ok(findings.some((finding) => finding.code === 'id-order'), 'the structure checks did');
  });
});
