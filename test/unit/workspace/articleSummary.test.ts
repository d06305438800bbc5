/**
 * What the index keeps of a file: the facts of a small article shown as text, and, on every
 * real article of the corpus, the same units, ids, positions and English as the document model.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/core/lineIndex';
import { parse } from '../../../server/src/core/parse';
import { encodeIdNumber, summarizeArticle, unitCount, unitIdText, unitTranslationRange, UNIT_STRIDE, UnitField, type ArticleSummary } from '../../../server/src/workspace/articleSummary';
import { sourceTextHash } from '../../../server/src/workspace/sourceTextHash';
import { TrigramFilterBuilder } from '../../../server/src/workspace/trigramFilter';
import { corpusArticles, corpusMissing } from '../../support/paths';
import { lines, showRange, unit } from '../features/support/featureFixture';

function show(summary: ArticleSummary, text: string): string {
  const rows = [
    `${summary.localized ? 'localized' : 'english'} locale=${summary.contentLocale} asset=${summary.assetId} commit=${summary.sourceGitCommit} prefix=${summary.prefix}`,
  ];
  for (let index = 0; index < unitCount(summary); index++) rows.push(`unit ${unitIdText(summary, index)} ${showRange(text, unitTranslationRange(summary, index))}`);
  for (const heading of summary.headings) rows.push(`h${heading.level} line ${heading.line}: ${heading.title} | ${heading.sourceTitle}`);
  return lines(...rows);
}

const filters = new TrigramFilterBuilder();

describe('summarizeArticle', () => {
  it('keeps the localization keys, units with their positions, and headings in both languages', () => {
    const text = [
      '---',
      'title: Titre',
      'ms.sourcegitcommit: d84d664e67f263bfeb741154d309088c5101b9c3',
      'ms.contentlocale: fr-FR',
      'ms.assetid: "FA6A6FCB-2597-44E7-93F8-8D1DD35D52EA"',
      '---',
      `# <a name="power-automate"></a>${unit('f9f29-103', 'Connecteur &amp; flux', 'Connector &amp; flows')}`,
      '',
      `${unit('f9f29-104', 'Une <span style="x">phrase</span>.', 'A <span style="x">sentence</span>.')} ${unit('f9f29-p105', 'Fusion.', 'Merged.')}`,
      '',
      '```html',
      unit('f9f29-900', 'Code.', 'Code.'),
      '```',
      '',
      `- ${unit('a1b2c-106', 'Autre préfixe.', 'Other prefix.')}`,
      `- <span data-ttu-id="f9f29-107">Sans moitié anglaise.</span>`,
      '',
      '## Sans unité ##',
    ].join('\n');
    assert.equal(
      show(summarizeArticle(text, filters), text),
      lines(
        'localized locale=fr-fr asset=fa6a6fcb-2597-44e7-93f8-8d1dd35d52ea commit=d84d664e67f263bfeb741154d309088c5101b9c3 prefix=f9f29',
        'unit f9f29-103 6:61-6:82 «Connecteur &amp; flux»',
        'unit f9f29-104 8:30-8:64 «Une <span style="x">phrase</span>.»',
        'unit f9f29-p105 8:206-8:213 «Fusion.»',
        'unit a1b2c-106 14:32-14:46 «Autre préfixe.»',
        'h1 line 6: Connecteur & flux | Connector & flows',
        'h2 line 17: Sans unité | Sans unité',
      ),
    );
  });

  it('an English original keeps only its keys', () => {
    const summary = summarizeArticle('---\nms.assetid: abc\n---\n# Power Automate connector\n\nText.\n', filters);
    assert.equal(show(summary, ''), lines('english locale=undefined asset=abc commit=undefined prefix=undefined'));
  });

  it('a localized file without units yet is localized by its front matter', () => {
    assert.equal(summarizeArticle('---\nms.contentlocale: nb-NO\n---\n[!INCLUDE [banner](b.md)]\n', filters).localized, true);
  });

  it('keeps no view of the file text (a kept slice would keep the whole file alive)', () => {
    const title = 'Un titre assez long pour une tranche';
    const summary = summarizeArticle(`---\nms.sourcegitcommit: ${'a'.repeat(40)}\n---\n# ${unit('f9f29-103', title, 'A title long enough to be a slice')}\n`, filters);
    assert.equal(summary.headings[0].title, title);
    // Structural check: everything kept is a string, number or typed array; no object holds the text.
    assert.ok(!JSON.stringify({ ...summary, units: [], textFilter: [] }).includes('data-ttu-id'));
  });
});

describe('summaries agree with the document model on every corpus article', { skip: corpusMissing }, () => {
  for (const file of corpusArticles()) {
    it(file.slice(file.indexOf('corpus') + 7), () => {
      const text = fs.readFileSync(file, 'utf8');
      const summary = summarizeArticle(text, filters);
      const model = parse(text);
      const positions = new LineIndex(text);
      // The model also reads units too broken for navigation (no English half): the summary skips those.
      const complete = model.units.filter((candidate) => candidate.source !== undefined);
      assert.equal(unitCount(summary), complete.length, 'unit count');
      complete.forEach((modelUnit, index) => {
        const record = index * UNIT_STRIDE;
        assert.equal(unitIdText(summary, index), modelUnit.id.text, `id of unit ${index}`);
        assert.equal(summary.units[record + UnitField.IdNumber], encodeIdNumber(modelUnit.id));
        assert.equal(summary.units[record + UnitField.SourceHash], sourceTextHash(text, modelUnit.source!.range.start, modelUnit.source!.range.end), `English of ${modelUnit.id.text}`);
        const range = unitTranslationRange(summary, index);
        assert.deepEqual([positions.offsetAt(range.start), positions.offsetAt(range.end)], [modelUnit.translation.range.start, modelUnit.translation.range.end], `range of ${modelUnit.id.text}`);
      });
      // Headings serve workspace symbols of translations: English originals keep none.
      assert.deepEqual(
        summary.headings.map((heading) => heading.line),
        summary.localized ? model.headings.map((heading) => heading.line) : [],
        'heading lines',
      );
      // Entity-escaped units are no units to either reader; their raw markup differs only in how it is decoded.
      if (summary.localized && !text.includes('data-ttu-id=&quot;')) {
        assert.deepEqual(
          summary.headings.map((heading) => [heading.title, heading.sourceTitle]),
          model.headings.map((heading) => [heading.title, heading.sourceTitle]),
          'heading titles',
        );
      }
    });
  }
});
