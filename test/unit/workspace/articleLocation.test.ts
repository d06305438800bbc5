/**
 * Reading an article's place from its path, in every repository layout: locale folders beside
 * `en-us`, localization repositories `<repo>.<locale>` beside `<repo>`, the `-pr` private twin,
 * and folders that only look like locales.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishOriginalCandidates, identitiesOfEnglishFile, locateArticle } from '../../../server/src/workspace/articleLocation';
import { uriKey } from '../../../server/src/workspace/uriKey';

function show(uri: string): string {
  const location = locateArticle(uriKey(uri));
  return location ? `${location.locale} | ${location.repository || '(none)'} | ${location.articleKey}` : 'not localized';
}

describe('locateArticle', () => {
  const cases: [string, string][] = [
    ['file:///w/customer-insights-pr/fr-fr/ci-docs/audience-insights/apis.md', 'fr-fr | customer-insights-pr | ci-docs/audience-insights/apis.md'],
    ['file:///w/customer-insights/en-us/ci-docs/audience-insights/apis.md', 'en-us | customer-insights | ci-docs/audience-insights/apis.md'],
    ['file:///w/customer-insights-pr.nb-no/ci-docs/apis.md', 'nb-no | customer-insights-pr | ci-docs/apis.md'],
    ['file:///w/Docs/sr-Latn-RS/articles/a.md', 'sr-latn-rs | Docs | articles/a.md'],
    ['file:///fr-fr/a.md', 'fr-fr | (none) | a.md'],
    ['file:///w/docs/how-to/set-up.md', 'not localized'],
    ['file:///w/customer-insights/ci-docs/apis.md', 'not localized'],
    ['file:///w/repo/to-do/a.md', 'not localized'],
    ['file:///c%3A/Loc/repo/de-de/a%20b.md', 'de-de | repo | a b.md'],
  ];
  for (const [uri, expected] of cases) it(uri, () => assert.equal(show(uri), expected));
});

describe('one identity for every version of an article', () => {
  const versions = [
    'file:///w/customer-insights-pr/fr-fr/ci-docs/apis.md',
    'file:///w/customer-insights-pr/nb-no/ci-docs/apis.md',
    'file:///w/customer-insights-pr.de-de/ci-docs/apis.md',
    'file:///w/customer-insights/en-us/ci-docs/apis.md',
    'file:///w/CUSTOMER-INSIGHTS-PR/ja-jp/ci-docs/apis.md',
  ];

  it('locale folders, localization repositories and the -pr twin agree', () => {
    const identities = new Set(versions.map((uri) => locateArticle(uriKey(uri))!.identity));
    assert.equal(identities.size, 1, [...identities].join(' / '));
  });

  it('another article, or the same path under another parent folder, differs', () => {
    const mine = locateArticle(uriKey(versions[0]))!.identity;
    assert.notEqual(locateArticle(uriKey('file:///w/customer-insights-pr/fr-fr/ci-docs/other.md'))!.identity, mine);
    assert.notEqual(locateArticle(uriKey('file:///elsewhere/customer-insights-pr/fr-fr/ci-docs/apis.md'))!.identity, mine);
    assert.notEqual(locateArticle(uriKey('file:///w/partner-center-pr/fr-fr/ci-docs/apis.md'))!.identity, mine);
  });

  it('names the English original where the English repository keeps it, same repository first', () => {
    assert.deepEqual(englishOriginalCandidates(locateArticle(uriKey('file:///w/customer-insights-pr.fr-fr/ci-docs/apis.md'))!), [
      'file:///w/customer-insights-pr/en-us/ci-docs/apis.md',
      'file:///w/customer-insights-pr/ci-docs/apis.md',
      'file:///w/customer-insights-pr.en-us/ci-docs/apis.md',
      'file:///w/customer-insights/en-us/ci-docs/apis.md',
      'file:///w/customer-insights/ci-docs/apis.md',
      'file:///w/customer-insights.en-us/ci-docs/apis.md',
    ]);
  });

  it('an English original in a plain repository finds the identity of its translations', () => {
    const localized = locateArticle(uriKey('file:///w/customer-insights-pr.fr-fr/ci-docs/apis.md'))!.identity;
    assert.ok(identitiesOfEnglishFile('file:///w/customer-insights/ci-docs/apis.md').includes(localized));
    assert.ok(identitiesOfEnglishFile('file:///w/customer-insights-pr/en-us/ci-docs/apis.md').includes(localized));
    assert.ok(!identitiesOfEnglishFile('file:///w/customer-insights/ci-docs/other.md').includes(localized));
  });
});
