import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { InterchangeError } from '../../../server/src/interchange/interchangeError';
import { exportXliff } from '../../../server/src/interchange/xliffExport';
import { importXliff } from '../../../server/src/interchange/xliffImport';
import { decodeXmlBytes } from '../../../server/src/interchange/xmlBytes';
import { sxsUnit } from '../../support/sxsUnit';

const ARTICLE = [
  '---',
  'title: ' + sxsUnit('abcde-101', 'Titre', 'Title'),
  'ms.contentlocale: fr-fr',
  'ms.sourcegitcommit: 0123abc',
  '---',
  '# ' + sxsUnit('abcde-102', 'Enregistrer', 'Save'),
  '',
  sxsUnit('abcde-103', 'Sélectionnez **Enregistrer**.', 'Select **Save**.') + ' ' + sxsUnit('abcde-104', '', 'Run `npm` [here](https://x.test).'),
  '',
  sxsUnit('abcde-105', 'Open the file.', 'Open the file.'),
  '',
].join('\r\n');
const OPTIONS = { path: 'docs/fr-fr/a.md' };

function xliff(version: '1.2' | '2.0' = '1.2'): string {
  return exportXliff(ARTICLE, version, OPTIONS).xliff;
}

/** Replaces the target of one trans-unit (1.2) in our own output. */
function withTarget(file: string, key: string, target: string): string {
  const start = file.indexOf(`<trans-unit id="${key}"`);
  const open = file.indexOf('<target', start);
  const contentStart = file.indexOf('>', open) + 1;
  const end = file.indexOf('</target>', contentStart);
  return file.slice(0, contentStart) + target + file.slice(end);
}

test('import rewrites only the changed translation halves, codes as their original markup', () => {
  let file = withTarget(xliff(), 'abcde-103', 'Choisissez <bpt id="1" ctype="bold">**</bpt>Enregistrer<ept id="1">**</ept> maintenant.');
  file = withTarget(file, 'abcde-104', 'Exécutez <ph id="1" ctype="x-md-code">`npm`</ph> <bpt id="2" ctype="link">[</bpt>ici<ept id="2">](https://x.test)</ept>.');
  const result = importXliff(ARTICLE, file, OPTIONS);
  assert.deepEqual(result.report.imported, ['abcde-103', 'abcde-104']);
  assert.equal(result.report.unchanged, 3);
  assert.equal(result.text, ARTICLE.replace('Sélectionnez **Enregistrer**.', 'Choisissez **Enregistrer** maintenant.').replace(
    sxsUnit('abcde-104', '', 'Run `npm` [here](https://x.test).'),
    sxsUnit('abcde-104', 'Exécutez `npm` [ici](https://x.test).', 'Run `npm` [here](https://x.test).'),
  ));
});

test('XLIFF 2.0: the same import through <pc>/<ph> and originalData', () => {
  const file = xliff('2.0');
  const changed = file.replace(/<target>Sélectionnez (<pc id="1" dataRefStart="d1" dataRefEnd="d1" type="fmt" subType="xlf:b">)Enregistrer<\/pc>.<\/target>/, '<target>$1Enregistrez</pc> tout.</target>');
  assert.notEqual(changed, file);
  const result = importXliff(ARTICLE, changed, OPTIONS);
  assert.deepEqual(result.report.imported, ['abcde-103']);
  assert.ok(result.text.includes('>**Enregistrez** tout.</span>'));
});

test('codes lost, duplicated or reordered: the unit is reported and not imported, the rest is', () => {
  const cases: [string, RegExp][] = [
    ['Choisissez Enregistrer.', /code `\*\*` of the English is missing/],
    ['Choisissez <bpt id="1">**</bpt>Enregistrer.', /closing code after `\*\*` is missing/],
    ['<ept id="1">**</ept>Choisissez<bpt id="1">**</bpt>', /wrong order/],
    ['<bpt id="1">**</bpt>a<ept id="1">**</ept><bpt id="1">**</bpt>b<ept id="1">**</ept>', /more than once/],
    ['Choisissez <x id="9"/>.', /carries no original text/],
  ];
  for (const [target, reason] of cases) {
    let file = withTarget(xliff(), 'abcde-103', target);
    file = withTarget(file, 'abcde-102', 'Sauvegarder');
    const result = importXliff(ARTICLE, file, OPTIONS);
    assert.deepEqual(result.report.imported, ['abcde-102'], target);
    assert.equal(result.report.rejected.length, 1, target);
    assert.equal(result.report.rejected[0].unitId, 'abcde-103');
    assert.match(result.report.rejected[0].reason, reason);
    assert.ok(result.text.includes('Sélectionnez **Enregistrer**.'), 'the rejected unit keeps its translation');
  }
});

