/** Completeness: empty halves, unchanged translations and the machine-translation note. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { checkDocument } from '../../../server/src/checks/index';
import { article, findingLines, renderFinding, singleUnitArticle, unit, type CheckCase } from './fixture';

const cases: CheckCase[] = [
  { name: 'a translated unit', translation: 'Connecteur Power Automate', source: 'Power Automate connector', expected: [] },
  { name: 'an empty translation', translation: '', source: 'Select a flow.', expected: ['empty-translation @0-0 "the translation is empty"'] },
  { name: 'a blank translation', translation: '  ', source: 'Select a flow.', expected: ['empty-translation @0-2 "the translation is empty"'] },
  { name: 'an empty source', translation: 'Sélectionnez un flux.', source: '', expected: ['empty-source @0-21 "the source (sxs-lookup) half is empty"'] },
  {
    name: 'a sentence left untranslated',
    translation: 'Select the flow to run.',
    source: 'Select the flow to run.',
    expected: ['unchanged @0-23 "the translation is identical to the source"'],
  },
  { name: 'a product name needs no translation', translation: 'Microsoft Power Automate', source: 'Microsoft Power Automate', expected: [] },
  { name: 'a name with connector words', translation: 'Modern POS for Windows', source: 'Modern POS for Windows', expected: [] },
  { name: 'only code and numbers', translation: '`Get-Foo` 42', source: '`Get-Foo` 42', expected: [] },
  { name: 'a code expression', translation: 'Hash.ComputeSHA1Hash(string message)', source: 'Hash.ComputeSHA1Hash(string message)', expected: [] },
  { name: 'a single word', translation: 'Description', source: 'Description', expected: [] },
  { name: 'a language name in its own script', translation: 'қазақ тілі', source: 'қазақ тілі', expected: [] },
  { name: 'a no-loc term alone', translation: 'the contoso app', source: 'the contoso app', frontMatter: 'no-loc: [the contoso app]\n', expected: [] },
];

describe('completeness', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      assert.deepEqual(findingLines(singleUnitArticle(testCase.translation, testCase.source, testCase), ['completeness']), testCase.expected);
    });
  }

  it('notes a machine-translated article on its ms.translationtype line', () => {
    const text = article(unit('Bonjour le monde', 'Hello world')).replace('ms.translationtype: HT', 'ms.translationtype: MT');
    const doc = parse(text);
    const notes = checkDocument(doc).filter((finding) => finding.code === 'machine-translated');
    assert.deepEqual(notes.map((finding) => renderFinding(doc, finding)), [
      `machine-translated @${text.indexOf('ms.translationtype')}-${text.indexOf('MT') + 2} "this article is machine-translated (ms.translationtype: MT): review every unit"`,
    ]);
    assert.equal(notes[0].severity, 'information');
  });

  it('gives structural problems their default severity', () => {
    const text = article(`${unit('Un', 'One', 105)} ${unit('Deux', 'Two', 104)}\n\nTexte libre ${unit('Trois', 'Three', 106)}`);
    const findings = checkDocument(parse(text)).filter((finding) => ['id-order', 'text-outside-units'].includes(finding.code));
    assert.ok(findings.length >= 1);
    for (const finding of findings) assert.equal(finding.severity, 'warning');
  });
});
