/**
 * The built `sxs` bundle as a process: `sxs export` of a folder of corpus articles, `sxs import`
 * of the files unchanged (nothing written), of a hostile file (one line, exit 2, no stack), and
 * `sxs tm export` to standard output. Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { corpusMissing, corpusRoot } from '../support/paths';
import { runSxs, STACK_TRACE, temporaryFolder } from './runSxs';

describe('sxs export, import and tm as a process', { skip: corpusMissing }, () => {
  let workspace: { folder: string; remove(): void };
  const articles = ['apis.md', 'match-entities.md'].map((name) => `fr-fr/ci-docs/audience-insights/${name}`);
  before(() => {
    workspace = temporaryFolder(Object.fromEntries(articles.map((article) => [article, fs.readFileSync(path.join(corpusRoot, 'customer-insights-pr', article))])));
  });
  after(() => workspace.remove());

  it('exports a folder, and importing every file unchanged writes nothing', async () => {
    const exported = await runSxs(['export', '--xliff', '2.0', 'fr-fr', '-o', 'out'], workspace.folder);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(exported.stdout.trim().split('\n').length, 2, exported.stdout);
    for (const article of articles) {
      const before = fs.readFileSync(path.join(workspace.folder, article), 'utf8');
      const xlf = path.join('out', article.slice('fr-fr/'.length).replace(/\.md$/, '.xlf'));
      const imported = await runSxs(['import', xlf], workspace.folder);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stderr, /imported 0 unit\(s\)/);
      assert.equal(fs.readFileSync(path.join(workspace.folder, article), 'utf8'), before);
    }
  });

  it('refuses a file with entity declarations in one line, exit 2, nothing written', async () => {
    fs.writeFileSync(path.join(workspace.folder, 'evil.xlf'), '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="1.2">&b;</xliff>');
    const before = fs.readFileSync(path.join(workspace.folder, articles[0]), 'utf8');
    const result = await runSxs(['import', 'evil.xlf', '--into', articles[0]], workspace.folder);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^sxs import: evil\.xlf: not a readable XLIFF file: the file declares entities/);
    assert.doesNotMatch(result.stderr, STACK_TRACE);
    assert.equal(fs.readFileSync(path.join(workspace.folder, articles[0]), 'utf8'), before);
  });

  it('writes the memory as TMX to standard output', async () => {
    const result = await runSxs(['tm', 'export', 'fr-fr'], workspace.folder);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tmx version="1\.4">/);
    assert.match(result.stderr, /translation unit\(s\) from 2 article\(s\)/);
  });
});
