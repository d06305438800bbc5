/**
 * Translate Toolkit, an independent reader: its XLIFF and TMX stores read our XLIFF 1.2 and
 * TMX with the same segments (codes flattened to their original text, so source and target are
 * the halves as written), and `xliff2po` converts our XLIFF with one message per unit.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { writeTmx } from '../../../server/src/interchange/tmxWrite';
import { exportXliff } from '../../../server/src/interchange/xliffExport';
import { corpusMissing, corpusRoot } from '../../support/paths';
import { DEBIAN_PYTHON, run, temporaryFolder, translateToolkitMissing } from './support/interchangeTools';

const ARTICLE = path.join(corpusRoot, 'customer-insights-pr', 'fr-fr', 'ci-docs', 'audience-insights', 'apis.md');
const skip = corpusMissing || translateToolkitMissing;

const READER = `
import json, sys
from translate.storage import tmx, xliff
kind, name = sys.argv[1], sys.argv[2]
store = (xliff.xlifffile if kind == 'xliff' else tmx.tmxfile).parsefile(name)
print(json.dumps([[str(unit.source), str(unit.target)] for unit in store.units]))
`;

function readWithTranslateToolkit(kind: 'xliff' | 'tmx', file: string): [string, string][] {
  const result = run(DEBIAN_PYTHON, ['-c', READER, kind, file]);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

const text = fs.existsSync(ARTICLE) ? fs.readFileSync(ARTICLE, 'utf8') : '';
const units = parse(text).units.filter((unit) => unit.source);

test('Translate Toolkit reads our XLIFF 1.2: every unit, English and translation as written', { skip }, () => {
  const file = path.join(temporaryFolder('tt-xliff'), 'apis.xlf');
  fs.writeFileSync(file, exportXliff(text, '1.2', { path: 'apis.md' }).xliff);
  const read = readWithTranslateToolkit('xliff', file);
  assert.deepEqual(read, units.map((unit) => [unit.source!.raw, unit.translation.raw]));
  assert.ok(units.some((unit) => unit.source!.raw.includes('**')), 'the article has inline codes');

  const po = path.join(path.dirname(file), 'apis.po');
  const converted = run('xliff2po', [file, po]);
  assert.equal(converted.status, 0, converted.stderr);
  const messages = (fs.readFileSync(po, 'utf8').match(/^msgid /gm) ?? []).length;
  assert.equal(messages, units.length + 1, 'one message per unit, and the header');
});

test('Translate Toolkit reads our TMX: every entry, codes as their original text', { skip }, () => {
  const pairs = units
    .filter((unit) => unit.translation.raw.trim() !== '' && unit.translation.raw !== unit.source!.raw)
    .map((unit) => ({ source: unit.source!.raw, target: unit.translation.raw, targetLang: 'fr-fr', file: 'apis.md', unitId: unit.id.text, date: new Date() }));
  const file = path.join(temporaryFolder('tt-tmx'), 'memory.tmx');
  fs.writeFileSync(file, writeTmx(pairs).tmx);
  assert.deepEqual(readWithTranslateToolkit('tmx', file), pairs.map((pair) => [pair.source, pair.target]));
});
