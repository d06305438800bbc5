/** Which files `sxs check` reads from paths, folders and globs. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selectFiles, type WalkFileSystem } from '../../../server/src/cli/check/fileSelection';

describe('sxs check file selection', () => {
  let root: string;
  const write = (relative: string, text = 'x'): void => {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  };
  const select = (targets: string[], cwd = root, fileSystem?: WalkFileSystem) => {
    const selection = selectFiles(targets, { cwd, root, ...(fileSystem ? { fs: fileSystem } : {}) });
    return { ...selection, files: selection.files.map((file) => path.relative(root, file)) };
  };

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-select-'));
    for (const file of ['docs/fr-fr/a.md', 'docs/fr-fr/B.MD', 'docs/fr-fr/notes.txt', 'docs/de-de/a.md', 'docs/.hidden/h.md', '.github/pr.md', 'node_modules/pkg/readme.md', 'build/out.md', 'docs/drafts/d.md', 'docs/drafts/keep.md', 'docs/local.md', 'assets/logo.txt']) write(file);
    write('.gitignore', 'build/\n*.local.md\n');
    write('docs/.gitignore', 'drafts/*\n!drafts/keep.md\nlocal.md\n');
    fs.symlinkSync(path.join(root, 'docs'), path.join(root, 'docs', 'fr-fr', 'loop'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('walks folders for Markdown files, sorted, skipping hidden, node_modules and .gitignored entries', () => {
    const { files, problems } = select(['.']);
    assert.deepEqual(files, ['docs/de-de/a.md', 'docs/drafts/keep.md', 'docs/fr-fr/B.MD', 'docs/fr-fr/a.md']);
    assert.deepEqual(problems, []);
  });

  it('reports a symbolic link loop once and skips it', () => {
    const { notices } = select(['docs']);
    assert.deepEqual(notices, [`docs/fr-fr/loop: skipped, a symbolic link loop (it leads back to docs)`]);
  });

  it('walks a folder that is named even when ignored', () => {
    assert.deepEqual(select(['node_modules']).files, ['node_modules/pkg/readme.md']);
  });

  it('takes named files even when hidden or ignored, and names missing ones', () => {
    const { files, problems } = select(['.github/pr.md', 'build/out.md', 'docs/none.md']);
    assert.deepEqual(files, ['.github/pr.md', 'build/out.md']);
    assert.deepEqual(problems, ['docs/none.md: no such file or folder']);
  });

  it('matches globs relative to the current folder, entering hidden folders only when the pattern names them', () => {
    assert.deepEqual(select(['docs/*/a.md']).files, ['docs/de-de/a.md', 'docs/fr-fr/a.md']);
    assert.deepEqual(select(['fr-fr/*.{md,MD}'], path.join(root, 'docs')).files, ['docs/fr-fr/B.MD', 'docs/fr-fr/a.md']);
    assert.deepEqual(select(['**/h.md']).files, []);
    assert.deepEqual(select(['docs/.hidden/*.md']).files, ['docs/.hidden/h.md']);
  });

  it('says so when a glob matches nothing or a folder holds no Markdown', () => {
    const selection = select(['docs/**/*.xlf', 'assets']);
    assert.deepEqual(selection.files, []);
    assert.ok(selection.notices.includes('docs/**/*.xlf: no Markdown files match this pattern'), selection.notices.join('\n'));
    assert.ok(selection.notices.some((notice) => notice.startsWith('assets: no Markdown files')), selection.notices.join('\n'));
  });

  it('reports a folder it cannot read and walks the rest', () => {
    const denied = path.join(root, 'docs', 'de-de');
    const fileSystem: WalkFileSystem = {
      ...fs,
      readdirSync: ((folder: string, options: never) => {
        if (folder === denied) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.readdirSync(folder, options);
      }) as typeof fs.readdirSync,
    };
    const { files, problems } = select(['docs'], root, fileSystem);
    assert.deepEqual(problems, ['docs/de-de: cannot read the folder (permission denied)']);
    assert.ok(files.includes('docs/fr-fr/a.md'));
  });
});
