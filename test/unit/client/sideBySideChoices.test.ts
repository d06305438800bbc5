/**
 * What "SxS: Open Side by Side…" offers: for a localized article its English and the other
 * locales, for an English original its translations; the last choice first; what opens
 * without asking; what the swap command shows next.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Counterparts } from '../../../server/src/protocol';
import { choiceToOpenWithoutAsking, nextChoiceAfter, sideBySideChoices, withLastChoiceFirst } from '../../../client/src/sideBySide/sideBySideChoices';

const root = 'file:///work/samples';
const fr = `${root}/customer-insights-pr/fr-fr/ci-docs/a.md`;
const nb = `${root}/customer-insights-pr/nb-no/ci-docs/a.md`;
const ja = `${root}/customer-insights-pr/ja-jp/ci-docs/a.md`;
const en = `${root}/customer-insights/en-us/ci-docs/a.md`;

const fromFrench: Counterparts = {
  isEnglish: false,
  counterparts: [
    { uri: nb, locale: 'nb-no', kind: 'localized' },
    { uri: en, locale: 'en-us', kind: 'english' },
    { uri: ja, locale: 'ja-JP', kind: 'localized' },
    { uri: fr, locale: 'fr-fr', kind: 'localized' },
  ],
};

const keys = (choices: readonly { key: string }[]) => choices.map((choice) => choice.key);

describe('side-by-side choices', () => {
  it('offers a localized article its English, the English original, then the other locales in order', () => {
    assert.deepEqual(keys(sideBySideChoices(fr, true, fromFrench)), ['english-article', 'english-original', 'locale:ja-jp', 'locale:nb-no']);
  });

  it('offers an English original its translations only', () => {
    const fromEnglish: Counterparts = { isEnglish: true, counterparts: fromFrench.counterparts.filter((counterpart) => counterpart.kind === 'localized') };
    assert.deepEqual(keys(sideBySideChoices(en, false, fromEnglish)), ['locale:fr-fr', 'locale:ja-jp', 'locale:nb-no']);
  });

  it('still offers the English from the article when the workspace index has nothing', () => {
    assert.deepEqual(keys(sideBySideChoices(fr, true, undefined)), ['english-article']);
    assert.deepEqual(keys(sideBySideChoices(en, false, undefined)), []);
  });

  it('puts the last choice first and ignores a last choice this article lacks', () => {
    const choices = sideBySideChoices(fr, true, fromFrench);
    assert.deepEqual(keys(withLastChoiceFirst(choices, 'locale:nb-no')), ['locale:nb-no', 'english-article', 'english-original', 'locale:ja-jp']);
    assert.deepEqual(keys(withLastChoiceFirst(choices, 'locale:de-de')), keys(choices));
  });

  it('opens without asking only what the setting names and the article has', () => {
    const choices = sideBySideChoices(fr, true, fromFrench);
    assert.equal(choiceToOpenWithoutAsking(choices, 'ask', 'locale:nb-no'), undefined);
    assert.equal(choiceToOpenWithoutAsking(choices, 'lastUsed', 'locale:nb-no')?.uri, nb);
    assert.equal(choiceToOpenWithoutAsking(choices, 'lastUsed', undefined), undefined);
    assert.equal(choiceToOpenWithoutAsking(choices, 'englishOriginal', undefined)?.uri, en);
    assert.equal(choiceToOpenWithoutAsking(sideBySideChoices(fr, true, undefined), 'englishOriginal', undefined)?.key, 'english-article', 'a single choice opens at once');
  });

  it('swaps round all the versions', () => {
    const choices = sideBySideChoices(fr, true, fromFrench);
    const seen = [];
    let key: string | undefined = 'english-article';
    for (let step = 0; step < 4; step++) {
      key = nextChoiceAfter(choices, key)?.key;
      seen.push(key);
    }
    assert.deepEqual(seen, ['english-original', 'locale:ja-jp', 'locale:nb-no', 'english-article']);
  });
});
