/**
 * Every quick fix, applied at every place it is offered — on the real articles, on copies with
 * defects injected into their units, and on randomly damaged copies — changes only the bytes it
 * means to: the editor's result equals the model's edits, nothing outside the edits differs, the
 * edits stay in their unit, and the re-parsed article has that finding gone and no new
 * structural problem. The fix-all action is applied to each article too.
 */
import assert from 'node:assert/strict';
import * as path from 'path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { parse } from '../../../server/src/core/parse';
import { corpusArticles, corpusMissing } from '../../support/paths';
import { applyChange, mutationArbitrary, mutationChange } from './articleMutations';
import { EXPECTED_CODE, injectDefects } from './defectInjection';
import { applyEveryOfferedFix, type FixTally } from './fixApplication';
import { fuzzParameters } from './fuzzParameters';
import { corpusTexts } from './reliabilityCorpus';

function newTally(): FixTally {
  return { applied: new Map(), notOffered: [] };
}

function total(tally: FixTally): number {
  let sum = 0;
  for (const count of tally.applied.values()) sum += count;
  return sum;
}

function summary(tally: FixTally): string {
  return `${total(tally)} fixes applied: ${[...tally.applied].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ')}`;
}

/** The article uris: file uris keep the locale folder the server reads when front matter lacks it. */
function articles(): { uri: string; text: string }[] {
  const files = corpusArticles();
  const texts = corpusTexts();
  return files.map((file, index) => ({ uri: pathToFileURL(file).toString(), text: texts[index] }));
}

describe('reliability: quick fixes change only the intended bytes', { skip: corpusMissing }, () => {
  it('every fix offered on the real articles', (t) => {
    const tally = newTally();
    for (const { uri, text } of articles()) applyEveryOfferedFix(text, uri, tally);
    t.diagnostic(summary(tally));
    assert.deepEqual(tally.notOffered, [], 'certain repairs the server did not offer');
    assert.ok(total(tally) > 0, 'no fix was offered on the corpus');
  });

  it('every fix offered after defects are injected into the units of every article', (t) => {
    const tally = newTally();
    const injected = new Map<string, number>();
    articles().forEach(({ uri, text }, index) => {
      const damaged = injectDefects(parse(text), index);
      for (const name of damaged.injected) injected.set(name, (injected.get(name) ?? 0) + 1);
      applyEveryOfferedFix(damaged.text, uri.replace(/\.md$/, `.damaged-${path.basename(uri)}`), tally);
    });
    t.diagnostic(`defects injected: ${[...injected].map(([name, count]) => `${name} ${count}`).join(', ')}`);
    t.diagnostic(summary(tally));
    assert.deepEqual(tally.notOffered, [], 'certain repairs the server did not offer');
    // Every kind of defect injected somewhere was repaired by a quick fix somewhere.
    for (const name of injected.keys()) {
      const code = EXPECTED_CODE[name];
      assert.ok((tally.applied.get(code) ?? 0) > 0, `${name}: no \`${code}\` fix was applied (${summary(tally)})`);
    }
  });

  it('every fix offered on randomly damaged articles', (t) => {
    const tally = newTally();
    const all = articles();
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(mutationArbitrary(), { minLength: 1, maxLength: 4 }), ({ uri, text }, mutations) => {
        let damaged = text;
        for (const mutation of mutations) damaged = applyChange(damaged, mutationChange(damaged, mutation));
        applyEveryOfferedFix(damaged, uri, tally);
      }),
      fuzzParameters(7101, 40),
    );
    t.diagnostic(summary(tally));
    assert.deepEqual(tally.notOffered, [], 'certain repairs the server did not offer');
  });
});
