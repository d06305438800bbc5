/**
 * The Node file system of the index on a real temporary folder: Markdown files only, hidden
 * folders and node_modules skipped, missing files read as undefined, URIs as Node spells them.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { nodeFileSystem } from '../../../server/src/workspace/nodeFileSystem';

describe('nodeFileSystem', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-node-fs-'));
    const files = ['docs-pr/fr-fr/a.md', 'docs-pr/fr-fr/été b.MD', 'docs-pr/fr-fr/image.png', '.git/notes.md', 'node_modules/pkg/README.md', 'docs-pr/.github/template.md'];
    for (const file of files) {
      fs.mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), `# ${file}\n`);
    }
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('lists the Markdown files below a folder, and nothing of hidden folders or node_modules', async () => {
    const listed = await nodeFileSystem.listMarkdownFiles(pathToFileURL(folder).href);
    assert.deepEqual(listed.sort(), [pathToFileURL(path.join(folder, 'docs-pr/fr-fr/été b.MD')).href, pathToFileURL(path.join(folder, 'docs-pr/fr-fr/a.md')).href].sort());
  });

  it('reads and stats a listed file; a missing one is undefined', async () => {
    const first = (await nodeFileSystem.listMarkdownFiles(pathToFileURL(folder).href)).find((uri) => uri.endsWith('/a.md'))!;
    assert.equal(await nodeFileSystem.readFile(first), '# docs-pr/fr-fr/a.md\n');
    assert.equal((await nodeFileSystem.stat(first))?.size, 21);
    const missing = pathToFileURL(path.join(folder, 'gone.md')).href;
    assert.equal(await nodeFileSystem.readFile(missing), undefined);
    assert.equal(await nodeFileSystem.stat(missing), undefined);
    assert.deepEqual(await nodeFileSystem.listMarkdownFiles(missing), []);
  });

  it('other schemes list and read nothing', async () => {
    assert.deepEqual(await nodeFileSystem.listMarkdownFiles('untitled:Untitled-1'), []);
    assert.equal(await nodeFileSystem.readFile('vscode-vfs://github/x/a.md'), undefined);
  });
});
