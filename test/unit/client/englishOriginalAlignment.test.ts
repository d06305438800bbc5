/**
 * Finding each unit's English in the English original: every unit of the sample fr-fr article
 * is found in the original, in order, on text that really is that sentence.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { locateSentencesInEnglishOriginal } from '../../../client/src/sideBySide/englishOriginalAlignment';
import { normalizeEnglish } from '../../../client/src/sideBySide/unitCorrespondence';
import { repoRoot } from '../../support/paths';
import { articleFixture } from './documentUnitsOf';

const articlePath = path.join('ci-docs', 'audience-insights', 'export-power-automate.md');

describe('English original alignment', () => {
  it('finds every body sentence of the fr-fr sample in the English original, in document order', () => {
    const french = articleFixture(fs.readFileSync(path.join(repoRoot, 'samples', 'customer-insights-pr', 'fr-fr', articlePath), 'utf8'));
    const english = fs.readFileSync(path.join(repoRoot, 'samples', 'customer-insights', 'en-us', articlePath), 'utf8');
    const spans = locateSentencesInEnglishOriginal(english, french.document.units.map((unit) => [unit.source]));
    const missing = french.document.units.filter((_, index) => spans[index] === undefined).map((unit) => `${unit.id} ${unit.source}`);
    assert.deepEqual(missing, []);
    spans.forEach((span, index) => {
      assert.equal(normalizeEnglish(english.slice(span!.start, span!.end)), normalizeEnglish(french.document.units[index].source));
      if (index > 0) assert.ok(span!.start >= spans[index - 1]!.end, `unit ${index} found before the previous one`);
    });
  });

  it('tolerates other line wrapping and maps a repeated sentence to its own occurrence', () => {
    const original = 'Select **Save**.\n\nThen\nselect **Save**.\nSelect **Save**.';
    const spans = locateSentencesInEnglishOriginal(original, [['Select **Save**.'], ['Then select **Save**.'], ['Select **Save**.'], ['Not there.']]);
    assert.deepEqual(spans.map((span) => span && original.slice(span.start, span.end)), ['Select **Save**.', 'Then\nselect **Save**.', 'Select **Save**.', undefined]);
    assert.equal(spans[2]!.start, original.lastIndexOf('Select'));
  });

  it('tries the next spelling when the first is not in the original', () => {
    const spans = locateSentencesInEnglishOriginal('Use <T> here.', [['Use &lt;T&gt; here.', 'Use <T> here.']]);
    assert.deepEqual(spans, [{ start: 0, end: 13 }]);
  });
});
