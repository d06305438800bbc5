/**
 * The text-search filter never hides a file that contains a word (in any case, any script), and
 * hides most files that do not.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import { filterMayContain, lowerCaseForFilter, TrigramFilterBuilder } from '../../../server/src/workspace/trigramFilter';
import { corpusArticles, corpusMissing } from '../../support/paths';

function filterOf(...texts: string[]) {
  const builder = new TrigramFilterBuilder();
  for (const text of texts) builder.add(text);
  return builder.finish();
}

describe('trigram filter', () => {
  it('admits every word of the texts, whatever its case', () => {
    const filter = filterOf('Déclencher quand une ÉTAPE réussit.', 'Триггер срабатывает', 'データソースの更新');
    for (const word of ['déclencher', 'étape', 'RÉUSSIT', 'триггер', 'СРАБАТЫВАЕТ', 'データソース', 'ソースの更新']) {
      assert.ok(filterMayContain(filter, lowerCaseForFilter(word)), word);
    }
  });

  it('rejects words that are not there', () => {
    const filter = filterOf('Trigger when a data source refresh fails.');
    for (const word of ['threshold', 'segment', 'dimension', 'automate']) assert.ok(!filterMayContain(filter, lowerCaseForFilter(word)), word);
  });

  it('a filter built after another starts empty', () => {
    const builder = new TrigramFilterBuilder();
    builder.add('threshold crossed on a segment');
    builder.finish();
    builder.add('nothing alike');
    assert.ok(!filterMayContain(builder.finish(), 'threshold'));
  });

  it('on real articles: no word is missed, and collisions add few absent words to what trigrams admit', { skip: corpusMissing }, () => {
    const texts = corpusArticles().map((file) => fs.readFileSync(file, 'utf8'));
    const builder = new TrigramFilterBuilder();
    const words = [...new Set(texts.join(' ').toLowerCase().match(/\p{L}{6,}/gu) ?? [])].slice(0, 300);
    let absent = 0;
    let admittedByTrigrams = 0;
    let admittedByFilter = 0;
    for (const text of texts) {
      builder.add(text);
      const filter = builder.finish();
      const lower = text.toLowerCase();
      const trigrams = new Set(Array.from({ length: Math.max(0, lower.length - 2) }, (_, index) => lower.slice(index, index + 3)));
      for (const word of words) {
        const admitted = filterMayContain(filter, lowerCaseForFilter(word));
        if (lower.includes(word)) {
          assert.ok(admitted, `${word} missed`);
          continue;
        }
        absent++;
        // An absent word whose every trigram occurs ("creating" beside "create" and "rating") passes any trigram filter.
        if (Array.from({ length: word.length - 2 }, (_, index) => word.slice(index, index + 3)).every((trigram) => trigrams.has(trigram))) admittedByTrigrams++;
        if (admitted) admittedByFilter++;
      }
    }
    assert.ok((admittedByFilter - admittedByTrigrams) / absent < 0.05, `${admittedByFilter} of ${absent} absent words admitted, ${admittedByTrigrams} by their trigrams alone`);
  });
});
