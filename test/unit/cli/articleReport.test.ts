/** The command-line report: what a user reads in a terminal or a CI log. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkArticles, exitCodeOf, formatReport } from '../../../server/src/cli/check/articleReport';
import { sxsUnit as unit } from '../../support/sxsUnit';


describe('command-line report', () => {
  it('lists each finding as path:line:column with its code, then a summary', () => {
    const text = `---\nms.contentlocale: fr-FR\n---\n${unit('f9f29-103', 'Exécutez `Get-Foo`.', 'Run `Get-Bar`.')}\n\n${unit('f9f29-104', 'Bien.', 'Good.', 'f9f29-105')}\n`;
    const report = checkArticles([{ path: 'docs/a.md', text }]);
    const lines = formatReport(report);
    assert.ok(lines.some((line) => line.startsWith('docs/a.md:4:') && line.includes('sxs.inline-code')), lines.join('\n'));
    assert.ok(lines.some((line) => /^docs\/a\.md:6:\d+: error sxs\.id-mismatch: /.test(line)), lines.join('\n'));
    assert.match(lines.at(-1)!, /^1 articles, 2 units, \d+ findings \(.*id-mismatch 1.*\)$/);
    assert.equal(exitCodeOf(report), 1);
  });

  it('exits 0 on a clean article and can leave out lesser severities', () => {
    const text = `${unit('f9f29-103', 'Bonjour.', 'Hello.')}\n`;
    const clean = checkArticles([{ path: 'b.md', text }], 'error');
    assert.deepEqual(clean.findings, []);
    assert.equal(exitCodeOf(clean), 0);
    assert.equal(formatReport(clean).at(-1), '1 articles, 1 units, 0 findings');
  });
});
