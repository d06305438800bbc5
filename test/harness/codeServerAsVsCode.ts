/**
 * A stand-in for the VS Code executable, given to `@vscode/test-electron`'s
 * `runTests({ vscodeExecutablePath })`: it runs the extension's test suite in the extension host
 * of a real VS Code — code-server, shown in headless chromium — and exits with the suite's code.
 *
 * Steps: start code-server with the smoke-test driver on a free loopback port; open the
 * workbench with an extension-test payload; relay the extension host's console through
 * `codeAutomationLog`; take the suite's result from `codeAutomationExit`; stop chromium and
 * code-server by their process groups. An overall time limit turns a hang into a failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { startCodeServer, quietWorkbenchSettings, writeUserSettings } from './codeServer';
import { extensionKindFromEnvironment, extensionKindSettings } from './extensionKind';
import { launchHeadlessChromium } from './headlessChromium';
import { createRunDirectory, removeRunDirectory, RunDirectory } from './runDirectory';
import { secondsFromEnvironment, withinTimeLimit } from './timeLimit';
import { testResultsFolder } from './toolPaths';
import { parseVsCodeCommandLine, VsCodeCommandLine } from './vscodeCommandLine';

/** Seconds the whole suite may take, from SXS_EXTENSION_TESTS_TIMEOUT_SECONDS (default 300). */
const overallTimeLimitSeconds = secondsFromEnvironment('SXS_EXTENSION_TESTS_TIMEOUT_SECONDS', 300);

/** Everything the workbench and the extension host printed, unfiltered. */
const consoleLogFile = path.join(testResultsFolder, 'integration-console.log');

/**
 * The workbench's start-up and offline chatter (no gallery, no sign-in here): kept in the
 * console log file, left out of the terminal so the suite's own report stands out.
 */
const workbenchChatter: readonly RegExp[] = [
  /getaddrinfo ENOTFOUND/,
  /^Timed out waiting for authentication provider/,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Creation of workbench contribution/,
  /^Updating additional builtin extensions cache/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost[^\]]*|AccountPolicyGate)\]/,
];

function isWorkbenchChatter(line: string): boolean {
  return workbenchChatter.some((pattern) => pattern.test(line));
}

async function main(): Promise<number> {
  const commandLine = parseVsCodeCommandLine(process.argv.slice(2));
  const workspaceFolder = commandLine.pathsToOpen[0];
  if (!commandLine.extensionTestsPath || commandLine.extensionDevelopmentPaths.length === 0 || !workspaceFolder) {
    console.error('usage: code-server-as-vscode --extensionDevelopmentPath=DIR --extensionTestsPath=FILE FOLDER');
    return 2;
  }
  const runDirectory = runDirectoryFor(commandLine);
  // Chromium's scratch profile goes to os.tmpdir(); keep it inside the run.
  process.env.TMPDIR = runDirectory.temporaryDirectory;
  // SXS_EXTENSION_KIND=web: the extension (and the suite) in the web worker extension host.
  writeUserSettings(runDirectory, { ...quietWorkbenchSettings, ...extensionKindSettings(extensionKindFromEnvironment()) });
  fs.mkdirSync(testResultsFolder, { recursive: true });
  fs.writeFileSync(consoleLogFile, '');

  const codeServer = await startCodeServer({ runDirectory, workspaceFolder, smokeTestDriver: true });
  const chromium = await launchHeadlessChromium().catch(async (error: unknown) => {
    await codeServer.stop();
    throw error;
  });
  let exitCode = 1;
  try {
    const page = await chromium.browser.newPage();
    const suiteFinished = new Promise<number>((resolve, reject) => {
      page.on('crash', () => reject(new Error('the workbench page crashed')));
      void page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const line = util.format(...(Array.isArray(args) ? args : [args]));
        fs.appendFileSync(consoleLogFile, `${type}: ${line}\n`);
        if (!isWorkbenchChatter(line)) (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(Number(code)));
    });
    // In the web worker run the suite sits in the installed extension's folder, whose URI names the
    // server's real address: the workbench runs tests in the host of the extension holding them.
    const authority = extensionKindFromEnvironment() === 'web' ? new URL(codeServer.workspaceUrl()).host : 'remote';
    await page.goto(codeServer.workspaceUrl({ payload: JSON.stringify(extensionTestPayload(commandLine, authority)) }));
    exitCode = await withinTimeLimit(suiteFinished, overallTimeLimitSeconds * 1000, 'the extension test suite');
  } catch (error) {
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    await chromium.stop();
    await codeServer.stop();
  }
  if (exitCode === 0) removeRunDirectory(runDirectory);
  else console.error(`code-server log kept in ${runDirectory.codeServerLogFile}`);
  return exitCode;
}

/** A fresh run, using the user-data and extensions folders given on the command line when there are. */
function runDirectoryFor(commandLine: VsCodeCommandLine): RunDirectory {
  const fresh = createRunDirectory('extension-tests');
  return {
    ...fresh,
    userDataDirectory: commandLine.userDataDirectory ?? fresh.userDataDirectory,
    extensionsDirectory: commandLine.extensionsDirectory ?? fresh.extensionsDirectory,
  };
}

/**
 * The workbench's `payload` query parameter: the same development and tests paths a desktop
 * VS Code takes as flags, as URIs of the remote (code-server's) file system.
 */
function extensionTestPayload(commandLine: VsCodeCommandLine, authority: string): [string, string][] {
  const remoteUri = (absolutePath: string): string => `vscode-remote://${authority}${absolutePath}`;
  return [
    ...commandLine.extensionDevelopmentPaths.map((developmentPath): [string, string] => ['extensionDevelopmentPath', remoteUri(developmentPath)]),
    ['extensionTestsPath', remoteUri(commandLine.extensionTestsPath ?? '')],
  ];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
