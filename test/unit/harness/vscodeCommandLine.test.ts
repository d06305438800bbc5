/** The code-server stand-in reads the command line `@vscode/test-electron` builds for VS Code. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVsCodeCommandLine } from '../../harness/vscodeCommandLine';

describe('VS Code command line for the code-server stand-in', () => {
  it('takes the development path, tests path, profile folders and folder to open from what runTests passes', () => {
    // The arguments in the order runTests puts them: launchArgs first, then its own flags.
    const commandLine = parseVsCodeCommandLine([
      '/work/run/samples',
      '--user-data-dir=/work/run/user-data',
      '--extensions-dir=/work/run/extensions',
      '--no-sandbox',
      '--disable-gpu-sandbox',
      '--disable-updates',
      '--skip-welcome',
      '--skip-release-notes',
      '--no-cached-data',
      '--disable-workspace-trust',
      '--extensionTestsPath=/repo/out/test/integration/suite/index.js',
      '--extensionDevelopmentPath=/repo',
    ]);
    assert.deepEqual(commandLine, {
      extensionDevelopmentPaths: ['/repo'],
      extensionTestsPath: '/repo/out/test/integration/suite/index.js',
      userDataDirectory: '/work/run/user-data',
      extensionsDirectory: '/work/run/extensions',
      pathsToOpen: ['/work/run/samples'],
    });
  });

  it('accepts a value as the next argument, and several development paths', () => {
    const commandLine = parseVsCodeCommandLine(['--extensionDevelopmentPath', '/a', '--extensionDevelopmentPath=/b', '--extensionTestsPath', '/t.js']);
    assert.deepEqual(commandLine.extensionDevelopmentPaths, ['/a', '/b']);
    assert.equal(commandLine.extensionTestsPath, '/t.js');
    assert.deepEqual(commandLine.pathsToOpen, []);
  });

  it('refuses a known flag left without its value', () => {
    assert.throws(() => parseVsCodeCommandLine(['--extensionTestsPath']), /--extensionTestsPath needs a value/);
  });
});
