/**
 * The npm package as a user gets it: `npm pack`, installed globally into a temporary prefix
 * with no network, its `sxs` bin run on the corpus (SARIF valid under the OASIS schema) and its
 * `sxs-language-server` bin answering `initialize` over stdio.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { corpusMissing, corpusRoot, repoRoot } from '../support/paths';
import { sarifSchemaErrors } from '../support/sarifValidation';
import { runSxs, temporaryFolder } from './runSxs';

describe('npm package', () => {
  let folder: { folder: string; remove(): void };
  let prefix: string;
  let tarball: string;

  before(() => {
    folder = temporaryFolder({});
    prefix = path.join(folder.folder, 'prefix');
    // The bundles are already built by the test run: packing them as they are (no prepack
    // rebuild) keeps the other tiers' server bundle untouched while they run.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder.folder], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(folder.folder, packed[0].filename);
    execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: folder.folder, stdio: ['ignore', 'pipe', 'pipe'] });
  });
  after(() => folder.remove());

  it('holds the bundles and the manifest, needs no dependency, and stays small', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    for (const file of ['package/package.json', 'package/server/out/sxs.js', 'package/server/out/checkWorker.js', 'package/server/out/server.js']) assert.ok(listing.includes(file), file);
    assert.ok(!listing.some((file) => file.includes('node_modules/') || file.endsWith('.ts') || file.endsWith('.map')), listing.join('\n'));
    const manifest = JSON.parse(fs.readFileSync(path.join(prefix, 'lib', 'node_modules', 'sxs-authoring', 'package.json'), 'utf8')) as { dependencies?: object; bin: Record<string, string> };
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'everything is bundled, so the package installs offline');
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['sxs', 'sxs-language-server']);
    assert.ok(fs.statSync(tarball).size < 3 * 1024 * 1024, `${fs.statSync(tarball).size} bytes`);
  });

  it('installs an sxs bin that checks the corpus into valid SARIF', { skip: corpusMissing }, async () => {
    const run = await runSxs(['check', corpusRoot, '--format', 'sarif', '--fail-on', 'none'], folder.folder, { script: path.join(prefix, 'bin', 'sxs') });
    assert.equal(run.code, 0, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.ok(log.runs[0].results.length > 0);
    assert.match(log.runs[0].tool.driver.version, /^\d+\.\d+\.\d+/);
  });

  it('installs an sxs-language-server bin that answers initialize over stdio', async () => {
    const server = spawn(path.join(prefix, 'bin', 'sxs-language-server'), ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const answer = await new Promise<string>((resolve, reject) => {
        let received = '';
        server.stdout.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
          if (received.includes('"capabilities"')) resolve(received);
        });
        server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${received}`)));
      });
      assert.match(answer, /"hoverProvider":true/);
    } finally {
      server.kill();
    }
  });
});
