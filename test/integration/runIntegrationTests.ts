/**
 * `npm run test:integration`: runs the mocha suite in suite/ inside the extension host of a real
 * VS Code, through `@vscode/test-electron`'s runTests. The VS Code executable is our
 * code-server stand-in (test/harness/code-server-as-vscode.sh); set SXS_VSCODE_EXECUTABLE to run
 * the same suite in a desktop VS Code instead. SXS_EXTENSION_KIND=web runs it with the extension
 * in code-server's web worker extension host, from a browser bundle of the suite
 * (web/buildWebSuite.ts): code-server keeps an extension under development in its Node host, so
 * there the packaged .vsix (`npm run package`) is installed, put in the web worker by
 * `remote.extensionKind`, and the suite placed inside it (the host that runs an extension runs
 * the tests found in its folder). Ends with the line `N passed, N failed`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { extensionKindFromEnvironment, nameForKind } from '../harness/extensionKind';
import { copyWorkspaceIntoRun, createRunDirectory, removeRunDirectory } from '../harness/runDirectory';
import { countOutcomes, formatSummaryLine, readTestRunResults } from '../harness/testResults';
import { installExtensionIntoCodeServer } from '../harness/codeServer';
import { integrationResultsFile, packagedExtensionFile, repositoryRoot, samplesFolder } from '../harness/toolPaths';
import { buildWebSuite } from './web/buildWebSuite';

const codeServerAsVsCode = path.join(repositoryRoot, 'test', 'harness', 'code-server-as-vscode.sh');
const extensionKind = extensionKindFromEnvironment();
const resultsFile = path.join(path.dirname(integrationResultsFile), nameForKind(extensionKind, path.basename(integrationResultsFile)));

async function main(): Promise<number> {
  const startedAt = Date.now();
  fs.rmSync(resultsFile, { force: true });
  let extensionDevelopmentPath = repositoryRoot;
  let extensionTestsPath = path.join(repositoryRoot, 'out', 'test', 'integration', 'suite', 'index.js');
  // Fresh user data, extensions and TMPDIR, and a copy of samples/ the tests may edit.
  const runDirectory = createRunDirectory(nameForKind(extensionKind, 'integration'));
  const workspaceFolder = copyWorkspaceIntoRun(runDirectory, samplesFolder);
  if (extensionKind === 'web') {
    installExtensionIntoCodeServer(runDirectory, packagedExtensionFile());
    const installed = fs.readdirSync(runDirectory.extensionsDirectory).find((name) => name.startsWith('sxs-authoring.sxs-authoring-'));
    if (!installed) throw new Error(`the packaged extension is not in ${runDirectory.extensionsDirectory}`);
    extensionTestsPath = path.join(runDirectory.extensionsDirectory, installed, 'webSuite.js');
    await buildWebSuite(extensionTestsPath, resultsFile);
    // Only marks the run as extension development, which the test payload needs; it holds no extension.
    extensionDevelopmentPath = path.join(runDirectory.root, 'no-extension-under-development');
    fs.mkdirSync(extensionDevelopmentPath, { recursive: true });
  }
  let launchFailure: string | undefined;
  try {
    await runTests({
      vscodeExecutablePath: process.env.SXS_VSCODE_EXECUTABLE ?? codeServerAsVsCode,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspaceFolder, `--user-data-dir=${runDirectory.userDataDirectory}`, `--extensions-dir=${runDirectory.extensionsDirectory}`],
      extensionTestsEnv: { TMPDIR: runDirectory.temporaryDirectory },
    });
  } catch (error) {
    launchFailure = error instanceof Error ? error.message : String(error);
  }
  const run = readTestRunResults(resultsFile);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  if (!run) {
    console.error(`integration: the suite reported no results (${launchFailure ?? 'it never finished'}); see the log above`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const counts = countOutcomes(run.results);
  for (const failure of run.results.filter((result) => result.outcome === 'failed')) {
    console.error(`FAILED ${failure.title}: ${failure.message ?? ''}`);
  }
  console.log(`integration tests (${extensionKind}) took ${seconds} s; results in ${path.relative(repositoryRoot, resultsFile)}`);
  console.log(formatSummaryLine(counts));
  const passed = counts.failed === 0 && counts.passed > 0 && launchFailure === undefined;
  if (passed) removeRunDirectory(runDirectory);
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
