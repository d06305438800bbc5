/**
 * `sxs/counterparts`: a translation lists its English original and other locales; an English
 * original lists its translations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentCounterpartsOf } from '../../../server/src/features/documentCounterparts';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { article, pathOf, ROOT, workspaceOf } from './support/workspaceFixture';

const files = {
  'docs-pr.fr-fr/articles/a.md': article({ locale: 'fr-FR', units: [['Bonjour.', 'Hello.']] }),
  'docs-pr.ja-jp/articles/a.md': article({ locale: 'ja-JP', units: [['こんにちは。', 'Hello.']] }),
  'docs-pr.ar-sa/articles/a.md': article({ locale: 'ar-SA', units: [['مرحبا.', 'Hello.']] }),
  'docs-pr/articles/a.md': article({ english: ['Hello.'] }),
  'docs-pr/articles/lonely.md': article({ english: ['Alone.'] }),
};

async function counterparts(path: string): Promise<string[]> {
  const { fileSystem, index } = workspaceOf(files);
  const uri = `${ROOT}/${path}`;
  const result = await documentCounterpartsOf(new DocumentSnapshot(uri, 1, (await fileSystem.readFile(uri))!), index);
  return [`isEnglish ${result.isEnglish}`, ...result.counterparts.map((counterpart) => `${counterpart.kind} ${counterpart.locale} ${pathOf(counterpart.uri)}`)];
}

describe('documentCounterpartsOf', () => {
  it('a translation: the English original first, then the other locales', async () => {
    assert.deepEqual(await counterparts('docs-pr.fr-fr/articles/a.md'), [
      'isEnglish false',
      'english en-us docs-pr/articles/a.md',
      'localized ar-sa docs-pr.ar-sa/articles/a.md',
      'localized ja-jp docs-pr.ja-jp/articles/a.md',
    ]);
  });

  it('an English original: its translations', async () => {
    assert.deepEqual(await counterparts('docs-pr/articles/a.md'), [
      'isEnglish true',
      'localized ar-sa docs-pr.ar-sa/articles/a.md',
      'localized fr-fr docs-pr.fr-fr/articles/a.md',
      'localized ja-jp docs-pr.ja-jp/articles/a.md',
    ]);
  });

  it('an article with no other version', async () => {
    assert.deepEqual(await counterparts('docs-pr/articles/lonely.md'), ['isEnglish true']);
  });
});
