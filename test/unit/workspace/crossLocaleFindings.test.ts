/**
 * `cross-locale-source`: a unit whose number carries other English in another locale of the
 * same article — the locales were translated from different English versions — unless the
 * sentences were only renumbered (the other locale has ours under another number, or we have
 * theirs).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readUnitHalves } from '../../../server/src/workspace/articleSummary';
import { articleWorkspaceFindings } from '../../../server/src/workspace/findings/articleWorkspaceFindings';

const unit = (id: string, translation: string, english: string): string =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

function crossLocale(text: string, other: string) {
  return articleWorkspaceFindings({
    uri: 'file:///repo/fr-fr/article.md',
    text,
    locale: 'fr-fr',
    otherLocales: [{ uri: 'file:///repo/de-de/article.md', locale: 'de-de', text: other, units: readUnitHalves(other) }],
  }).findings.filter((finding) => finding.code === 'cross-locale-source');
}

describe('cross-locale source', () => {
  it('names the unit whose number carries other English in another locale', () => {
    const text = [unit('f9f29-101', 'Sélectionnez Enregistrer.', 'Select Save.'), unit('f9f29-102', 'Ouvrez le fichier.', 'Open the file.'), unit('f9f29-p103', 'Fermez.', 'Close it.')].join('\n\n');
    const other = [unit('abcde-101', 'Wählen Sie Speichern.', 'Select  Save.'), unit('abcde-102', 'Öffnen Sie die Datei.', 'Open the document.'), unit('abcde-103', 'Schließen.', 'Close the window.')].join('\n\n');
    const findings = crossLocale(text, other);
    assert.deepEqual(
      findings.map((finding) => [finding.unit, text.slice(finding.range.start, finding.range.end), finding.message]),
      [[1, 'Ouvrez le fichier.', 'Unit 102 carries other English in de-de (“Open the document.”): the locales were translated from different English versions.']],
      'white space aside the same English is no finding, and a merged number (p103) is not the plain one (103)',
    );
  });

  it('is silent on sentences that were renumbered, not retranslated', () => {
    const text = [unit('f9f29-101', 'Un.', 'One.'), unit('f9f29-102', 'Deux.', 'Two.')].join('\n\n');
    // The other locale has our 102 under 101 and our 101 under 102.
    const other = [unit('abcde-101', 'Zwei.', 'Two.'), unit('abcde-102', 'Eins.', 'One.')].join('\n\n');
    assert.deepEqual(crossLocale(text, other), []);
  });
});
