/**
 * Workspace symbols: units by id, headings of every localized article, units by the words of
 * their translation or English, best first and capped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { workspaceSymbolsFor } from '../../../server/src/features/workspaceSymbols';
import { article, pathOf, workspaceOf } from './support/workspaceFixture';

const files = {
  'ci-pr/fr-fr/ci-docs/export.md': article({
    locale: 'fr-FR',
    prefix: '01895',
    units: [
      ['# Connecteur Power Automate', '# Power Automate connector'],
      ['Déclencher quand une actualisation échoue.', 'Trigger when a data source refresh fails.'],
      ['Le déclencheur se limite au seuil &amp; au segment.', 'The trigger is limited to the threshold &amp; the segment.'],
      ['## Actions Power Automate', '## Power Automate actions'],
    ],
  }),
  'ci-pr/nb-no/ci-docs/export.md': article({
    locale: 'nb-NO',
    prefix: '8a20d',
    units: [
      ['# Power Automate-kobling', '# Power Automate connector'],
      ['Utløs når en oppdatering mislykkes.', 'Trigger when a data source refresh fails.'],
    ],
  }),
  'ci/en-us/ci-docs/export.md': article({ english: ['# Power Automate connector', 'Trigger when a data source refresh fails.'] }),
};

async function search(query: string, limit?: number): Promise<string[]> {
  const { index } = workspaceOf(files);
  await index.whenComplete();
  return (await workspaceSymbolsFor(query, index, { limit })).map(show);
}

function show(symbol: SymbolInformation): string {
  const { start } = symbol.location.range;
  return `${symbol.kind === 15 ? 'heading' : 'unit'} ${symbol.name} [${symbol.containerName}] ${pathOf(symbol.location.uri)}:${start.line}:${start.character}`;
}

describe('workspace symbols', () => {
  it('a full id: that unit, with its translation', async () => {
    assert.deepEqual(await search('01895-104'), ['unit 01895-104 Déclencher quand une actualisation échoue. [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:6:30']);
  });

  it('an id typed halfway: the ids it starts', async () => {
    assert.deepEqual(await search('8a20d-10'), [
      'unit 8a20d-103 Power Automate-kobling [nb-no · ci-docs/export.md] ci-pr/nb-no/ci-docs/export.md:4:32',
      'unit 8a20d-104 Utløs når en oppdatering mislykkes. [nb-no · ci-docs/export.md] ci-pr/nb-no/ci-docs/export.md:6:30',
    ]);
  });

  it('words of a heading, in either language, before fuzzy heading matches', async () => {
    assert.deepEqual(await search('power automate'), [
      'heading Connecteur Power Automate [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:4:0',
      'heading Actions Power Automate [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:10:0',
      'heading Power Automate-kobling [nb-no · ci-docs/export.md] ci-pr/nb-no/ci-docs/export.md:4:0',
    ]);
    // "Connecteur Power" has the letters of "connector" in order: VS Code keeps it as it is named.
    assert.deepEqual(await search('connector'), [
      'heading Connecteur Power Automate [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:4:0',
      'heading Power Automate-kobling — Power Automate connector [nb-no · ci-docs/export.md] ci-pr/nb-no/ci-docs/export.md:4:0',
    ]);
    assert.deepEqual(await search('actpwr'), ['heading Actions Power Automate [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:10:0']);
  });

  it('words of a translation, entities decoded, in any order and case', async () => {
    assert.deepEqual(await search('SEGMENT seuil &'), ['unit 01895-105 Le déclencheur se limite au seuil & au segment. [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:8:30']);
  });

  it('words of the English: every locale that translates them, shown in English', async () => {
    assert.deepEqual(await search('refresh fails'), [
      'unit 01895-104 Trigger when a data source refresh fails. [fr-fr · ci-docs/export.md] ci-pr/fr-fr/ci-docs/export.md:6:30',
      'unit 8a20d-104 Trigger when a data source refresh fails. [nb-no · ci-docs/export.md] ci-pr/nb-no/ci-docs/export.md:6:30',
    ]);
  });

  it('an empty query lists headings; results stop at the limit', async () => {
    assert.equal((await search('')).length, 3);
    assert.equal((await search('', 2)).length, 2);
  });

  it('words too short to filter files by match headings only, reading no file', async () => {
    const { fileSystem, index } = workspaceOf(files);
    await index.whenComplete();
    const readsBefore = fileSystem.reads.length;
    const found = await workspaceSymbolsFor('au', index);
    assert.deepEqual(found.map((symbol) => symbol.kind), [15, 15, 15]);
    assert.equal(fileSystem.reads.length, readsBefore);
  });

  it('a cancelled search reads no file', async () => {
    const { fileSystem, index } = workspaceOf(files);
    await index.whenComplete();
    const readsBefore = fileSystem.reads.length;
    assert.deepEqual(await workspaceSymbolsFor('refresh', index, { isCancelled: () => true }), []);
    assert.equal(fileSystem.reads.length, readsBefore);
  });
});
