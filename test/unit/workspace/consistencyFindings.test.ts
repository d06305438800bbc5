/**
 * `inconsistent-translation`: the same English translated differently in the file or in the
 * locale's memory. Each unit lists the other translations (never its own), at most five, with
 * the count of all of them, and a repair per listed translation that touches only its own half.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { reparse } from '../../../server/src/core/reparse';
import { articleWorkspaceFindings } from '../../../server/src/workspace/findings/articleWorkspaceFindings';
import { ConsistencyCache, consistencyFindings } from '../../../server/src/workspace/findings/consistencyFindings';
import { memorySegmentsOfText } from '../../../server/src/workspace/memory/memorySources';
import { TranslationMemory } from '../../../server/src/workspace/memory/translationMemory';

const unit = (number: number, translation: string, english: string): string =>
  `<span data-ttu-id="f9f29-${number}">${translation}</span><span class="sxs-lookup"><span data-stu-id="f9f29-${number}">${english}</span></span>`;

const ARTICLE_URI = 'file:///repo/fr-fr/article.md';

function inconsistencies(text: string, memory?: TranslationMemory) {
  return articleWorkspaceFindings({ uri: ARTICLE_URI, text, locale: 'fr-fr', memory }).findings.filter((finding) => finding.code === 'inconsistent-translation');
}

describe('inconsistent translations', () => {
  it('lists, for each unit, the other translations of its English in the file, and never its own', () => {
    const text = [unit(101, 'Sélectionnez Enregistrer.', 'Select Save.'), unit(102, 'Choisissez Enregistrer.', 'Select Save.'), unit(103, 'Sélectionnez Enregistrer.', 'Select Save.'), unit(104, 'Ouvrez le fichier.', 'Open the file.')].join('\n\n');
    const findings = inconsistencies(text);
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.range.start, finding.range.end)),
      ['Sélectionnez Enregistrer.', 'Choisissez Enregistrer.', 'Sélectionnez Enregistrer.'],
    );
    assert.match(findings[0].message, /translated differently once elsewhere: “Choisissez Enregistrer\.” \(f9f29-102\)/);
    assert.match(findings[1].message, /once elsewhere: “Sélectionnez Enregistrer\.” \(f9f29-101\)/);
    // The related place is the other unit's translation; the repair writes it into this unit's half only.
    const related = findings[1].related!.map((place) => text.slice(place.range.start, place.range.end));
    assert.deepEqual(related, ['Sélectionnez Enregistrer.']);
    const repair = findings[1].alternatives![0].edits[0];
    assert.equal(text.slice(repair.range.start, repair.range.end), 'Choisissez Enregistrer.');
    assert.equal(repair.newText, 'Sélectionnez Enregistrer.');
  });

  it('counts every other translation but lists five, those of the file first, then the memory', () => {
    const ways = Array.from({ length: 8 }, (_, index) => `Traduction ${index}.`);
    const text = ways.map((translation, index) => unit(101 + index, translation, 'Select  Save.')).join('\n\n');
    const memory = new TranslationMemory();
    memory.setFile('file:///repo/fr-fr/other.md', memorySegmentsOfText(unit(7, 'Autre traduction.', 'Select Save.'), 'fr-fr'));
    const findings = inconsistencies(text, memory);
    assert.equal(findings.length, 8);
    assert.match(findings[0].message, /differently 8 ways elsewhere: “Traduction 1\.” \(f9f29-102\); “Traduction 2\.”.*“Traduction 5\.” \(f9f29-106\)\.$/);
    assert.equal(findings[0].alternatives!.length, 5);
    assert.ok(!findings[3].message.includes('“Traduction 3.”'), findings[3].message);
    assert.match(findings[3].message, /“Traduction 0\.”.*“Traduction 5\.”/);
  });

  it('names a translation of another file of the locale, and ignores the article itself in the memory', () => {
    const text = unit(101, 'Sélectionnez Enregistrer.', 'Select Save.');
    const memory = new TranslationMemory();
    memory.setFile(ARTICLE_URI, memorySegmentsOfText(unit(101, 'Ancienne traduction.', 'Select Save.'), 'fr-fr'));
    assert.equal(inconsistencies(text, memory).length, 0);
    memory.setFile('file:///repo/fr-fr/other.md', memorySegmentsOfText(unit(9, 'Choisissez Enregistrer.', 'Select Save.'), 'fr-fr'));
    const [finding] = inconsistencies(text, memory);
    assert.match(finding.message, /once elsewhere: “Choisissez Enregistrer\.” \(other\.md f9f29-9\)/);
    assert.equal(finding.related!.length, 0);
  });

  it('honours sxs-disable comments, as the article\'s own checks do', () => {
    const text = [unit(101, 'Sélectionnez Enregistrer.', 'Select Save.'), `<!-- sxs-disable-next-line inconsistent-translation -->\n${unit(102, 'Choisissez Enregistrer.', 'Select Save.')}`, `<!-- sxs-disable-next-line end-punctuation -->\n${unit(103, 'Cliquez sur Enregistrer.', 'Select Save.')}`].join('\n\n');
    const findings = inconsistencies(text);
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.range.start, finding.range.end)),
      ['Sélectionnez Enregistrer.', 'Cliquez sur Enregistrer.'],
      'the unit under the comment for this code is silenced; a comment for another code silences nothing',
    );
  });

  it('is silent when the translations agree (white space aside) or a unit is left in English', () => {
    const text = [unit(101, 'Sélectionnez  Enregistrer.', 'Select Save.'), unit(102, 'Sélectionnez Enregistrer.', 'Select Save.'), unit(103, 'Select Save.', 'Select Save.')].join('\n\n');
    assert.deepEqual(inconsistencies(text), []);
  });

  it('follows a new memory with the same cache, and keeps building on it version after version', () => {
    const text = [unit(101, 'Sélectionnez Enregistrer.', 'Select Save.'), unit(102, 'Ouvrez le fichier.', 'Open the file.')].join('\n\n');
    const first = new TranslationMemory();
    const second = new TranslationMemory();
    second.setFile('file:///repo/fr-fr/other.md', memorySegmentsOfText(unit(9, 'Choisissez Enregistrer.', 'Select Save.'), 'fr-fr'));
    const cache = new ConsistencyCache();
    const model = parse(text);
    assert.equal(consistencyFindings(model, { uri: ARTICLE_URI, locale: 'fr-fr', memory: first }, cache).length, 0);
    const withSecond = { uri: ARTICLE_URI, locale: 'fr-fr', memory: second };
    const found = consistencyFindings(model, withSecond, cache);
    assert.deepEqual(found, consistencyFindings(model, withSecond, new ConsistencyCache()), 'as a fresh cache finds with the new memory');
    assert.equal(found.length, 1);
    assert.equal(cache.context, withSecond, 'the cache now serves the new memory');
    // The next version, an edit of the other unit, keeps the finding through the same cache.
    const at = text.indexOf('Ouvrez');
    const next = reparse(model, text.slice(0, at) + 'X' + text.slice(at), { range: { start: at, end: at }, text: 'X' });
    assert.equal(consistencyFindings(next, withSecond, cache).length, 1);
  });

  it('changes its one list of findings in place, version after version, as a fresh computation would make it', () => {
    // Groups whose units stand before, inside and after each edit, with ties of position none can break.
    const paragraphs = Array.from({ length: 12 }, (_, index) => unit(101 + index, index % 3 === 0 ? 'Sélectionnez Enregistrer.' : index % 3 === 1 ? 'Choisissez Enregistrer.' : `Ouvrez le fichier ${index % 2}.`, index % 3 === 2 ? 'Open the file.' : 'Select Save.'));
    let text = paragraphs.join('\n\n');
    let model = parse(text);
    const context = { uri: ARTICLE_URI, locale: 'fr-fr' };
    const cache = new ConsistencyCache();
    const list = consistencyFindings(model, context, cache);
    const described = (findings: ReturnType<typeof consistencyFindings>) => findings.map((finding) => [finding.range.start, finding.range.end, finding.unit, finding.message, JSON.stringify(finding.related)].join(' '));
    const edit = (start: number, end: number, inserted: string): void => {
      text = text.slice(0, start) + inserted + text.slice(end);
      model = reparse(model, text, { range: { start, end }, text: inserted });
      const found = consistencyFindings(model, context, cache);
      assert.equal(found, list, 'the same list, not a new one per keystroke');
      assert.deepEqual(described(found), described(consistencyFindings(parse(text), context)), `after replacing [${start}, ${end}) by ${JSON.stringify(inserted)}`);
    };
    const sixth = text.indexOf('f9f29-106');
    edit(text.indexOf('Enregistrer', sixth), text.indexOf('Enregistrer', sixth), 'X'); // typed into a unit of a group of eight
    edit(text.indexOf('Choisissez'), text.indexOf('Choisissez') + 'Choisissez'.length, 'Sélectionnez'); // a unit joins the other translation
    const third = text.indexOf('<span data-ttu-id="f9f29-103">');
    edit(third, text.indexOf('\n\n', third) + 2, ''); // a unit deleted: the indices after it move
    edit(0, 0, `${unit(100, 'Cliquez sur Enregistrer.', 'Select Save.')}\n\n`); // a unit added before all others
    edit(text.length, text.length, `\n\n${unit(200, 'Ouvrez le fichier 9.', 'Open the file.')}`); // and one after
    // A paragraph deleted between units of its group translated three ways: those after it move back past where it stood.
    for (const [index, translation] of ['Enregistrez.', 'Sauvegardez.', 'Gardez.'].entries()) edit(text.length, text.length, `\n\n${unit(300 + index, translation, 'Save.')}`);
    const middleOfThree = text.indexOf('<span data-ttu-id="f9f29-301">');
    edit(middleOfThree - 2, text.indexOf('<span data-ttu-id="f9f29-302">') - 2, '');
    assert.ok(list.length > 8, `${list.length} findings`);
  });

  it('gives the units of one translation one message and one set of related places, and makes the repairs on demand at the unit\'s current place', () => {
    // Six units, two translations: each unit of a translation lists the same other one.
    const translations = ['Sélectionnez Enregistrer.', 'Choisissez Enregistrer.'];
    const text = Array.from({ length: 6 }, (_, index) => unit(101 + index, translations[index % 2], 'Select Save.')).join('\n\n');
    const findings = consistencyFindings(parse(text), { uri: ARTICLE_URI, locale: 'fr-fr' }, new ConsistencyCache());
    assert.equal(findings.length, 6);
    assert.equal(findings[0].message, findings[2].message);
    assert.equal(findings[0].related, findings[4].related, 'the same related places, one array');
    assert.notEqual(findings[0].message, findings[1].message);
    // The repairs are no part of the finding's own data: a copy or JSON of it carries only what LSP needs.
    assert.deepEqual(Object.keys(findings[3]).sort(), ['code', 'message', 'range', 'related', 'severity', 'unit']);
    assert.ok(!JSON.stringify(findings[3]).includes('alternatives'));
    // An edit before the unit moves it; a repair asked for afterwards writes into its half where it now is.
    const model = parse(text);
    const moved = consistencyFindings(model, { uri: ARTICLE_URI, locale: 'fr-fr' }, new ConsistencyCache());
    const at = text.indexOf('<span data-ttu-id="f9f29-103">');
    const next = `${text.slice(0, at)}Note.\n\n${text.slice(at)}`;
    const edited = reparse(model, next, { range: { start: at, end: at }, text: 'Note.\n\n' });
    assert.equal(edited.units[3], model.units[3], 'the re-parse kept the unit, moved');
    const again = consistencyFindings(edited, { uri: ARTICLE_URI, locale: 'fr-fr' }, new ConsistencyCache());
    const repair = moved[3].alternatives![0];
    assert.equal(repair.title, 'Use the translation of f9f29-101: “Sélectionnez Enregistrer.”');
    assert.equal(next.slice(repair.edits[0].range.start, repair.edits[0].range.end), 'Choisissez Enregistrer.');
    assert.deepEqual(repair, again[3].alternatives![0]);
  });
});
