/**
 * Go to Definition and Find References on a unit: the same unit in the other locales (same number,
 * same English) and the sentence in the English original, in an in-memory workspace.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unitCounterpartsAt, unitReferencesAt } from '../../../server/src/features/unitCounterparts';
import { fixture, unit } from '../features/support/featureFixture';
import { ROOT, showLocations, workspaceOf } from './support/workspaceFixture';

const LIMITED = 'The trigger is limited to crossing above the threshold.';

/** One localized version of the test article; `english104` lets a locale lag behind the English. */
function localized(locale: string, prefix: string, [title, segment, limited, measures]: string[], english104 = 'Trigger when a threshold is crossed on a segment.'): string {
  return [
    '---',
    `ms.contentlocale: ${locale}`,
    '---',
    `# <a name="connector"></a>${unit(`${prefix}-103`, title, 'Power Automate connector')}`,
    '',
    `- ${unit(`${prefix}-104`, segment, english104)} ${unit(`${prefix}-105`, limited, LIMITED)}`,
    `- ${unit(`${prefix}-106`, measures, 'Only business measures are supported.')} ${unit(`${prefix}-107`, limited, LIMITED)}`,
    '',
  ].join('\n');
}

const ENGLISH = [
  '---',
  'title: Power Automate connector | Microsoft Docs',
  '---',
  '',
  '# Power Automate connector',
  '',
  `- Trigger when a threshold is crossed on a segment. ${LIMITED}`,
  `- Only business measures are supported. ${LIMITED}`,
  '',
].join('\n');

const FRENCH = ['Connecteur Power Automate', 'Déclencher quand un seuil est franchi sur un segment.', 'Le déclencheur se limite au franchissement du seuil.', 'Seules les mesures sont prises en charge.'];

/** The workspace, with `$0` marking the cursor in the French file. */
function workspaceWithCursor(frenchWithCursor: string, extraFiles: Record<string, string> = {}) {
  const uri = `${ROOT}/customer-insights-pr/fr-fr/ci-docs/export.md`;
  const { snapshot, cursor } = fixture(frenchWithCursor, uri);
  const { fileSystem, index } = workspaceOf({
    'customer-insights-pr/fr-fr/ci-docs/export.md': snapshot.text,
    'customer-insights-pr/nb-no/ci-docs/export.md': localized('nb-NO', '830ff', ['Power Automate-kobling', 'Utløs når en terskel krysses.', 'Utløseren er begrenset.', 'Bare mål støttes.']),
    'customer-insights-pr/de-de/ci-docs/export.md': localized('de-DE', 'f49d5', ['Power Automate-Connector', 'Auslösen, wenn ein Segment wächst.', 'Der Trigger ist begrenzt.', 'Nur Kennzahlen.'], 'Trigger when a segment grows.'),
    'customer-insights-pr/fr-fr/ci-docs/other.md': localized('fr-FR', 'aaaaa', FRENCH),
    'customer-insights/en-us/ci-docs/export.md': ENGLISH,
    ...extraFiles,
  });
  return { snapshot, cursor, fileSystem, index };
}

describe('definition on a unit', () => {
  it('the heading unit: every locale and the English heading', async () => {
    const french = localized('fr-FR', '01895', FRENCH).replace('Connecteur Power', 'Connecteur $0Power');
    const { snapshot, cursor, fileSystem, index } = workspaceWithCursor(french);
    assert.deepEqual(await showLocations(await unitCounterpartsAt(snapshot, cursor, index), fileSystem), [
      'customer-insights-pr/de-de/ci-docs/export.md 3:56-3:80 «Power Automate-Connector»',
      'customer-insights-pr/nb-no/ci-docs/export.md 3:56-3:78 «Power Automate-kobling»',
      'customer-insights/en-us/ci-docs/export.md 4:2-4:26 «Power Automate connector»',
    ]);
  });

  it('a locale translated from other English is left out', async () => {
    const french = localized('fr-FR', '01895', FRENCH).replace('Déclencher quand', 'Déclencher $0quand');
    const { snapshot, cursor, fileSystem, index } = workspaceWithCursor(french);
    assert.deepEqual(await showLocations(await unitCounterpartsAt(snapshot, cursor, index), fileSystem), [
      'customer-insights-pr/nb-no/ci-docs/export.md 5:32-5:61 «Utløs når en terskel krysses.»',
      'customer-insights/en-us/ci-docs/export.md 6:2-6:51 «Trigger when a threshold is crossed on a segment.»',
    ]);
  });

  it('the second of two identical sentences goes to the second in the English', async () => {
    const french = localized('fr-FR', '01895', FRENCH);
    const second = french.lastIndexOf('Le déclencheur');
    const { snapshot, cursor, fileSystem, index } = workspaceWithCursor(`${french.slice(0, second)}$0${french.slice(second)}`);
    assert.deepEqual(await showLocations(await unitCounterpartsAt(snapshot, cursor, index), fileSystem), [
      'customer-insights-pr/de-de/ci-docs/export.md 6:191-6:216 «Der Trigger ist begrenzt.»',
      'customer-insights-pr/nb-no/ci-docs/export.md 6:193-6:216 «Utløseren er begrenset.»',
      `customer-insights/en-us/ci-docs/export.md 7:40-7:95 «${LIMITED}»`,
    ]);
  });

  it('outside any unit: nothing', async () => {
    const { snapshot, cursor, index } = workspaceWithCursor(localized('fr-FR', '01895', FRENCH).replace('ms.contentlocale', '$0ms.contentlocale'));
    assert.deepEqual(await unitCounterpartsAt(snapshot, cursor, index), []);
  });

  it('the open text counts, not the file on disk', async () => {
    const french = localized('fr-FR', '01895', FRENCH).replace('Seules les', 'Seules $0les');
    const { snapshot, cursor, fileSystem, index } = workspaceWithCursor(french);
    // On disk the French file is still an older draft without that unit, nor any locale key.
    fileSystem.write(snapshot.uri, 'Brouillon.');
    assert.equal((await unitCounterpartsAt(snapshot, cursor, index)).length, 3);
  });
});

describe('references on a unit', () => {
  it('the counterparts and, when asked, the unit itself', async () => {
    const french = localized('fr-FR', '01895', FRENCH).replace('Seules les', 'Seules $0les');
    const { snapshot, cursor, fileSystem, index } = workspaceWithCursor(french);
    const withDeclaration = await unitReferencesAt(snapshot, cursor, true, index);
    assert.deepEqual(await showLocations(withDeclaration, fileSystem), [
      'customer-insights-pr/de-de/ci-docs/export.md 6:32-6:47 «Nur Kennzahlen.»',
      'customer-insights-pr/fr-fr/ci-docs/export.md 6:32-6:73 «Seules les mesures sont prises en charge.»',
      'customer-insights-pr/nb-no/ci-docs/export.md 6:32-6:49 «Bare mål støttes.»',
      'customer-insights/en-us/ci-docs/export.md 7:2-7:39 «Only business measures are supported.»',
    ]);
    assert.equal((await unitReferencesAt(snapshot, cursor, false, index)).length, 3);
  });
});
