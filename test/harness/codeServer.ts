/**
 * Starts code-server — the real VS Code workbench served over HTTP, with a real Node extension
 * host — on loopback, in one run's own folders, and stops it with everything it started.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFreeLoopbackPort } from './freePort';
import { stopProcessGroup, stopProcessGroupOnExit } from './processGroup';
import { RunDirectory } from './runDirectory';
import { waitFor } from './timeLimit';
import { codeServerEntry, node24Executable, node24Home } from './toolPaths';

/** What one code-server should serve, and how. */
export interface CodeServerLaunch {
  readonly runDirectory: RunDirectory;
  readonly workspaceFolder: string;
  /**
   * Adds `--vscode-option enable-smoke-test-driver`: without it the web workbench silently
   * ignores an extension test payload and the run would hang.
   */
  readonly smokeTestDriver: boolean;
  /** A fixed port (for `npm start`); a free one is picked when absent. */
  readonly port?: number;
}

/** A code-server that answers on loopback. */
export interface RunningCodeServer {
  /** `http://127.0.0.1:PORT/` */
  readonly baseUrl: string;
  /** The leader of code-server's process group. */
  readonly pid: number;
  /** The workbench URL that opens the launch's workspace folder, with extra query parameters. */
  workspaceUrl(extraQuery?: Record<string, string>): string;
  /** Stops code-server and every process it started; safe to call twice. */
  stop(): Promise<void>;
}

/** User settings that keep the workbench quiet and the sample files unsaved unless a test saves them. */
export const quietWorkbenchSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  // One explorer row per folder, so a path is opened by clicking each of its folders in turn.
  'explorer.compactFolders': false,
  // The run folders sit inside this repository's work tree; the Git view has nothing to test.
  'git.enabled': false,
};

/** Writes `settings` as the user settings of a run (`<user-data>/User/settings.json`). */
export function writeUserSettings(runDirectory: RunDirectory, settings: Readonly<Record<string, unknown>>): void {
  const userFolder = path.join(runDirectory.userDataDirectory, 'User');
  fs.mkdirSync(userFolder, { recursive: true });
  fs.writeFileSync(path.join(userFolder, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Fails with a hint when scripts/provision-vscode.sh has not installed Node 24 and code-server. */
export function assertCodeServerProvisioned(): void {
  for (const file of [node24Executable, codeServerEntry]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run bash scripts/provision-vscode.sh`);
  }
}

/** Installs a packaged extension into the run's extensions folder, offline, as a user would. */
export function installExtensionIntoCodeServer(runDirectory: RunDirectory, vsixFile: string): void {
  assertCodeServerProvisioned();
  const result = spawnSync(node24Executable, [codeServerEntry, ...profileArguments(runDirectory), '--force', '--install-extension', vsixFile], {
    env: codeServerEnvironment(runDirectory),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixFile} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Starts code-server detached (leader of its own process group) and waits until /healthz answers 200. */
export async function startCodeServer(launch: CodeServerLaunch): Promise<RunningCodeServer> {
  assertCodeServerProvisioned();
  const { runDirectory } = launch;
  const port = launch.port ?? (await findFreeLoopbackPort());
  const baseUrl = `http://127.0.0.1:${port}/`;
  const log = fs.openSync(runDirectory.codeServerLogFile, 'a');
  const child = spawn(
    node24Executable,
    [
      codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      ...profileArguments(runDirectory),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...(launch.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      launch.workspaceFolder,
    ],
    { detached: true, stdio: ['ignore', log, log], env: codeServerEnvironment(runDirectory) },
  );
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${node24Executable} ${codeServerEntry}`);
  stopProcessGroupOnExit(pid);
  let exitedWith: string | undefined;
  child.on('exit', (code, signal) => (exitedWith = String(code ?? signal)));

  let stopped: Promise<void> | undefined;
  const server: RunningCodeServer = {
    baseUrl,
    pid,
    workspaceUrl: (extraQuery = {}) => `${baseUrl}?${new URLSearchParams({ folder: launch.workspaceFolder, ...extraQuery }).toString()}`,
    stop: () => (stopped ??= stopProcessGroup(pid)),
  };
  try {
    await waitFor(
      async () => {
        if (exitedWith !== undefined) throw new Error(`code-server exited (${exitedWith}) before it answered; log: ${runDirectory.codeServerLogFile}`);
        return isHealthy(baseUrl);
      },
      60_000,
      `code-server answering ${baseUrl}healthz`,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function profileArguments(runDirectory: RunDirectory): string[] {
  return [
    '--config', runDirectory.codeServerConfigFile,
    '--user-data-dir', runDirectory.userDataDirectory,
    '--extensions-dir', runDirectory.extensionsDirectory,
  ];
}

/**
 * Node 24 first on PATH (the extension host and the language server it forks must not fall
 * back to the machine's Node 20), a TMPDIR of the run's own, and no VSCODE_* variables: an
 * inherited VSCODE_IPC_HOOK_CLI would make code-server hand the request to another instance.
 */
function codeServerEnvironment(runDirectory: RunDirectory): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('VSCODE_')) environment[name] = value;
  }
  environment.PATH = `${path.join(node24Home, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`;
  environment.TMPDIR = runDirectory.temporaryDirectory;
  return environment;
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}healthz`);
    return response.status === 200;
  } catch {
    return false;
  }
}
