/**
 * Properties over every localized article of the corpus, for both XLIFF versions:
 * export → import unchanged writes nothing; export → every target changed → import changes
 * exactly the translation halves (every other byte stays) and each half reads back as changed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import type { SxsDocument } from '../../../server/src/core/model';
import { exchangeFileOf, type ExchangeFile } from '../../../server/src/interchange/exchangeUnits';
import { joinPieces } from '../../../server/src/interchange/inlineCodes';
import { writeXliff12 } from '../../../server/src/interchange/xliff12Write';
import { writeXliff20 } from '../../../server/src/interchange/xliff20Write';
import { exportXliff } from '../../../server/src/interchange/xliffExport';
import { importXliff } from '../../../server/src/interchange/xliffImport';
import { corpusArticles, corpusMissing, corpusRoot } from '../../support/paths';

const localized = corpusArticles().filter((file) => !/[\\/]en-us[\\/]/.test(file));

function optionsOf(file: string): { path: string; locale: string } {
  const relative = path.relative(corpusRoot, file).split(path.sep).join('/');
  const locale = relative.split('/')[1];
  return { path: relative, locale };
}

/** The text outside the translation halves, which an import must never touch. */
function outsideTranslations(document: SxsDocument): string[] {
  const parts: string[] = [];
  let cursor = 0;
  for (const unit of document.units) {
    parts.push(document.text.slice(cursor, unit.translation.range.start));
    cursor = unit.translation.range.end;
  }
  parts.push(document.text.slice(cursor));
  return parts;
}

const WRITERS: Record<'1.2' | '2.0', (file: ExchangeFile) => string> = { '1.2': writeXliff12, '2.0': writeXliff20 };

for (const version of ['1.2', '2.0'] as const) {
  test(`XLIFF ${version}: export then import unchanged leaves every corpus article byte-identical`, { skip: corpusMissing }, () => {
    assert.ok(localized.length > 20, `localized articles in the corpus: ${localized.length}`);
    for (const file of localized) {
      const text = fs.readFileSync(file, 'utf8');
      const { xliff, unitCount } = exportXliff(text, version, optionsOf(file));
      const result = importXliff(text, xliff, optionsOf(file));
      assert.equal(result.edits.length, 0, `${file}: ${JSON.stringify(result.report.rejected.slice(0, 3))}`);
      assert.equal(result.text, text, file);
      assert.equal(result.report.unchanged + result.report.untranslated, unitCount, file);
      assert.deepEqual(result.report.rejected, [], file);
      assert.deepEqual(result.report.skipped, [], file);
    }
  });

  test(`XLIFF ${version}: every target changed changes exactly the translation halves of every corpus article`, { skip: corpusMissing }, () => {
    let halves = 0;
    for (const file of localized) {
      const text = fs.readFileSync(file, 'utf8');
      const document = parse(text);
      const exchange = exchangeFileOf(document, optionsOf(file));
      const changed: ExchangeFile = { ...exchange, units: exchange.units.map((unit) => ({ ...unit, target: [{ kind: 'text', text: 'Ω ' }, ...unit.target] })) };
      const result = importXliff(text, WRITERS[version](changed), optionsOf(file));
      assert.deepEqual(result.report.rejected, [], file);
      assert.equal(result.report.imported.length, exchange.units.length, file);
      const after = parse(result.text);
      assert.deepEqual(outsideTranslations(after), outsideTranslations(document), `${file}: bytes outside the translation halves`);
      const expected = new Map(exchange.units.map((unit) => [unit.unitId + '\u0000' + joinPieces(unit.source), 'Ω ' + joinPieces(unit.target)]));
      for (const unit of after.units) {
        if (!unit.source) continue;
        const want = expected.get(unit.id.text + '\u0000' + unit.source.raw);
        if (want !== undefined) assert.equal(unit.translation.raw, want, `${file} ${unit.id.text}`);
      }
      halves += exchange.units.length;
    }
    assert.ok(halves > 1000, `translation halves changed: ${halves}`);
  });
}
