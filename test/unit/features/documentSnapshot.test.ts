/**
 * Snapshots: a new version starts from the previous one and re-parses incrementally, yet gives
 * the same model and findings as a fresh parse; the unit-level findings equal the file-level ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/core/lineIndex';
import { parse } from '../../../server/src/core/parse';
import { DocumentSnapshot, localeFromUri } from '../../../server/src/documentSnapshot';
import { textChangeBetween } from '../../../server/src/textChange';
import { describeDocument } from '../../support/describeModel';
import { FIXTURE_URI, unit } from './support/featureFixture';

const article = [
  '---',
  'ms.contentlocale: fr-fr',
  '---',
  `# ${unit('f9f29-102', 'Titre', 'Title')}`,
  '',
  `${unit('f9f29-103', 'Exécutez npm install.', 'Run `npm install`.')} ${unit('f9f29-104', 'Vérifiez  la connexion.', 'Check the connection.')}`,
  '',
  `${unit('f9f29-105', 'Dans de nombreux cas.', 'In many cases.')}`,
  '',
].join('\n');

describe('document snapshots', () => {
  it('a version made from a parsed one equals a fresh parse, and so do its findings', () => {
    const first = new DocumentSnapshot(FIXTURE_URI, 1, article);
    assert.equal(first.model.units.length, 4);
    const edited = article.replace('Dans de nombreux', 'Dans bien des');
    const second = new DocumentSnapshot(FIXTURE_URI, 2, edited, first.baseForNextVersion());
    assert.equal(describeDocument(second.model), describeDocument(parse(edited)));
    assert.deepEqual(second.findings(Infinity), new DocumentSnapshot(FIXTURE_URI, 2, edited).findings(Infinity));
    // The first snapshot gave its model away; read again, it parses its own text.
    assert.equal(describeDocument(first.model), describeDocument(parse(article)));
  });

  it('a snapshot whose model went to the next version still converts its own positions', () => {
    const first = new DocumentSnapshot(FIXTURE_URI, 1, article);
    const offset = article.indexOf('Dans de nombreux');
    const expected = new LineIndex(article).positionAt(offset);
    // Parsed first, as diagnostics do: the line index then reads the model's line starts.
    void first.model;
    assert.deepEqual(first.lines.positionAt(offset), expected);
    // Typed inside a line: the next version renews the line starts in place, every later one moved.
    const edited = article.replace('Titre', 'Titre long');
    const second = new DocumentSnapshot(FIXTURE_URI, 2, edited, first.baseForNextVersion());
    assert.equal(describeDocument(second.model), describeDocument(parse(edited)));
    assert.deepEqual(first.lines.positionAt(offset), expected, 'the first version\'s positions are its own');
    assert.deepEqual(second.lines.positionAt(offset + ' long'.length), expected);
  });

  it('skips unparsed versions: the next one starts from the last parsed model', () => {
    const first = new DocumentSnapshot(FIXTURE_URI, 1, article);
    void first.model;
    const second = new DocumentSnapshot(FIXTURE_URI, 2, article + 'a', first.baseForNextVersion());
    const third = new DocumentSnapshot(FIXTURE_URI, 3, article + 'ab', second.baseForNextVersion());
    assert.equal(second.baseForNextVersion(), first);
    assert.equal(describeDocument(third.model), describeDocument(parse(article + 'ab')));
  });

  it('the findings of one unit equal those the whole-file check gives it', () => {
    const alone = new DocumentSnapshot(FIXTURE_URI, 1, article);
    const whole = new DocumentSnapshot(FIXTURE_URI, 1, article);
    const all = whole.findings(Infinity).findings;
    for (const each of alone.model.units) {
      assert.deepEqual(
        alone.findingsOfUnit(each, Infinity).map((finding) => finding.code),
        all.filter((finding) => finding.unit === each.index).map((finding) => finding.code),
        `unit ${each.id.text}`,
      );
    }
    assert.deepEqual(alone.findingsOfUnit(alone.model.units[2], Infinity).map((finding) => finding.code), ['double-space']);
  });

  it('structure checks only: a suppression comment typed in a version that was parsed but never checked still counts', () => {
    const codes = (snapshot: DocumentSnapshot): string[] => snapshot.findings(0).findings.map((finding) => finding.code);
    // Two units with one id: a structural finding, left when only the structure is checked.
    const duplicated = article.replaceAll('f9f29-105', 'f9f29-104');
    const first = new DocumentSnapshot(FIXTURE_URI, 1, duplicated);
    assert.deepEqual(codes(first), ['duplicate-id']);
    // Version 2 silences it, but only its model is read (a hover, the outline).
    const silenced = duplicated.replace('# ', '<!-- sxs-disable duplicate-id -->\n# ');
    const second = new DocumentSnapshot(FIXTURE_URI, 2, silenced, first.baseForNextVersion());
    void second.model;
    // Version 3 types elsewhere, and diagnostics are pulled.
    const typed = silenced.replace('Dans de nombreux', 'Dans bien des');
    const third = new DocumentSnapshot(FIXTURE_URI, 3, typed, second.baseForNextVersion());
    assert.deepEqual(codes(third), codes(new DocumentSnapshot(FIXTURE_URI, 3, typed)));
    assert.deepEqual(codes(third), []);
  });

  it('a snapshot that gave its model away keeps its own findings apart from the next versions\'', () => {
    const duplicated = article.replaceAll('f9f29-105', 'f9f29-104');
    const first = new DocumentSnapshot(FIXTURE_URI, 1, duplicated);
    assert.deepEqual(first.findings(0).findings.map((finding) => finding.code), ['duplicate-id']);
    const silenced = duplicated.replace('# ', '<!-- sxs-disable duplicate-id -->\n# ');
    const second = new DocumentSnapshot(FIXTURE_URI, 2, silenced, first.baseForNextVersion());
    void second.model;
    // The first version is read again (a request that started before the edit) …
    assert.deepEqual(first.findings(0).findings.map((finding) => finding.code), ['duplicate-id']);
    // … and the next version still sees its own comment.
    const typed = silenced.replace('Dans de nombreux', 'Dans bien des');
    const third = new DocumentSnapshot(FIXTURE_URI, 3, typed, second.baseForNextVersion());
    assert.deepEqual(third.findings(0).findings.map((finding) => finding.code), []);
    assert.deepEqual(third.findings(Infinity), new DocumentSnapshot(FIXTURE_URI, 3, typed).findings(Infinity));
  });

  it('the locale comes from the path when the front matter has none', () => {
    assert.equal(localeFromUri('file:///repo/articles/fr-FR/page.md'), 'fr-fr');
    assert.equal(localeFromUri('file:///repo/articles/page.md'), undefined);
  });
});

describe('textChangeBetween', () => {
  const rows: [before: string, after: string, expected: string][] = [
    ['abc', 'abc', '3-3 ""'],
    ['abc', 'abXc', '2-2 "X"'],
    ['abc', 'ac', '1-2 ""'],
    ['aaaa', 'aaa', '3-4 ""'],
    ['', 'new', '0-0 "new"'],
    ['x'.repeat(200_000) + 'A' + 'y'.repeat(200_000), 'x'.repeat(200_000) + 'BC' + 'y'.repeat(200_000), '200000-200001 "BC"'],
  ];
  for (const [before, after, expected] of rows) {
    it(`${before.length} → ${after.length} characters: ${expected}`, () => {
      const change = textChangeBetween(before, after);
      assert.equal(`${change.range.start}-${change.range.end} ${JSON.stringify(change.text)}`, expected);
      assert.equal(before.slice(0, change.range.start) + change.text + before.slice(change.range.end), after);
    });
  }
});
