/**
 * The translation memory: exact and fuzzy matches per locale, best first, with the file and unit
 * that hold them; replacing and removing a file; TMX entries as an extra source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exchangeMemorySegments, memorySegmentsOfText } from '../../../server/src/workspace/memory/memorySources';
import { TranslationMemory } from '../../../server/src/workspace/memory/translationMemory';
import { sxsUnit } from '../../support/sxsUnit';

function article(prefix: string, pairs: [string, string][]): string {
  return pairs.map(([translation, english], index) => sxsUnit(`${prefix}-${103 + index}`, translation, english)).join('\n\n') + '\n';
}

describe('translation memory', () => {
  const memory = new TranslationMemory();
  memory.setFile(
    'file:///w/fr-fr/a.md',
    memorySegmentsOfText(article('aaaaa', [
      ['Sélectionnez **Enregistrer**.', 'Select **Save**.'],
      ['Accédez à la page **Admin** et sélectionnez le bouton.', 'Go to the **Admin** page and select the button.'],
      ['Select **Cancel**.', 'Select **Cancel**.'],
    ]), 'fr-fr'),
  );
  memory.setFile('file:///w/nb-no/a.md', memorySegmentsOfText(article('bbbbb', [['Velg **Lagre**.', 'Select **Save**.']]), 'nb-no'));

  it('answers the exact match at 100 % with its file and unit', () => {
    const [match] = memory.lookup('Select   **Save**.', 'fr-FR');
    assert.deepEqual(
      { percentage: match.percentage, translation: match.translation, file: match.file, unitId: match.unitId },
      { percentage: 100, translation: 'Sélectionnez **Enregistrer**.', file: 'file:///w/fr-fr/a.md', unitId: 'aaaaa-103' },
    );
  });

  it('answers fuzzy matches below 100 in the asked locale only', () => {
    const matches = memory.lookup('Go to the **Settings** page and select the button.', 'fr-fr');
    assert.equal(matches.length, 1);
    assert.ok(matches[0].percentage >= 80 && matches[0].percentage < 100, String(matches[0].percentage));
    assert.equal(matches[0].unitId, 'aaaaa-104');
    assert.deepEqual(memory.lookup('Select **Save**.', 'nb-no').map((match) => match.translation), ['Velg **Lagre**.']);
  });

  it('does not remember translations identical to the English', () => {
    assert.deepEqual(memory.lookup('Select **Cancel**.', 'fr-fr', { minimum: 100 }), []);
  });

  it('orders matches best first and honours the minimum and limit', () => {
    const matches = memory.lookup('Select **Save** now.', 'fr-fr', { minimum: 10, limit: 5 });
    for (let index = 1; index < matches.length; index++) assert.ok(matches[index - 1].percentage >= matches[index].percentage);
    assert.equal(matches[0].unitId, 'aaaaa-103');
    assert.deepEqual(memory.lookup('Select **Save** now.', 'fr-fr', { minimum: 99 }), []);
  });

  it('forgets a file replaced or removed', () => {
    const local = new TranslationMemory();
    local.setFile('file:///w/fr-fr/a.md', memorySegmentsOfText(article('aaaaa', [['Un', 'One sentence here.']]), 'fr-fr'));
    local.setFile('file:///w/fr-fr/a.md', memorySegmentsOfText(article('aaaaa', [['Deux', 'Two sentences here.']]), 'fr-fr'));
    assert.deepEqual(local.lookup('One sentence here.', 'fr-fr', { minimum: 100 }), []);
    assert.equal(local.lookup('Two sentences here.', 'fr-fr')[0].translation, 'Deux');
    local.removeFile('file:///w/fr-fr/a.md');
    assert.deepEqual(local.lookup('Two sentences here.', 'fr-fr'), []);
    assert.equal(local.stats().places, 0);
  });

  it('lists every translation of an exact English with its places, most used first', () => {
    const local = new TranslationMemory();
    local.setFile('file:///w/fr-fr/a.md', memorySegmentsOfText(article('aaaaa', [['Enregistrer', 'Save'], ['Sauvegarder', 'Save']]), 'fr-fr'));
    local.setFile('file:///w/fr-fr/b.md', memorySegmentsOfText(article('ccccc', [['Sauvegarder', 'Save']]), 'fr-fr'));
    assert.deepEqual(
      local.translationsOf('Save', 'fr-fr').map((entry) => [entry.translation, entry.places.map((place) => place.unitId)]),
      [['Sauvegarder', ['aaaaa-104', 'ccccc-103']], ['Enregistrer', ['aaaaa-103']]],
    );
  });

  it('takes TMX entries with an English source as an extra source', () => {
    const local = new TranslationMemory();
    local.setFile(
      'file:///w/memory.tmx',
      exchangeMemorySegments([
        { source: 'Open the portal.', target: 'Ouvrez le portail.', sourceLang: 'en-US', targetLang: 'fr-FR', properties: { tuid: 't1' } },
        { source: 'Ouvrez le portail.', target: 'Open the portal.', sourceLang: 'fr-FR', targetLang: 'en-US' },
      ]),
      'tmx',
    );
    const [match] = local.lookup('Open the portal.', 'fr-fr');
    assert.deepEqual([match.translation, match.origin, match.unitId, match.file], ['Ouvrez le portail.', 'tmx', 't1', 'file:///w/memory.tmx']);
    assert.deepEqual(local.lookup('Ouvrez le portail.', 'en-us'), []);
  });
});
