/**
 * The language client's life: a quick activation, and a server process that dies being
 * restarted with one message, not a loop; the keybindings clash with none of VS Code's own.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, frenchSeedArticle, inWebWorkerHost, openSample, runningSxsExtension, sxsExtension, waitFor } from './helpers';
import { exportArticle, sxsTesting, withSetting } from './clientHelpers';
import { serverEnvironment } from '../../../server/src/serverEnvironment';

/** The pid of the extension's server process: a child of this extension host running server/out/server.js. */
function serverProcessId(): number | undefined {
  const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  const line = children.split('\n').find((row) => row.includes(path.join('server', 'out', 'server.js')));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

suite('language client', () => {
  teardown(closeAllEditors);

  test('activates without waiting for the language server', async () => {
    await openSample(frenchSeedArticle);
    const testing = await sxsTesting();
    // How long that takes is measured by npm run bench (it reads the line below), never asserted
    // here: a busy machine can stall any process for 100 ms.
    assert.equal(testing.languageClientRunningAtActivation, false, 'activate() returned before the language client ran');
    console.log(`activate() took ${testing.activationMilliseconds.toFixed(1)} ms`);
  });

  // In the web worker host the server is a Worker, not a process this test can kill.
  (inWebWorkerHost ? test.skip : test)('restarts a server process that dies, saying so once', async () => {
    const editor = await openSample(frenchSeedArticle);
    const api = await runningSxsExtension();
    const first = await waitFor(() => serverProcessId(), 10_000, 'the server process');
    process.kill(first, 'SIGKILL');
    const second = await waitFor(() => (api.languageClientIsRunning() ? serverProcessId() : undefined), 20_000, 'a new server process');
    assert.notEqual(second, first);
    assert.deepEqual(api.testing.serverCloseDecisions(), [{ restart: true, notice: 'restarted' }]);
    await waitFor(async () => (await api.testing.documentUnits(editor.document))?.units.length, 15_000, 'the new server to answer');
    process.kill(second, 'SIGKILL');
    await waitFor(() => (api.languageClientIsRunning() ? serverProcessId() !== second && serverProcessId() : undefined), 20_000, 'a third server process');
    assert.deepEqual(api.testing.serverCloseDecisions(), [
      { restart: true, notice: 'restarted' },
      { restart: true, notice: undefined },
    ]);
  });

  // The web worker's server is no process; /proc is Linux's.
  (inWebWorkerHost || process.platform !== 'linux' ? test.skip : test)('starts the server process with the allocator settings for large texts', async () => {
    await openSample(frenchSeedArticle);
    await runningSxsExtension();
    const pid = await waitFor(() => serverProcessId(), 10_000, 'the server process');
    const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const tunables = environment.find((entry) => entry.startsWith('GLIBC_TUNABLES='))?.slice('GLIBC_TUNABLES='.length);
    // glibc parses the variable in place at start-up, so /proc shows it cut at its first `:`.
    assert.ok(tunables?.startsWith('glibc.malloc.mmap_threshold='), `the server's GLIBC_TUNABLES is ${tunables}`);
    assert.ok(tunables && serverEnvironment(process.env).GLIBC_TUNABLES.startsWith(tunables), `the server's GLIBC_TUNABLES is ${tunables}`);
  });

  test('passes changed sxs settings to the server: a check turned off leaves the Problems list', async () => {
    const editor = await openSample(frenchSeedArticle);
    await runningSxsExtension();
    const codes = () => vscode.languages.getDiagnostics(editor.document.uri).map((diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code));
    await waitFor(() => codes().includes('machine-translated'), 15_000, 'the machine-translated finding of the MT seed');
    const restore = await withSetting('sxs.diagnostics', 'severity', { 'machine-translated': 'off' });
    try {
      await waitFor(() => !codes().includes('machine-translated'), 15_000, 'the finding to go once the setting turns it off');
    } finally {
      await restore();
    }
    await waitFor(() => codes().includes('machine-translated'), 15_000, 'the finding to come back');
  });

  test('tells the workspace index about Markdown files created on disk', async () => {
    const french = await openSample(exportArticle.french);
    const testing = await sxsTesting();
    const locales = async () => ((await testing.counterparts(french.document.uri))?.counterparts ?? []).map((counterpart) => counterpart.locale.toLowerCase());
    await waitFor(async () => (await locales()).includes('nb-no'), 20_000, 'the index to know the sample locales');
    // A German version: the French article with its locale key changed (the index reads the locale from it).
    const germanText = french.document.getText().replace('ms.contentlocale: fr-FR', 'ms.contentlocale: de-DE');
    const repository = vscode.Uri.joinPath(french.document.uri, '..', '..', '..', '..');
    const germanFolder = vscode.Uri.joinPath(repository, 'de-de');
    const articlePath = ['ci-docs', 'audience-insights', 'export-power-automate.md'];
    // A reviewer adds a locale as a folder made elsewhere, moved in: the watcher reports the
    // folder alone (it may not watch folders created below a new one at all), the server lists it.
    const staging = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..', 'staging-de-de');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(staging, ...articlePath), new TextEncoder().encode(germanText));
    await vscode.workspace.fs.rename(staging, germanFolder);
    try {
      await waitFor(async () => (await locales()).includes('de-de'), 20_000, 'the new de-de copy among the counterparts');
      // Deleted inside a folder the watcher may not watch: the answer checks its versions exist.
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(germanFolder, ...articlePath));
      await waitFor(async () => !(await locales()).includes('de-de'), 20_000, 'the deleted copy to leave the counterparts');
    } finally {
      await vscode.workspace.fs.delete(germanFolder, { recursive: true });
    }
  });

  test('binds no key that VS Code itself binds', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const text = await waitFor(() => vscode.window.activeTextEditor?.document.getText(), 10_000, 'the default keybindings');
    // The file is JSON with `//` comment lines; it lists extensions' keybindings too, ours included.
    const entries = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as { key: string; command: string }[];
    const taken = new Map<string, string[]>();
    for (const entry of entries.filter((candidate) => !candidate.command.startsWith('sxs.') && !candidate.command.startsWith('-'))) {
      const key = normalizeKey(entry.key);
      taken.set(key, [...(taken.get(key) ?? []), entry.command]);
    }
    const manifest = sxsExtension().packageJSON as { contributes: { keybindings: { key: string; command: string }[] } };
    const clashes = manifest.contributes.keybindings.filter((binding) => taken.has(normalizeKey(binding.key))).map((binding) => `${binding.key} (${binding.command}) is ${taken.get(normalizeKey(binding.key))!.join(', ')}`);
    assert.ok(taken.size > 300, `only ${taken.size} default keys read`);
    assert.deepEqual(clashes, []);
  });
});

/** `Shift+Alt+]` and `alt+shift+]` are the same key. */
function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .split(' ')
    .map((chord) => chord.split('+').sort().join('+'))
    .join(' ');
}
