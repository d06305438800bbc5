/**
 * `sxs check` as a process: the built bundle run on temporary folders and on the corpus, with
 * the exit codes, annotations and messages a CI job sees, and SARIF validated by the official
 * SARIF Multitool and the OASIS schema.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { corpusMissing, corpusRoot } from '../support/paths';
import { multitoolFindings, multitoolMissing, sarifSchemaErrors } from '../support/sarifValidation';
import { sxsUnit as unit } from '../support/sxsUnit';
import { runSxs, STACK_TRACE, temporaryFolder } from './runSxs';

const frontMatter = (locale: string): string => `---\nms.contentlocale: ${locale}\n---\n`;
const goodArticle = `${frontMatter('fr-FR')}# ${unit('f9f29-101', 'Résoudre les erreurs', 'Troubleshoot errors')}\n\n${unit('f9f29-102', 'Exécutez `Get-Foo`.', 'Run `Get-Foo`.')}\n`;
const seededDefect = goodArticle.replace('Exécutez `Get-Foo`.', 'Exécutez `Get-Bar`.');

describe('sxs check (process)', () => {
  it('exits 1 on a seeded defect and prints it as a GitHub annotation; 0 once fixed', async () => {
    const repo = temporaryFolder({ 'docs/fr-fr/article.md': seededDefect, 'docs/fr-fr/other.md': goodArticle });
    try {
      const run = await runSxs(['check', '--format', 'github'], repo.folder);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /^::error file=docs\/fr-fr\/article\.md,line=6,col=\d+,endLine=6,endColumn=\d+,title=sxs\.inline-code::inline code changed/m);
      fs.writeFileSync(path.join(repo.folder, 'docs/fr-fr/article.md'), goodArticle);
      const fixed = await runSxs(['check', 'docs'], repo.folder);
      assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
      assert.match(fixed.stdout, /^No findings: 2 files checked \(4 units\)\.$/m);
    } finally {
      repo.remove();
    }
  });

  it('applies .vscode/settings.json with comments, and refuses a broken or wrong one with exit 2', async () => {
    const repo = temporaryFolder({
      'docs/fr-fr/article.md': seededDefect,
      '.vscode/settings.json': '{\n  // the team accepts changed code\n  "sxs.diagnostics.severity": { "inline-code": "warning", },\n}\n',
      'broken.json': '{ "sxs.maxFileSize": 5,, }',
      'typo.json': '{ "sxs.diagnostic.severity": {} }',
    });
    try {
      const relaxed = await runSxs(['check'], repo.folder);
      assert.equal(relaxed.code, 0, relaxed.stdout);
      assert.match(relaxed.stdout, /warning +inline code changed/);
      assert.equal((await runSxs(['check', '--fail-on', 'warning'], repo.folder)).code, 1);
      const broken = await runSxs(['check', '--config', 'broken.json'], repo.folder);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /^sxs check: broken\.json:1:24: Property name expected/);
      const typo = await runSxs(['check', '--config', 'typo.json'], repo.folder);
      assert.equal(typo.code, 2);
      assert.match(typo.stderr, /typo\.json:1:3: unknown setting 'sxs\.diagnostic\.severity'/);
      for (const run of [broken, typo]) assert.doesNotMatch(run.stderr, STACK_TRACE);
    } finally {
      repo.remove();
    }
  });

  it('names binary, non-UTF-8 and oversized files, checks the others, and exits 2', async () => {
    const repo = temporaryFolder({
      'docs/fr-fr/good.md': seededDefect,
      'docs/fr-fr/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'docs/fr-fr/latin1.md': Buffer.from(`${frontMatter('fr-FR')}# Café crème\n`, 'latin1'),
    });
    try {
      // A 300 MB file without writing 300 MB: a sparse file.
      fs.closeSync(fs.openSync(path.join(repo.folder, 'docs/fr-fr/huge.md'), 'w'));
      fs.truncateSync(path.join(repo.folder, 'docs/fr-fr/huge.md'), 300 * 1024 * 1024);
      const run = await runSxs(['check', 'docs'], repo.folder);
      assert.equal(run.code, 2);
      assert.match(run.stdout, /cannot check: docs\/fr-fr\/huge\.md: skipped, 300 MB is more than the 256 MB a file may have/);
      assert.match(run.stdout, /cannot check: docs\/fr-fr\/image\.md: binary file/);
      assert.match(run.stdout, /cannot check: docs\/fr-fr\/latin1\.md: not valid UTF-8 \(byte 0xe9 at offset \d+\)/);
      assert.match(run.stdout, /docs\/fr-fr\/good\.md\n.*inline code changed/, 'the readable file is still checked');
      assert.doesNotMatch(run.stdout + run.stderr, STACK_TRACE);
      const json = await runSxs(['check', 'docs', '--format', 'json'], repo.folder);
      assert.equal(JSON.parse(json.stdout).problems.length, 3);
      assert.match(json.stderr, /^sxs check: docs\/fr-fr\/huge\.md: skipped/m, 'machine formats also tell stderr');
    } finally {
      repo.remove();
    }
  });

  it('checks only the structure of a file above sxs.maxFileSize, and says so', async () => {
    const repo = temporaryFolder({ 'big.md': `${seededDefect}\n${'Du texte sans unités.\n\n'.repeat(300_000)}` });
    try {
      const run = await runSxs(['check', 'big.md', '--format', 'json'], repo.folder);
      const findings = JSON.parse(run.stdout).findings as { code: string }[];
      assert.deepEqual(findings.map((finding) => finding.code).filter((code) => code !== 'text-outside-units'), ['file-too-large']);
      assert.equal(run.code, 0);
    } finally {
      repo.remove();
    }
  });

  it('skips a symbolic link loop with a note; a glob that matches nothing, or an empty folder, exits 2', async () => {
    const repo = temporaryFolder({ 'docs/fr-fr/a.md': goodArticle, 'empty/readme.txt': 'x' });
    try {
      fs.symlinkSync('..', path.join(repo.folder, 'docs', 'fr-fr', 'up'));
      const loop = await runSxs(['check', 'docs'], repo.folder);
      assert.equal(loop.code, 0, loop.stdout);
      assert.match(loop.stdout, /note: docs\/fr-fr\/up: skipped, a symbolic link loop/);
      const nothing = await runSxs(['check', 'docs/**/*.xlf'], repo.folder);
      assert.equal(nothing.code, 2);
      assert.match(nothing.stdout, /note: docs\/\*\*\/\*\.xlf: no Markdown files match this pattern/);
      assert.match(nothing.stderr, /^sxs check: nothing was checked$/m);
      assert.equal((await runSxs(['check', 'empty'], repo.folder)).code, 2);
      const missing = await runSxs(['check', 'nowhere', 'docs'], repo.folder);
      assert.equal(missing.code, 2);
      assert.match(missing.stdout, /cannot check: nowhere: no such file or folder/);
    } finally {
      repo.remove();
    }
  });

  it('reports stale English against the original, English that differs between locales and translations that differ between files, unless --no-workspace', async () => {
    const german = `${frontMatter('de-DE')}# ${unit('f9f29-101', 'Fehler beheben', 'Troubleshoot errors')}\n\n${unit('f9f29-102', 'Führen Sie `Get-Foo` aus.', 'Run `Get-Foo` at once.')}\n`;
    const otherFile = `${frontMatter('fr-FR')}# ${unit('abcde-101', 'Corriger les erreurs', 'Troubleshoot errors')}\n`;
    const repo = temporaryFolder({ 'docs/en-us/a.md': '# Troubleshoot errors\n\nRun `Get-Foo` at once.\n', 'docs/fr-fr/a.md': goodArticle, 'docs/de-de/a.md': german, 'docs/fr-fr/guide/b.md': otherFile });
    try {
      const run = await runSxs(['check', 'docs/fr-fr/a.md', '--format', 'json'], repo.folder);
      const findings = JSON.parse(run.stdout).findings as { path: string; line: number; code: string; severity: string; message: string }[];
      const stale = findings.find((finding) => finding.code === 'source-changed');
      assert.ok(stale, JSON.stringify(findings));
      assert.deepEqual([stale.path, stale.line, stale.severity], ['docs/fr-fr/a.md', 6, 'warning']);
      assert.match(stale.message, /added “at once”/);
      assert.ok(findings.some((finding) => finding.code === 'cross-locale-source' && /de-de/.test(finding.message)), JSON.stringify(findings));
      // The other file of the locale is not checked, but its translations are in the locale's memory.
      const inconsistent = findings.find((finding) => finding.code === 'inconsistent-translation');
      assert.match(inconsistent?.message ?? '', /“Corriger les erreurs” \(b\.md abcde-101\)/, JSON.stringify(findings));
      assert.equal(inconsistent?.line, 4);
      const without = await runSxs(['check', 'docs/fr-fr/a.md', '--format', 'json', '--no-workspace'], repo.folder);
      assert.deepEqual(JSON.parse(without.stdout).findings, []);
    } finally {
      repo.remove();
    }
  });

  it('refuses unknown options and bad values with the usage and exit 2', async () => {
    const run = await runSxs(['check', '--format', 'xml'], process.cwd());
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "sxs check: --format must be one of text, json, sarif, github, not 'xml'\n");
    const unknown = await runSxs(['check', '--fail-at', 'error'], process.cwd());
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option '--fail-at'[\s\S]*usage: sxs check/);
  });

  it('checks only what changed since a git ref, and the translations of a changed English original', async () => {
    const english = `# Troubleshoot errors\n\nRun \`Get-Foo\`.\n`;
    const repo = temporaryFolder({ 'docs/en-us/article.md': english, 'docs/fr-fr/article.md': seededDefect, 'docs/fr-fr/other.md': seededDefect, 'docs/de-de/article.md': seededDefect });
    const git = (...args: string[]): string => execFileSync('git', ['-C', repo.folder, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    try {
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'articles');
      const unchanged = await runSxs(['check', '--changed-since', 'main', '--format', 'json'], repo.folder);
      assert.equal(unchanged.code, 0, unchanged.stderr);
      assert.match(unchanged.stderr, /no Markdown files changed since main/);
      fs.writeFileSync(path.join(repo.folder, 'docs/en-us/article.md'), `${english}\nA new sentence.\n`);
      const run = await runSxs(['check', '--changed-since', 'main', '--format', 'json'], repo.folder);
      const files = (JSON.parse(run.stdout).files as { path: string }[]).map((file) => file.path);
      assert.deepEqual(files, ['docs/de-de/article.md', 'docs/en-us/article.md', 'docs/fr-fr/article.md']);
      const bad = await runSxs(['check', '--changed-since', 'no-such-ref'], repo.folder);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^sxs check: --changed-since no-such-ref: git merge-base failed/);
    } finally {
      repo.remove();
    }
  });

  describe('on the corpus', { skip: corpusMissing }, () => {
    let sarifFile: string;
    let folder: { folder: string; remove(): void };
    before(() => {
      folder = temporaryFolder({});
      sarifFile = path.join(folder.folder, 'corpus.sarif');
    });
    after(() => folder.remove());

    it('writes SARIF with repository-relative URIs that the OASIS schema accepts', async () => {
      const run = await runSxs(['check', corpusRoot, '--format', 'sarif', '--output', sarifFile, '--fail-on', 'none'], folder.folder);
      assert.equal(run.code, 0, run.stderr);
      const log = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
      assert.deepEqual(sarifSchemaErrors(log), []);
      const results = log.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      assert.ok(results.length > 50, `${results.length} results`);
      for (const result of results) {
        const uri = result.locations[0].physicalLocation.artifactLocation.uri;
        assert.ok(!uri.startsWith('..') && !uri.startsWith('/') && fs.existsSync(path.join(corpusRoot, decodeURI(uri))), uri);
      }
      const gzipped = execFileSync('gzip', ['-c', sarifFile]).length;
      assert.ok(gzipped < 10 * 1024 * 1024, `${gzipped} bytes gzipped (GitHub takes 10 MB)`);
    });

    it('passes the official SARIF Multitool validation with GitHub’s rules, without a warning', { skip: multitoolMissing }, () => {
      assert.deepEqual(multitoolFindings(sarifFile), []);
    });

    it('prints the same report with one worker, two workers, and as the union of its shards', async () => {
      const one = await runSxs(['check', corpusRoot, '--format', 'json', '--workers', '1'], folder.folder);
      const two = await runSxs(['check', corpusRoot, '--format', 'json', '--workers', '2'], folder.folder);
      assert.equal(two.stdout, one.stdout);
      const all = JSON.parse(one.stdout) as { files: { path: string }[] };
      const shards = await Promise.all([1, 2, 3].map((index) => runSxs(['check', corpusRoot, '--format', 'json', '--shard', `${index}/3`, '--workers', '1'], folder.folder)));
      const union = shards.flatMap((shard) => (JSON.parse(shard.stdout) as { files: { path: string }[] }).files.map((file) => file.path)).sort();
      assert.deepEqual(union, all.files.map((file) => file.path).sort());
      assert.ok(shards.every((shard) => JSON.parse(shard.stdout).files.length > 0));
    });
  });
});
