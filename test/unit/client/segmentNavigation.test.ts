/**
 * Where next/previous segment, next problem and next untranslated take the cursor, written as
 * an article with a `$0` cursor and the id the command must land on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findUnit, unitHasProblem, unitIsUntranslated } from '../../../client/src/segments/segmentNavigationTargets';
import { unitIndexAtPosition, unitIndexNearPosition } from '../../../client/src/shared/unitAtPosition';
import { articleFixture, unit } from './documentUnitsOf';

const article = (cursorMarkedBody: string) =>
  articleFixture(
    [
      '---',
      'ms.contentlocale: fr-FR',
      '---',
      `# <a name="title"></a>${unit('aaaaa-101', 'Titre', 'Title')}`,
      '',
      `${unit('aaaaa-102', 'Une phrase.', 'A sentence.')} ${unit('aaaaa-103', '', 'Empty one.')}`,
      '',
      `- ${unit('aaaaa-104', 'Power Automate', 'Power Automate')}`,
      `- ${unit('aaaaa-105', 'Déclencheur.', 'Trigger.')}`,
      '',
      cursorMarkedBody,
    ].join('\n'),
    ['aaaaa-105'],
  );

/** The id of the target unit, `wrapped` appended when the search went round. */
function landsOn(fixture: ReturnType<typeof article>, target: ReturnType<typeof findUnit>): string {
  if (!target) return 'nowhere';
  return fixture.document.units[target.index].id + (target.wrapped ? ' (wrapped)' : '');
}

/** The article with the cursor placed just before `marker`. */
function cursorBefore(marker: string): ReturnType<typeof article> {
  return articleFixture(article('').text.replace(marker, `$0${marker}`), ['aaaaa-105']);
}

describe('segment navigation', () => {
  it('goes from inside a unit to the next one on the same line, then down the list', () => {
    const fixture = cursorBefore('Une phrase');
    assert.equal(landsOn(fixture, findUnit(fixture.document.units, fixture.cursor, { direction: 'next' })), 'aaaaa-103');
    const later = cursorBefore('Déclencheur');
    assert.equal(landsOn(later, findUnit(later.document.units, later.cursor, { direction: 'next' })), 'nowhere');
  });

  it('from a blank line goes to the first unit below for next and the last above for previous', () => {
    const fixture = article('$0');
    assert.equal(landsOn(fixture, findUnit(fixture.document.units, fixture.cursor, { direction: 'previous' })), 'aaaaa-105');
    const between = articleFixture(article('').text.replace('\n\n- ', '\n$0\n- '));
    assert.equal(landsOn(between, findUnit(between.document.units, between.cursor, { direction: 'next' })), 'aaaaa-104');
    assert.equal(landsOn(between, findUnit(between.document.units, between.cursor, { direction: 'previous' })), 'aaaaa-103');
  });

  it('finds the next problem and wraps to the top', () => {
    const fixture = cursorBefore('Titre');
    assert.equal(landsOn(fixture, findUnit(fixture.document.units, fixture.cursor, { direction: 'next', accept: unitHasProblem, wrap: true })), 'aaaaa-105');
    const after = cursorBefore('Déclencheur');
    assert.equal(landsOn(after, findUnit(after.document.units, after.cursor, { direction: 'next', accept: unitHasProblem, wrap: true })), 'aaaaa-105 (wrapped)');
    assert.equal(landsOn(fixture, findUnit(fixture.document.units, fixture.cursor, { direction: 'previous', accept: unitHasProblem, wrap: true })), 'aaaaa-105 (wrapped)');
    assert.equal(landsOn(fixture, findUnit(fixture.document.units, fixture.cursor, { direction: 'previous', accept: unitHasProblem })), 'nowhere');
  });

  it('finds untranslated units: empty first, then one identical to its English', () => {
    const fixture = cursorBefore('Titre');
    const first = findUnit(fixture.document.units, fixture.cursor, { direction: 'next', accept: unitIsUntranslated, wrap: true });
    assert.equal(landsOn(fixture, first), 'aaaaa-103');
    const second = cursorBefore('Empty one');
    assert.equal(landsOn(second, findUnit(second.document.units, second.cursor, { direction: 'next', accept: unitIsUntranslated, wrap: true })), 'aaaaa-104');
  });

  it('says which unit the cursor is in, and which one it is near between units', () => {
    const fixture = article('$0');
    assert.equal(unitIndexAtPosition(fixture.document.units, fixture.cursor), undefined);
    assert.equal(fixture.document.units[unitIndexNearPosition(fixture.document.units, fixture.cursor) ?? -1].id, 'aaaaa-105');
    const inside = cursorBefore('Empty one');
    assert.equal(inside.document.units[unitIndexAtPosition(inside.document.units, inside.cursor) ?? -1].id, 'aaaaa-103');
  });

  it('finds nothing in a file without units', () => {
    const fixture = articleFixture('# Plain $0Markdown\n');
    assert.equal(findUnit(fixture.document.units, fixture.cursor, { direction: 'next', wrap: true }), undefined);
    assert.equal(unitIndexNearPosition(fixture.document.units, fixture.cursor), undefined);
  });
});
