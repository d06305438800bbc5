/**
 * Keeping two locales in step: the sample article in fr-fr and nb-no (same numbers, different
 * prefixes) and a copy whose numbers moved, matched by English.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { correspondingUnitIndex, parseUnitNumber, type AlignableUnit } from '../../../client/src/sideBySide/unitCorrespondence';
import { repoRoot } from '../../support/paths';
import { articleFixture } from './documentUnitsOf';

const sample = (locale: string) =>
  articleFixture(fs.readFileSync(path.join(repoRoot, 'samples', 'customer-insights-pr', locale, 'ci-docs', 'audience-insights', 'export-power-automate.md'), 'utf8'));

const alignable = (fixture: ReturnType<typeof sample>): AlignableUnit[] =>
  fixture.document.units.map((unit) => ({ ...parseUnitNumber(unit.id), english: unit.source }));

describe('unit correspondence', () => {
  it('reads the number of plain and merged ids', () => {
    assert.deepEqual(parseUnitNumber('f9f29-103'), { number: 103, merged: false });
    assert.deepEqual(parseUnitNumber('f9f29-p103'), { number: 103, merged: true });
    assert.ok(Number.isNaN(parseUnitNumber('broken').number));
  });

  it('matches every fr-fr unit of the sample to the nb-no unit with the same number and English', () => {
    const french = sample('fr-fr');
    const norwegian = sample('nb-no');
    const frenchUnits = alignable(french);
    const norwegianUnits = alignable(norwegian);
    assert.ok(frenchUnits.length >= 25, `only ${frenchUnits.length} units parsed`);
    frenchUnits.forEach((unit, index) => {
      const match = correspondingUnitIndex(unit, norwegianUnits, index);
      assert.notEqual(match, undefined, `no match for ${french.document.units[index].id}`);
      assert.equal(norwegianUnits[match!].number, unit.number);
      assert.equal(norwegianUnits[match!].english, unit.english);
      assert.notEqual(norwegian.document.units[match!].id, french.document.units[index].id, 'prefixes differ per locale');
    });
  });

  it('follows the English when the numbers moved, and the nearest of repeated sentences', () => {
    const target: AlignableUnit[] = [
      { number: 201, merged: false, english: 'Select  Save.' },
      { number: 202, merged: false, english: 'Open the app.' },
      { number: 203, merged: false, english: 'Select Save.' },
    ];
    assert.equal(correspondingUnitIndex({ number: 103, merged: false, english: 'Select Save.' }, target, 2), 2);
    assert.equal(correspondingUnitIndex({ number: 103, merged: false, english: 'Select Save.' }, target, 0), 0);
    assert.equal(correspondingUnitIndex({ number: 202, merged: false, english: 'Changed English.' }, target, 0), 1, 'the number alone, when the English changed');
    assert.equal(correspondingUnitIndex({ number: 999, merged: false, english: 'Nowhere.' }, target, 0), undefined);
  });
});
