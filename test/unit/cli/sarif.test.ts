/** The SARIF log: valid under the OASIS schema, with what GitHub code scanning reads. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Log, Result } from 'sarif';
import { CHECK_CODES } from '../../../server/src/checks/checkCodes';
import { MAX_SARIF_RESULTS, sarifLog } from '../../../server/src/cli/check/formats/sarifFormat';
import { fileFindings } from '../../../server/src/cli/check/fileFindings';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { sarifSchemaErrors } from '../../support/sarifValidation';
import { sxsUnit as unit } from '../../support/sxsUnit';
import { CLEAN_ARTICLE, DEFECTIVE_ARTICLE, reportOf } from './checkFixtures';

const resultsOf = (log: Log): Result[] => log.runs[0].results ?? [];

describe('sxs check --format sarif', () => {
  const log = sarifLog(reportOf({ 'docs/fr-fr/a b.md': DEFECTIVE_ARTICLE, 'docs/fr-fr/c.md': CLEAN_ARTICLE }, undefined, ['x.md: binary file']), { version: '0.1.0', automationId: 'sxs/shard-1-of-2/' });

  it('is valid SARIF 2.1.0 under the OASIS JSON schema', () => {
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema!, /sarif-2\.1\.0/);
  });

  it('has one rule per check code with descriptions, help and a helpUri to docs/checks/<code>.md', () => {
    const rules = log.runs[0].tool.driver.rules!;
    for (const code of Object.keys(CHECK_CODES)) {
      const rule = rules.find((candidate) => candidate.id === code);
      assert.ok(rule, `rule ${code}`);
      assert.ok(rule.shortDescription!.text.length > 10 && rule.shortDescription!.text.length <= 1024);
      assert.ok(rule.fullDescription!.text.length <= 1024);
      assert.ok(rule.help!.text.includes(`sxs-disable-next-line ${code}`));
      assert.ok(rule.helpUri!.endsWith(`/docs/checks/${code}.md`));
      assert.doesNotMatch(rule.shortDescription!.text, /`/, 'plain text has no Markdown code marks');
    }
  });

  it('gives each result a repository-relative URI, an exact region in UTF-16 units and a line hash', () => {
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.automationDetails?.id, 'sxs/shard-1-of-2/');
    const inlineCode = resultsOf(log).find((result) => result.ruleId === 'inline-code')!;
    assert.equal(run.tool.driver.rules![inlineCode.ruleIndex!].id, 'inline-code');
    assert.equal(inlineCode.level, 'error');
    const location = inlineCode.locations![0].physicalLocation!;
    assert.deepEqual(location.artifactLocation, { uri: 'docs/fr-fr/a%20b.md', uriBaseId: '%SRCROOT%' });
    const line = DEFECTIVE_ARTICLE.split('\n')[5];
    const region = location.region!;
    assert.equal(region.startLine, 6);
    assert.equal(line.slice(region.startColumn! - 1, region.endColumn! - 1), '`Get-Foo`');
    assert.match(inlineCode.partialFingerprints!.primaryLocationLineHash, /^[0-9a-f]{16}:1$/);
    assert.equal(run.invocations![0].executionSuccessful, false);
    assert.match(run.invocations![0].toolExecutionNotifications![0].message.text!, /x\.md: binary file/);
  });

  it('counts columns in UTF-16 code units past astral characters', () => {
    const text = `${unit('f9f29-101', '😀 Exécutez `Get-Foo`.', '😀 Run `Get-Bar`.')}\n`;
    const result = resultsOf(sarifLog(reportOf({ 'a.md': text }), { version: '0.1.0' })).find((candidate) => candidate.ruleId === 'inline-code')!;
    const region = result.locations![0].physicalLocation!.region!;
    assert.equal(text.slice(region.startColumn! - 1, region.endColumn! - 1), '`Get-Foo`');
  });

  it('keeps line hashes when unrelated lines are added above, and changes them when the line changes', () => {
    const hashes = (text: string): string[] => fileFindings('a.md', 'file:///a.md', text, DEFAULT_SETTINGS).findings.map((finding) => `${finding.code} ${finding.fingerprint}`);
    const before = hashes(DEFECTIVE_ARTICLE);
    const moved = hashes(DEFECTIVE_ARTICLE.replace('\n\n', `\n\n${unit('f9f29-100', 'Nouveau.', 'New.')}\n\nUne ligne.\n\n`));
    for (const hash of before) assert.ok(moved.includes(hash), `${hash} survives an edit above it`);
    const edited = hashes(DEFECTIVE_ARTICLE.replace('Exécutez `Get-Foo`.', 'Lancez `Get-Foo`.'));
    const inlineCode = (list: string[]): string => list.find((entry) => entry.startsWith('inline-code'))!;
    assert.notEqual(inlineCode(edited), inlineCode(before));
  });

  it('numbers repeats of the same finding on the same line text', () => {
    const line = unit('f9f29-101', 'Exécutez `Get-Foo`.', 'Run `Get-Bar`.');
    const text = `${line}\n\n${line.replace('f9f29-101', 'f9f29-102').replace('f9f29-101', 'f9f29-102')}\n\n${line.replace(/f9f29-101/g, 'f9f29-103')}\n`;
    const fingerprints = fileFindings('a.md', 'file:///a.md', text, DEFAULT_SETTINGS).findings.filter((finding) => finding.code === 'inline-code').map((finding) => finding.fingerprint);
    assert.equal(new Set(fingerprints).size, fingerprints.length, fingerprints.join(' '));
  });

  it(`keeps the ${MAX_SARIF_RESULTS} most severe results of a larger run and says how many there were`, () => {
    const many = Array.from({ length: MAX_SARIF_RESULTS + 10 }, (_, index) => ({ path: 'a.md', line: index + 1, column: 1, endLine: index + 1, endColumn: 2, severity: index < 10 ? ('error' as const) : ('information' as const), code: 'unchanged', message: 'm', fingerprint: `${index}` }));
    const big = sarifLog({ root: '/repo', files: [{ path: 'a.md', units: 1, findings: many.reverse() }], problems: [], notices: [] }, { version: '0.1.0' });
    assert.equal(resultsOf(big).length, MAX_SARIF_RESULTS);
    assert.equal(resultsOf(big).filter((result) => result.level === 'error').length, 10);
    assert.match(big.runs[0].invocations![0].toolExecutionNotifications![0].message.text!, /^25010 findings; only the 25000 most severe/);
  });
});
