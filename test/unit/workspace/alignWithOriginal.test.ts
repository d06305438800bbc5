/**
 * Aligning an article's English halves with the current original: untouched corpus pairs give no
 * finding; an edited sentence is `changed` with its current text, a deleted one `removed`, a new
 * one `added` at the nearest unit; markup the pipeline never wraps is no added sentence.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { alignWithOriginal } from '../../../server/src/workspace/alignment/alignWithOriginal';
import { wordDiff, describeChanges } from '../../../server/src/workspace/alignment/wordDiff';
import { articleWorkspaceFindings } from '../../../server/src/workspace/findings/articleWorkspaceFindings';
import { corpusRoot } from '../../support/paths';

const body = (...sentences: string[]) => sentences.map((english) => ({ english, region: 'body' as const }));

describe('alignment with the original', () => {
  it('finds exact sentences across line wrapping, list markers, headings and table cells', () => {
    const original = '# Get started\n\n1. Sign in to the\n   portal. Then select **Save**.\n\n| Name | Select the type of the field. |\n|---|---|\n';
    const result = alignWithOriginal(body('Get started', 'Sign in to the portal.', 'Then select **Save**.', 'Name', 'Select the type of the field.'), original);
    assert.deepEqual(result.units.map((unit) => unit.status), ['current', 'current', 'current', 'current', 'current']);
    assert.deepEqual(result.added, []);
    const wrapped = result.units[1];
    assert.equal(wrapped.status === 'current' && original.slice(wrapped.range.start, wrapped.range.end), 'Sign in to the\n   portal.');
  });

  it('pairs an edited sentence with its current text, by position and similarity', () => {
    const original = 'First sentence stays. The second sentence was edited today. Third stays too.\n';
    const result = alignWithOriginal(body('First sentence stays.', 'The second sentence was written yesterday.', 'Third stays too.'), original);
    const changed = result.units[1];
    assert.equal(changed.status, 'changed');
    assert.equal(changed.status === 'changed' && changed.current, 'The second sentence was edited today.');
    assert.deepEqual(result.added, []);
  });

  it('reports a removed sentence and an added one at the unit before it', () => {
    const original = 'Alpha sentence here. Brand new words are written here.\n\nGamma sentence here.\n';
    const result = alignWithOriginal(body('Alpha sentence here.', 'Completely different content about cats.', 'Gamma sentence here.'), original);
    assert.deepEqual(result.units.map((unit) => unit.status), ['current', 'removed', 'current']);
    assert.deepEqual(result.added.map((added) => [added.text, added.nearUnit, added.before]), [['Brand new words are written here.', 0, false]]);
  });

  it('takes the n-th occurrence of a repeated sentence for the n-th unit and a short one never inside a longer one', () => {
    const original = 'Select **Save**.\n\nThen Select **Save**. again.\n\nSelect **Save**.\n';
    const result = alignWithOriginal(body('Select **Save**.', 'Then Select **Save**. again.', 'Select **Save**.'), original);
    assert.deepEqual(result.units.map((unit) => unit.status), ['current', 'current', 'current']);
    const [first, , third] = result.units;
    assert.ok(first.status === 'current' && third.status === 'current' && first.range.start === 0 && third.range.start > 30);
  });

  it('reads no added sentence in code, comments, includes, directives, images, link brackets or single terms', () => {
    const original = [
      '# Title here', '', '```', 'const x = "Not prose at all.";', '```', '', '<!-- A comment is not prose. -->', '',
      '[!INCLUDE [banner](../includes/banner.md)]', '', ':::image type="content" source="a.png" alt-text="Alt text here":::', '',
      '> [!NOTE]', '> The note body.', '', '[Link text here](https://example.com)', '', '| Type | GUID |', '|---|---|', '',
    ].join('\n');
    const result = alignWithOriginal(body('Title here', 'The note body.', 'Link text here'), original);
    assert.deepEqual(result.added.map((added) => added.text), []);
    assert.deepEqual(result.units.map((unit) => unit.status), ['current', 'current', 'current']);
  });

  it('gives the corpus pairs of customer-insights (translations of the current originals) no stale finding', () => {
    const english = path.join(corpusRoot, 'customer-insights', 'en-us');
    let articles = 0;
    for (const locale of fs.readdirSync(path.join(corpusRoot, 'customer-insights-pr'))) {
      for (const relative of ['ci-docs/audience-insights/apis.md', 'ci-docs/audience-insights/match-entities.md', 'ci-docs/audience-insights/segment-builder.md']) {
        const file = path.join(corpusRoot, 'customer-insights-pr', locale, relative);
        if (!fs.existsSync(file)) continue;
        const result = articleWorkspaceFindings({ uri: 'file:///a.md', text: fs.readFileSync(file, 'utf8'), locale, original: { uri: 'file:///en.md', text: fs.readFileSync(path.join(english, relative), 'utf8') } });
        const stale = result.findings.filter((finding) => finding.code.startsWith('source-'));
        assert.deepEqual(stale.map((finding) => finding.message), [], `${locale}/${relative}`);
        assert.ok(result.unitStatus.every((status) => status === 'current'), `${locale}/${relative}`);
        articles++;
      }
    }
    assert.ok(articles >= 16, `${articles} articles`);
  });
});

describe('word diff', () => {
  it('marks the changed words and says what changed', () => {
    const parts = wordDiff('Go to the Admin page.', 'Go to the Settings page now.');
    assert.deepEqual(parts, [
      { kind: 'same', text: 'Go to the ' },
      { kind: 'removed', text: 'Admin ' },
      { kind: 'added', text: 'Settings ' },
      { kind: 'same', text: 'page ' },
      { kind: 'added', text: 'now' },
      { kind: 'same', text: '.' },
    ]);
    assert.equal(describeChanges(parts), '“Admin” → “Settings”, added “now”');
  });
});

describe('bad originals', () => {
  const article = `# ${'<span data-ttu-id="aaaaa-103">Titre</span><span class="sxs-lookup"><span data-stu-id="aaaaa-103">Title here</span></span>'}\n`;

  it('makes no stale finding from a binary original or one that is itself localized', () => {
    for (const original of ['\u0000\u0001PNG binary', article]) {
      const result = articleWorkspaceFindings({ uri: 'file:///fr-fr/a.md', text: article, locale: 'fr-fr', original: { uri: 'file:///en-us/a.md', text: original } });
      assert.deepEqual(result.findings.map((finding) => finding.code), []);
      assert.deepEqual(result.unitStatus, ['unknown']);
    }
  });

  it('aligns against any text without throwing (unclosed fences and comments, lone CRs, huge lines)', () => {
    for (const original of ['```\nTitle here', '<!-- Title here', 'Title here\r\rMore text here.\r', 'x'.repeat(200_000) + ' Title here.', '']) {
      const result = alignWithOriginal(body('Title here'), original);
      assert.equal(result.units.length, 1);
    }
  });
});
