/**
 * Every real article of the shared corpus: parse never throws, finds every unit an independent
 * count finds, its ranges slice back to the file, and it reports structural problems only on
 * the files that are really broken.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import type { OffsetRange, SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { corpusArticles, corpusMissing, corpusRoot } from '../../support/paths';

/** Files whose breakage is known: `&quot;`-escaped units (see the format guide). */
function isKnownBroken(text: string): boolean {
  return text.includes('data-ttu-id=&quot;') || /^(<{7}|>{7}) /m.test(text);
}

function assertSlices(text: string, range: OffsetRange, expected: string, what: string): void {
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${what}: range ${range.start}-${range.end} out of bounds`);
  assert.equal(text.slice(range.start, range.end), expected, `${what}: range does not slice back to its text`);
}

function assertRangesExact(doc: SxsDocument): void {
  const text = doc.text;
  let previousEnd = 0;
  for (const unit of doc.units) {
    const where = `unit ${unit.id.text} at ${unit.range.start}`;
    assert.ok(unit.range.start >= previousEnd, `${where}: overlaps the previous unit`);
    previousEnd = unit.range.end;
    assertSlices(text, unit.id.range, unit.id.text, `${where} id`);
    assertSlices(text, unit.translation.range, unit.translation.raw, `${where} translation`);
    if (unit.source) assertSlices(text, unit.source.range, unit.source.raw, `${where} source`);
    if (unit.sourceId) assertSlices(text, unit.sourceId.range, unit.sourceId.text, `${where} source id`);
    for (const half of [unit.translation, unit.source]) {
      for (const token of half?.tokens ?? []) {
        assert.ok(token.range.start >= half!.range.start && token.range.end <= half!.range.end, `${where}: token ${token.kind} leaves its half`);
      }
    }
  }
}

/** Rebuilds the file with every translation replaced by itself, through the ranges alone. */
function replaceTranslationsWithThemselves(doc: SxsDocument): string {
  let out = '';
  let position = 0;
  for (const unit of doc.units) {
    out += doc.text.slice(position, unit.translation.range.start) + unit.translation.raw;
    position = unit.translation.range.end;
  }
  return out + doc.text.slice(position);
}

describe('corpus', { skip: corpusMissing }, () => {
  const files = corpusArticles();
  let units = 0;

  it('has articles to read', () => assert.ok(files.length > 100, `only ${files.length} articles under ${corpusRoot}`));

  for (const file of files) {
    it(path.relative(corpusRoot, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const doc = parse(text);
      units += doc.units.length;
      const occurrences = text.split('data-ttu-id=').length - 1;
      const escaped = doc.problems.filter((problem) => problem.code === 'entity-escaped-markup').length;
      assert.equal(doc.units.length + escaped, occurrences, 'units (plus escaped units) differ from the count of data-ttu-id');
      assertRangesExact(doc);
      assert.equal(replaceTranslationsWithThemselves(doc), text, 'replacing every translation with itself changed the file');
      if (!isKnownBroken(text)) assert.deepEqual(doc.problems.map((problem) => `${problem.code}: ${problem.message}`), [], 'structural problem on a clean file');
      else assert.ok(doc.problems.length > 0, 'a broken file parsed without problems');
    });
  }

  it('parsed units across the corpus', () => assert.ok(units > 20000, `only ${units} units`));
});
