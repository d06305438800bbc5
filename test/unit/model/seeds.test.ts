/**
 * The two founding articles (French and Norwegian): exact units, headings and front-matter
 * keys, written out by hand where a reader can check them against the file.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { describeDocument } from '../../support/describeModel';
import { corpusMissing, corpusRoot, repoRoot } from '../../support/paths';
import { assertSnapshot } from '../../support/snapshot';

const seed = (locale: string): string => path.join(corpusRoot, 'seeds', locale, 'troubleshoot-flow-authentication-errors.md');

describe('seed articles', { skip: corpusMissing }, () => {
  it('fr-fr: front matter keys, first units and the heading', () => {
    const doc = parse(fs.readFileSync(seed('fr-fr'), 'utf8'));
    assert.deepEqual(doc.frontMatter?.keys, {
      contentLocale: 'fr-FR',
      translationType: 'MT',
      locFileId: '43759726',
      sourceGitCommit: '631cbb5f03e5371f0995e976536d24e9d13746c3',
      openLocFileHash: '70451f074a65a4454faeadd188a31783be8e6c7e',
      lastHandoff: '04/22/2020',
      assetId: 'c15fed9f-65c6-422e-9d32-87e889a44b51',
    });
    assert.equal(doc.prefix, 'f9f29');
    assert.deepEqual(
      doc.units.slice(0, 3).map((unit) => [unit.id.text, unit.translation.text, unit.source?.text]),
      [
        ['f9f29-102', 'Résoudre les erreurs d’authentification de flux', 'Troubleshoot Flow authentication errors'],
        ['f9f29-103', 'Dans de nombreux cas, les flux échouent en raison d’une erreur d’authentification.', 'In many cases, flows fail because of an authentication error.'],
        [
          'f9f29-104',
          'Si vous avez ce type d’erreur, le message d’erreur contient «\u00a0non autorisé\u00a0» ou un code d’erreur 401 ou 403 s’affiche.',
          'If you have this type of error, the error message contains "Unauthorized," or an error code of 401 or 403 appears.',
        ],
      ],
    );
    assert.equal(doc.headings[0].level, 1);
    assert.equal(doc.headings[0].anchor, 'troubleshoot-flow-authentication-errors');
    assert.equal(doc.headings[0].title, 'Résoudre les erreurs d’authentification de flux');
    assert.equal(doc.headings[0].sourceTitle, 'Troubleshoot Flow authentication errors');
    assert.deepEqual([doc.units[3].block.kind, doc.units[4].id.text, doc.units[4].block.kind], ['paragraph', 'f9f29-106', 'list-item']);
    assert.deepEqual(doc.problems, []);
  });

  it('nb-no: same numbers, another prefix, same English', () => {
    const french = parse(fs.readFileSync(seed('fr-fr'), 'utf8'));
    const norwegian = parse(fs.readFileSync(seed('nb-no'), 'utf8'));
    assert.equal(norwegian.frontMatter?.keys.contentLocale, 'nb-NO');
    assert.notEqual(norwegian.prefix, french.prefix);
    assert.deepEqual(
      norwegian.units.map((unit) => [unit.id.number, unit.source?.text]),
      french.units.map((unit) => [unit.id.number, unit.source?.text]),
    );
    assert.deepEqual(norwegian.problems, []);
  });

  for (const locale of ['fr-fr', 'nb-no']) {
    it(`${locale}: every unit, heading and key (snapshot)`, () => {
      const doc = parse(fs.readFileSync(seed(locale), 'utf8'));
      assertSnapshot(describeDocument(doc), path.join(repoRoot, 'test', 'fixtures', 'seeds', `${locale}.expected.txt`));
    });
  }
});
