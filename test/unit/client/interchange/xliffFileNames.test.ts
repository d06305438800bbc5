import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { xliffFileName } from '../../../../client/src/interchange/xliffFileNames';

test('a folder export keeps subfolders below the exported folder; a single article keeps its name', () => {
  assert.equal(xliffFileName('/ws/repo/fr-fr/docs/a/b.md', '/ws/repo/fr-fr'), 'docs/a/b.xlf');
  assert.equal(xliffFileName('/ws/repo/fr-fr/docs/a/b.md', '/ws/repo/fr-fr/'), 'docs/a/b.xlf');
  assert.equal(xliffFileName('/ws/repo/fr-fr/docs/a/B.MD', undefined), 'B.xlf');
  assert.equal(xliffFileName('/ws/other/b.md', '/ws/repo'), 'b.xlf');
});
