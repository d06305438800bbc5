/** Punctuation and white space, locale-aware, as a table of units and their findings. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingLines, fixedTranslation, singleUnitArticle, type CheckCase } from './fixture';

const NBSP = '\u00a0';

const cases: CheckCase[] = [
  { name: 'clean French', translation: `Remarque${NBSP}: voir «${NBSP}Paramètres${NBSP}».`, source: 'Note: see "Settings".', expected: [] },
  {
    name: 'a leading space added',
    translation: ' Sélectionnez.',
    source: 'Select.',
    expected: ['edge-whitespace @0-1 "the translation starts with white space, the source does not"'],
    fixed: 'Sélectionnez.',
  },
  {
    name: 'a trailing space lost',
    translation: 'Sélectionnez.',
    source: 'Select. ',
    expected: ['edge-whitespace @0-13 "the source ends with white space, the translation does not"'],
    fixed: 'Sélectionnez. ',
  },
  { name: 'an unbalanced bracket', translation: 'Nom (obsolète.', source: 'Name (obsolete).', expected: ['brackets @4-5 "unbalanced bracket `(` (the source\'s brackets are balanced)"'] },
  { name: 'full-width and ASCII brackets pair', translation: '名称（已过时)', source: 'Name (obsolete)', locale: 'zh-cn', expected: [] },
  { name: 'an unbalanced quote', translation: 'Voir « Paramètres.', source: 'See "Settings".', locale: 'fr-ca', expected: ['quotes @5-6 "unbalanced quotation mark `«` (the source\'s quotes are balanced)"'] },
  { name: 'German quotes', translation: 'Siehe „Einstellungen“.', source: 'See "Settings".', locale: 'de-de', expected: [] },
  { name: 'corner brackets', translation: '「設定」を参照してください。', source: 'See "Settings".', locale: 'ja-jp', expected: [] },
  {
    name: 'final punctuation lost',
    translation: 'Sélectionnez Enregistrer',
    source: 'Select Save.',
    expected: ['end-punctuation @0-24 "final punctuation differs: `.` in the source, no final punctuation in the translation"'],
  },
  { name: 'a CJK full stop matches', translation: '[保存] を選択します。', source: 'Select Save.', locale: 'ja-jp', expected: [] },
  { name: 'Arabic question mark matches', translation: 'ما الذي يمكنك فعله؟', source: 'What can you do?', locale: 'ar-sa', expected: [] },
  { name: 'a Japanese full stop for a colon', translation: '次の情報が含まれています。', source: 'It contains the following:', locale: 'ja-jp', expected: [] },
  { name: 'a Hindi danda matches a full stop', translation: 'सहेजें चुनें।', source: 'Select Save.', locale: 'hi-in', expected: [] },
  {
    name: 'a question turned into a statement',
    translation: 'Vous pouvez le faire.',
    source: 'Can you do it?',
    locale: 'fr-ca',
    expected: ['end-punctuation @20-21 "final punctuation differs: `?` in the source, `.` in the translation"'],
  },
  { name: 'closing markup after the final punctuation', translation: '**Remarque.**', source: '**Note.**', expected: [] },
  {
    name: 'a double space added',
    translation: 'Sélectionnez  Enregistrer.',
    source: 'Select Save.',
    expected: ['double-space @12-14 "double space in the translation"'],
    fixed: 'Sélectionnez Enregistrer.',
  },
  { name: 'indentation after a line break is not a double space', translation: 'Un\n    deux.', source: 'One\n    two.', expected: [] },
  { name: 'a repeated word', translation: 'Sélectionnez le le bouton.', source: 'Select the button.', expected: ['repeated-word @13-18 "repeated word `le le`"'] },
  { name: 'French nous nous is grammar', translation: 'Nous nous connectons.', source: 'We sign in.', expected: [] },
  {
    name: 'French: plain space before a colon',
    translation: 'Remarque : voir.',
    source: 'Note: see.',
    expected: ['french-spacing @8-9 "plain space before `:`: French uses a no-break space"'],
    fixed: `Remarque${NBSP}: voir.`,
  },
  {
    name: 'French: no space before a question mark',
    translation: 'Pourquoi?',
    source: 'Why?',
    expected: ['french-spacing @8-9 "no-break space missing before `?`"'],
    fixed: `Pourquoi${NBSP}?`,
  },
  { name: 'French: times and URLs are not punctuation', translation: `À 10:30, voir https://aka.ms/x${NBSP}!`, source: 'At 10:30, see https://aka.ms/x!', expected: [] },
  { name: 'French rules only apply to French', translation: 'Hinweis: siehe.', source: 'Note: see.', locale: 'de-de', expected: [] },
  { name: 'a line break in one half only', translation: 'Un\ndeux.', source: 'One two.', expected: ['line-breaks @2-3 "line breaks differ: 0 in the source, 1 in the translation"'] },
  { name: 'a tab in one half only', translation: 'Un deux.', source: 'One\ttwo.', expected: ['line-breaks @0-8 "tabs differ: 1 in the source, 0 in the translation"'] },
];

describe('punctuation', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const text = singleUnitArticle(testCase.translation, testCase.source, testCase);
      assert.deepEqual(findingLines(text, ['punctuation'], { locale: testCase.locale }), testCase.expected);
      if (testCase.fixed !== undefined) assert.equal(fixedTranslation(text, testCase.expected[0].split(' ')[0]), testCase.fixed);
    });
  }
});
