/** Literals that must survive translation, as a table of units and their findings. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingLines, fixedTranslation, singleUnitArticle, type CheckCase } from './fixture';

const cases: CheckCase[] = [
  { name: 'number formats per locale agree', translation: 'Entre 1 000,5 et 2 000 Go', source: 'Between 1,000.5 and 2,000 GB', expected: [] },
  { name: 'German grouping', translation: '1.234,5 Einträge', source: '1,234.5 entries', locale: 'de-de', expected: [] },
  { name: 'Arabic-Indic digits', translation: '١٬٢٣٤٫٥ إدخال', source: '1,234.5 entries', locale: 'ar-sa', expected: [] },
  { name: 'full-width digits', translation: '２０２１年', source: '2021', locale: 'ja-jp', expected: [] },
  { name: 'a date reordered', translation: 'le 01/06/2018', source: 'on 6/1/2018', expected: [] },
  { name: 'numbers written in words become digits', translation: '2021 年 5 月の 1 つの更新', source: 'one update of May 2021', locale: 'ja-jp', expected: [] },
  {
    name: 'a number changed',
    translation: 'Attendez 15 minutes.',
    source: 'Wait 10 minutes.',
    expected: ['numbers @9-11 "number changed: `10` → `15`"'],
    fixed: 'Attendez 10 minutes.',
  },
  {
    name: 'a number changed in native digits is restored in them',
    translation: 'انتظر ١٥ دقيقة.',
    source: 'Wait 10 minutes.',
    locale: 'ar-sa',
    expected: ['numbers @6-8 "number changed: `10` → `١٥`"'],
    fixed: 'انتظر ١٠ دقيقة.',
  },
  { name: 'a number lost', translation: 'Attendez quelques minutes.', source: 'Wait 10 minutes.', expected: ['numbers @0-26 "number missing from the translation: `10`"'] },
  {
    name: 'WT.mc_id mangled in a bare URL',
    translation: 'Voir https://aka.ms/x?WT_mc_id=A.',
    source: 'See https://aka.ms/x?WT.mc_id=A.',
    expected: ['urls @5-32 "URL changed: `https://aka.ms/x?WT.mc_id=A` → `https://aka.ms/x?WT_mc_id=A`"'],
    fixed: 'Voir https://aka.ms/x?WT.mc_id=A.',
  },
  { name: 'a locale rewrite of a bare URL', translation: 'Voir https://docs.microsoft.com/fr-fr/a.', source: 'See https://docs.microsoft.com/en-us/a.', expected: [] },
  {
    name: 'an e-mail address changed',
    translation: 'Écrivez à support@contoso.fr.',
    source: 'Write to support@contoso.com.',
    expected: ['emails @10-28 "e-mail address changed: `support@contoso.com` → `support@contoso.fr`"'],
  },
  {
    name: 'a path translated',
    translation: 'Ouvrez C:\\Programmes\\Contoso.',
    source: 'Open C:\\Program Files\\Contoso.',
    expected: ['paths @7-28 "path changed: `C:\\\\Program` → `C:\\\\Programmes\\\\Contoso`"'],
  },
  {
    name: 'an option lost its dashes',
    translation: 'Utilisez -force.',
    source: 'Use --force.',
    expected: ['options @0-16 "option missing from the translation: `--force`"'],
  },
  {
    name: 'a placeholder translated',
    translation: 'Bonjour {{nom}}, vous avez {0} messages',
    source: 'Hello {{name}}, you have {0} messages',
    expected: ['placeholders @8-15 "placeholder changed: `{{name}}` → `{{nom}}`"'],
    fixed: 'Bonjour {{name}}, vous avez {0} messages',
  },
  { name: 'placeholders in other syntaxes', translation: '%1 et $(var) et %s', source: '%1 and $(var) and %s', expected: [] },
  {
    name: 'a no-loc term translated',
    translation: 'Ouvrez le Tableau de bord',
    source: 'Open the Dashboard',
    frontMatter: 'no-loc: [Dashboard]\n',
    expected: ['no-loc @0-25 "no-loc term `Dashboard` not kept verbatim: 1 in the source, 0 in the translation"'],
  },
  {
    name: 'a no-loc term with its case changed',
    translation: 'Ouvrez le dashboard',
    source: 'Open the Dashboard',
    frontMatter: 'no-loc: [Dashboard]\n',
    expected: ['no-loc @10-19 "no-loc term `Dashboard` not kept verbatim: 1 in the source, 0 in the translation"'],
  },
];

describe('literals', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const text = singleUnitArticle(testCase.translation, testCase.source, testCase);
      assert.deepEqual(findingLines(text, ['literals'], { locale: testCase.locale }), testCase.expected);
      if (testCase.fixed !== undefined) assert.equal(fixedTranslation(text, testCase.expected[0].split(' ')[0]), testCase.fixed);
    });
  }
});
