/**
 * Smart selection and highlights: each expansion step shown as the text it selects, from the
 * cursor outwards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver-types';
import { highlightsAt } from '../../../server/src/features/highlight';
import { selectionRangesOf } from '../../../server/src/features/selectionRanges';
import { fixture, textOf, unit } from './support/featureFixture';

function steps(text: string, range: SelectionRange): string[] {
  const shown: string[] = [];
  for (let step: SelectionRange | undefined = range; step; step = step.parent) shown.push(textOf(text, step.range));
  return shown;
}

const first = unit('f9f29-103', 'Dans de nombreux cas.', 'In many cases.');
const second = unit('f9f29-104', 'Vérifiez la connexion.', 'Check the connection.');
const paragraph = `${first} ${second}\nsuite du paragraphe`;

describe('selection ranges', () => {
  it('from a word of a translation: word, translation, unit, line, paragraph', () => {
    const { snapshot, cursor } = fixture(`# Titre\n\n${paragraph.replace('nombreux', 'nomb$0reux')}\n\nAutre paragraphe.\n`);
    assert.deepEqual(steps(snapshot.text, selectionRangesOf(snapshot, [cursor])![0]), ['nombreux', 'Dans de nombreux cas.', first, `${first} ${second}`, paragraph]);
  });

  it('from a word of the English: the English text instead of the translation', () => {
    const { snapshot, cursor } = fixture(paragraph.replace('connection', 'conn$0ection'));
    assert.deepEqual(steps(snapshot.text, selectionRangesOf(snapshot, [cursor])![0]), ['connection', 'Check the connection.', second, `${first} ${second}`, paragraph]);
  });

  it('from the tags: the unit, then outwards', () => {
    const { snapshot, cursor } = fixture(paragraph.replace('<span data-ttu-id="f9f29-104"', '<sp$0an data-ttu-id="f9f29-104"'));
    assert.deepEqual(steps(snapshot.text, selectionRangesOf(snapshot, [cursor])![0]), ['span', second, `${first} ${second}`, paragraph]);
  });

  it('one chain per cursor, outside units too', () => {
    const { snapshot, cursors } = fixture(`${first}\n\nTexte $0libre et ${unit('f9f29-105', 'Un$0.', 'One.')}`);
    const ranges = selectionRangesOf(snapshot, cursors)!;
    assert.equal(ranges.length, 2);
    assert.deepEqual(steps(snapshot.text, ranges[0]).slice(0, 2), ['libre', `Texte libre et ${unit('f9f29-105', 'Un.', 'One.')}`]);
    assert.deepEqual(steps(snapshot.text, ranges[1]).slice(0, 2), ['Un', 'Un.']);
  });

  it('Markdown without units: nothing', () => {
    const { snapshot, cursor } = fixture('Some $0text.\n');
    assert.equal(selectionRangesOf(snapshot, [cursor]), null);
  });
});

describe('document highlight', () => {
  it('lights both halves of the unit under the cursor', () => {
    const { snapshot, cursor } = fixture(paragraph.replace('Vérifiez', 'Véri$0fiez'));
    assert.deepEqual(
      highlightsAt(snapshot, cursor)!.map((highlight) => `${highlight.kind === 3 ? 'write' : 'read'} ${textOf(snapshot.text, highlight.range)}`),
      ['write Vérifiez la connexion.', 'read Check the connection.'],
    );
  });

  it('the caret right after a unit still belongs to it', () => {
    const { snapshot, cursor } = fixture(`${first}$0 suite`);
    assert.equal(highlightsAt(snapshot, cursor)!.length, 2);
  });

  it('nothing outside units', () => {
    const { snapshot, cursor } = fixture(`${first}\n\nTexte $0libre.`);
    assert.equal(highlightsAt(snapshot, cursor), null);
  });
});
