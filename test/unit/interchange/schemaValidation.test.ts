/**
 * Our XLIFF 1.2 and 2.0 of every localized corpus article validate against the official strict
 * 1.2 and 2.0 schemas, and the TMX of the corpus memory against the TMX 1.4 DTD (xmllint).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { writeTmx, type MemoryPair } from '../../../server/src/interchange/tmxWrite';
import { exportXliff } from '../../../server/src/interchange/xliffExport';
import { corpusArticles, corpusMissing, corpusRoot } from '../../support/paths';
import { temporaryFolder, validate, xmllintMissing } from './support/interchangeTools';

const localized = corpusArticles().filter((file) => !/[\\/]en-us[\\/]/.test(file));
const skip = corpusMissing || xmllintMissing;

function exportAll(version: '1.2' | '2.0'): string[] {
  const folder = temporaryFolder(`xliff${version}`);
  return localized.map((file, index) => {
    const relative = path.relative(corpusRoot, file).split(path.sep).join('/');
    const output = path.join(folder, `${index}.xlf`);
    fs.writeFileSync(output, exportXliff(fs.readFileSync(file, 'utf8'), version, { path: relative, locale: relative.split('/')[1] }).xliff);
    return output;
  });
}

for (const version of ['1.2', '2.0'] as const) {
  test(`XLIFF ${version} of every corpus article is valid against the official schema`, { skip }, () => {
    const files = exportAll(version);
    const result = validate(files, version === '1.2' ? 'xliff-1.2' : 'xliff-2.0');
    assert.equal(result.status, 0, result.output.slice(0, 2000));
    assert.equal((result.output.match(/ validates$/gm) ?? []).length, files.length);
  });
}

test('the validation can fail: a code type the 1.2 schema does not know is rejected', { skip }, () => {
  const [file] = exportAll('1.2').filter((name) => fs.readFileSync(name, 'utf8').includes('ctype="x-md-code"'));
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/ctype="x-md-code"/g, 'ctype="md-code"'));
  assert.equal(validate([file], 'xliff-1.2').status, 3);
});

test('TMX of the corpus memory is valid against the TMX 1.4 DTD', { skip }, () => {
  const pairs: MemoryPair[] = [];
  for (const file of localized) {
    const document = parse(fs.readFileSync(file, 'utf8'));
    for (const unit of document.units) {
      if (unit.source && unit.translation.raw.trim() && unit.translation.raw !== unit.source.raw) {
        pairs.push({ source: unit.source.raw, target: unit.translation.raw, targetLang: path.relative(corpusRoot, file).split(path.sep)[1], file: path.basename(file), unitId: unit.id.text, date: new Date(Date.UTC(2024, 0, 2)) });
      }
    }
  }
  const { tmx, written } = writeTmx(pairs);
  assert.ok(written > 5000, `translation units: ${written}`);
  const output = path.join(temporaryFolder('tmx'), 'memory.tmx');
  fs.writeFileSync(output, tmx);
  const result = validate([output], 'tmx');
  assert.equal(result.status, 0, result.output.slice(0, 2000));
});
