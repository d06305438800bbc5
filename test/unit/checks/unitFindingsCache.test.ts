/**
 * Checking successive versions of an article with a unit findings cache gives exactly the
 * findings of checking each version from scratch, while re-checking only the units an edit
 * touched: random edits of real articles, applied one after another through `reparse`.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkDocument, UnitFindingsCache } from '../../../server/src/checks';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { reparse, type TextChange } from '../../../server/src/core/reparse';
import { corpusArticles, corpusMissing } from '../../support/paths';

const INSERTIONS = ['e', ' ', '1', '**', '`', '<', '</span>', '\n', '\n\n', '[x](y)', '&amp;', '.', '<br/>', '', '<!-- sxs-disable -->', '<!-- sxs-disable-next-line -->\n', 'sxs-', '<!--', '-->'];

function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.range.start) + change.text + text.slice(change.range.end);
}

function editArbitrary(): fc.Arbitrary<{ at: number; removed: number; inserted: string }[]> {
  return fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat({ max: 12 }), inserted: fc.constantFrom(...INSERTIONS) }), { minLength: 1, maxLength: 12 });
}

describe('unit findings cache', () => {
  it('gives the findings of a fresh check after every edit of a chain of edits', { skip: corpusMissing }, () => {
    const texts = corpusArticles()
      .filter((_, index) => index % 9 === 0)
      .map((file) => fs.readFileSync(file, 'utf8'));
    fc.assert(
      fc.property(fc.constantFrom(...texts), editArbitrary(), (text, edits) => {
        const cache = new UnitFindingsCache();
        let document: SxsDocument = parse(text);
        checkDocument(document, { unitCache: cache });
        for (const edit of edits) {
          const start = Math.floor(edit.at * document.text.length);
          const change = { range: { start, end: Math.min(document.text.length, start + edit.removed) }, text: edit.inserted };
          const edited = applyChange(document.text, change);
          document = reparse(document, edited, change);
          assert.deepEqual(checkDocument(document, { unitCache: cache }), checkDocument(parse(edited)), `after replacing ${change.range.start}-${change.range.end} by ${JSON.stringify(change.text)}`);
        }
      }),
      { seed: 1121, numRuns: 60 },
    );
  });

  it('re-checks only the edited unit after typing in an article', { skip: corpusMissing }, () => {
    // The largest prose article.
    const text = corpusArticles()
      .filter((file) => file.includes('customer-insights-pr'))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .sort((a, b) => b.length - a.length)[0];
    const cache = new UnitFindingsCache();
    let document = parse(text);
    checkDocument(document, { unitCache: cache });
    const afterFirstCheck = cache.checkedUnits;
    assert.equal(afterFirstCheck, document.units.length);
    const paragraphs = document.units.filter((candidate) => candidate.block.kind === 'paragraph');
    const unit = paragraphs[Math.floor(paragraphs.length / 2)];
    const at = unit.translation.range.start + 1;
    const change = { range: { start: at, end: at }, text: 'e' };
    const edited = applyChange(document.text, change);
    document = reparse(document, edited, change);
    const findings = checkDocument(document, { unitCache: cache });
    assert.deepEqual(findings, checkDocument(parse(edited)));
    const rechecked = cache.checkedUnits - afterFirstCheck;
    assert.equal(rechecked, 1, `${rechecked} of ${document.units.length} units checked again`);
  });

  it('re-checks only the edited unit of a paragraph of many units, also one that lone CRs join', () => {
    const unit = (n: number) => `<span data-ttu-id="f9f29-${n}">Voir **page ${n}** : ${n} €.</span><span class="sxs-lookup"><span data-stu-id="f9f29-${n}">See **page ${n}**: ${n} €.</span></span>`;
    const line = (from: number) => Array.from({ length: 30 }, (_, index) => unit(from + index)).join(' ');
    // `\r\n` after a lone `\r`: a blank line to the line table, but one paragraph to the unit scanner.
    for (const text of [`Intro.\n\n${line(100)}\n\nFin.\n`, `Intro.\n\n${line(100)}\r\r\n${line(200)}\n\nFin.\n`]) {
      const cache = new UnitFindingsCache();
      let document = parse(text);
      checkDocument(document, { unitCache: cache });
      const checkedBefore = cache.checkedUnits;
      for (const [id, inserted] of [['f9f29-115', 'e'], ['f9f29-101', '**'], ['f9f29-129', ' 1']] as const) {
        const edited = document.units.find((each) => each.id.text === id)!;
        const at = edited.translation.range.start + 2;
        const change = { range: { start: at, end: at }, text: inserted };
        const next = applyChange(document.text, change);
        document = reparse(document, next, change);
        assert.deepEqual(checkDocument(document, { unitCache: cache }), checkDocument(parse(next)), `after typing ${JSON.stringify(inserted)} into ${id}`);
      }
      assert.equal(cache.checkedUnits - checkedBefore, 3, 'one unit checked again per edit');
    }
  });

  it('checks everything again when the locale changes', () => {
    const text = '<span data-ttu-id="f9f29-103">Prix : 1,5 €.</span><span class="sxs-lookup"><span data-stu-id="f9f29-103">Price: 1.5 €.</span></span>\n';
    const cache = new UnitFindingsCache();
    const document = parse(text);
    assert.deepEqual(checkDocument(document, { unitCache: cache, locale: 'fr-fr' }), checkDocument(document, { locale: 'fr-fr' }));
    assert.deepEqual(checkDocument(document, { unitCache: cache, locale: 'en-us' }), checkDocument(document, { locale: 'en-us' }));
    assert.equal(cache.checkedUnits, 2);
  });
});