test('a target that would break the unit markup (span markup, an empty line) is rejected', () => {
  let file = withTarget(xliff(), 'abcde-102', 'Sauver&lt;/span&gt; x');
  file = withTarget(file, 'abcde-105', 'Ouvrez\n\nle fichier.');
  const result = importXliff(ARTICLE, file, OPTIONS);
  assert.deepEqual(result.report.imported, []);
  assert.deepEqual(result.report.rejected.map((unit) => unit.unitId), ['abcde-102', 'abcde-105']);
  assert.equal(result.text, ARTICLE);
});

test('an article changed since the export: matched by id and English, the rest reported', () => {
  let file = withTarget(xliff(), 'abcde-102', 'Sauvegarder');
  file = withTarget(file, 'abcde-103', 'Choisissez <bpt id="1">**</bpt>Enregistrer<ept id="1">**</ept>.');
  file = withTarget(file, 'abcde-105', 'Ouvrez le fichier.');
  const changed = ARTICLE.replace('Select **Save**.', 'Select **Save** now.').replace('abcde-105', 'abcde-107').replace('abcde-105', 'abcde-107') + sxsUnit('abcde-108', '', 'New sentence.') + '\r\n';
  const result = importXliff(changed, file, OPTIONS);
  assert.deepEqual(result.report.imported, ['abcde-102', 'abcde-107']);
  assert.deepEqual(result.report.skipped, [{ unitId: 'abcde-103', reason: 'its English changed since the export' }]);
  assert.deepEqual(result.report.notInFile, ['abcde-108']);
  assert.match(result.report.notes.join('\n'), /1 unit\(s\) matched by their English under another id/);
});

test('bad files: clear messages, nothing to write', () => {
  const refuse = (file: string, message: RegExp, options = OPTIONS): void =>
    assert.throws(() => importXliff(ARTICLE, file, options), (error: Error) => error instanceof InterchangeError && message.test(error.message));
  refuse('<xliff version="1.2"><file>', /not well-formed/);
  refuse(xliff().replace('target-language="fr-fr"', 'target-language="de-de"'), /is a de-de translation; the article is fr-fr/);
  refuse(exportXliff(ARTICLE.replace(/abcde-1/g, 'fffff-9').replace(/Title|Save|Select|Run|Open/g, 'Other'), '1.2', { path: 'b.md' }).xliff, /does not belong to this article/);
  refuse('<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff version="1.2"/>', /declares entities/);
  refuse('<tmx version="1.4"/>', /root element is <tmx>/);
  refuse(xliff(), /too large/, { ...OPTIONS, limits: { maxLength: 100 } } as typeof OPTIONS);
});

test('codes that carry no text (<g>, <x/>, as some tools write them) take it from the source code with the same id', () => {
  const file = withTarget(xliff(), 'abcde-104', 'Exécutez <x id="1"/> <g id="2">ici</g>.');
  const result = importXliff(ARTICLE, file, OPTIONS);
  assert.deepEqual(result.report.imported, ['abcde-104']);
  assert.ok(result.text.includes('>Exécutez `npm` [ici](https://x.test).</span>'));
});

test('XLIFF files in UTF-16 with a BOM, or UTF-8 with one, decode to the same text', () => {
  const text = xliff();
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.equal(decodeXmlBytes(utf16), text);
  assert.equal(decodeXmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), text);
  assert.deepEqual(importXliff(ARTICLE, decodeXmlBytes(utf16), OPTIONS).report.rejected, []);
});

test('front-matter units: a target that would break the YAML, or cut it short with a comment, is rejected', () => {
  let file = withTarget(xliff(), 'abcde-101', 'Titre # suite');
  let result = importXliff(ARTICLE, file, OPTIONS);
  assert.deepEqual(result.report.imported, []);
  assert.match(result.report.rejected[0].reason, /YAML comment/);
  file = withTarget(xliff(), 'abcde-101', 'Titre : sous-titre');
  result = importXliff(ARTICLE, file, OPTIONS);
  assert.deepEqual(result.report.imported, []);
  assert.match(result.report.rejected[0].reason, /front-matter-quoting/);
  file = withTarget(xliff(), 'abcde-101', 'Titre révisé');
  assert.deepEqual(importXliff(ARTICLE, file, OPTIONS).report.imported, ['abcde-101']);
});
