/**
 * The language server in another editor: Debian's Neovim, headless, with its built-in LSP
 * client and nothing else, on a seed article of the corpus. The server is the same bundle as
 * the `sxs-language-server` bin (`server/out/server.js --stdio`). Hover shows the English,
 * diagnostics arrive, the outline lists the headings.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { corpusMissing, corpusRoot, repoRoot } from '../support/paths';
import { temporaryFolder } from '../cli/runSxs';

const nvimMissing = ((): string | false => {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return false;
  } catch {
    return 'nvim not installed (bash scripts/provision-neovim.sh installs it)';
  }
})();

interface NeovimReport {
  readonly error?: string;
  readonly initialized: boolean;
  readonly diagnosticsArrived: boolean;
  readonly diagnostics: { line: number; code: string; message: string }[];
  readonly hover: string[];
  readonly symbols: { name: string; depth: number }[];
  readonly stopped: boolean;
}

describe('sxs language server in Neovim', { skip: nvimMissing || corpusMissing }, () => {
  it('shows the English on hover, publishes diagnostics and lists the headings in the outline', async () => {
    const seed = fs.readFileSync(path.join(corpusRoot, 'seeds', 'fr-fr', 'troubleshoot-flow-authentication-errors.md'), 'utf8');
    const workspace = temporaryFolder({ 'docs/fr-fr/troubleshoot-flow-authentication-errors.md': seed });
    try {
      const lines = seed.split(/\r?\n/);
      const headingLine = lines.findIndex((line) => line.startsWith('# '));
      const params = {
        article: path.join(workspace.folder, 'docs/fr-fr/troubleshoot-flow-authentication-errors.md'),
        root: workspace.folder,
        command: [process.execPath, path.join(repoRoot, 'server', 'out', 'server.js'), '--stdio'],
        hover: { line: headingLine, character: lines[headingLine].indexOf('Résoudre') + 2 },
        output: path.join(workspace.folder, 'neovim-report.json'),
        timeout: 60_000,
      };
      await new Promise<void>((resolve, reject) => {
        execFile('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(repoRoot, 'test', 'editors', 'neovim.lua')}`], { env: { ...process.env, SXS_NVIM_PARAMS: JSON.stringify(params) }, timeout: 240_000, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
          if (error) reject(new Error(`nvim failed: ${error.message}\n${stdout}\n${stderr}`));
          else resolve();
        });
      });
      const report = JSON.parse(fs.readFileSync(params.output, 'utf8')) as NeovimReport;
      assert.equal(report.error, undefined);
      assert.ok(report.initialized, 'the server answered initialize');
      assert.ok(report.diagnosticsArrived, 'diagnostics were published');
      assert.ok(report.diagnostics.some((diagnostic) => diagnostic.code === 'machine-translated'), JSON.stringify(report.diagnostics));
      assert.ok(report.hover.some((text) => text.includes('Troubleshoot Flow authentication errors')), `hover: ${JSON.stringify(report.hover)}`);
      // Every heading of the article, by its translated title (the seed has one).
      const names = report.symbols.map((symbol) => symbol.name);
      const headings = lines.filter((line) => line.startsWith('#')).map((line) => /data-ttu-id="[^"]+">([^<]+)</.exec(line)![1]);
      assert.deepEqual(headings, ['Résoudre les erreurs d’authentification de flux']);
      for (const heading of headings) assert.ok(names.some((name) => name.includes(heading)), `symbols: ${names.join(' | ')}`);
      assert.ok(report.stopped, 'the server stopped when asked');
    } finally {
      workspace.remove();
    }
  });
});
