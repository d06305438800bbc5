/** Fresh, isolated folders for one run of code-server. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { vscodeTestFolder } from './toolPaths';

/** The folders one run of code-server owns; none is shared with another run. */
export interface RunDirectory {
  readonly root: string;
  readonly userDataDirectory: string;
  readonly extensionsDirectory: string;
  /**
   * TMPDIR for code-server and chromium, so their scratch files die with the run. Under the
   * system's temporary folder, not inside the run: both put Unix sockets there, whose paths
   * must stay under 108 bytes.
   */
  readonly temporaryDirectory: string;
  /** code-server's config file; passing it keeps code-server from writing ~/.config. */
  readonly codeServerConfigFile: string;
  readonly codeServerLogFile: string;
}

/** Creates `.vscode-test/runs/<kind>-<time>-<pid>/` with empty user-data and extensions folders, and a short-named TMPDIR. */
export function createRunDirectory(kind: string): RunDirectory {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return runDirectoryAt(path.join(vscodeTestFolder, 'runs', `${kind}-${stamp}-${process.pid}`), kind);
}

/**
 * Opens `.vscode-test/<name>/`, creating it on first use and keeping it afterwards, so settings
 * and state a user leaves there survive a restart (`npm start`). TMPDIR is fresh each time.
 */
export function openPersistentRunDirectory(name: string): RunDirectory {
  return runDirectoryAt(path.join(vscodeTestFolder, name), name);
}

function runDirectoryAt(root: string, kind: string): RunDirectory {
  const runDirectory: RunDirectory = {
    root,
    userDataDirectory: path.join(root, 'user-data'),
    extensionsDirectory: path.join(root, 'extensions'),
    temporaryDirectory: fs.mkdtempSync(path.join(os.tmpdir(), `sxs-${kind}-`)),
    codeServerConfigFile: path.join(root, 'code-server.yaml'),
    codeServerLogFile: path.join(root, 'code-server.log'),
  };
  for (const folder of [runDirectory.userDataDirectory, runDirectory.extensionsDirectory]) {
    fs.mkdirSync(folder, { recursive: true });
  }
  fs.writeFileSync(runDirectory.codeServerConfigFile, 'auth: none\n');
  return runDirectory;
}

/**
 * Copies a folder of sample articles into the run, so a test that edits files never touches the
 * repository. Only the files git tracks are copied: what a session of `npm start` left in the
 * folder (workspace settings in `.vscode/`, a new locale) must not change what a run sees.
 */
export function copyWorkspaceIntoRun(runDirectory: RunDirectory, sourceFolder: string): string {
  const workspaceFolder = path.join(runDirectory.root, path.basename(sourceFolder));
  const tracked = trackedFiles(sourceFolder);
  if (!tracked) {
    fs.cpSync(sourceFolder, workspaceFolder, { recursive: true });
    return workspaceFolder;
  }
  for (const file of tracked) {
    const target = path.join(workspaceFolder, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(sourceFolder, file), target);
  }
  return workspaceFolder;
}

/** The files under `folder` that git tracks and the work tree has, relative to it; undefined outside a git checkout. */
function trackedFiles(folder: string): string[] | undefined {
  const listing = spawnSync('git', ['ls-files', '-z', '--', '.'], { cwd: folder, encoding: 'utf8' });
  if (listing.status !== 0) return undefined;
  const files = listing.stdout.split('\0').filter((file) => file !== '' && fs.existsSync(path.join(folder, file)));
  return files.length > 0 ? files : undefined;
}

/** Deletes a finished run's folders (kept after a failure, for its logs). */
export function removeRunDirectory(runDirectory: RunDirectory): void {
  fs.rmSync(runDirectory.root, { recursive: true, force: true });
  fs.rmSync(runDirectory.temporaryDirectory, { recursive: true, force: true });
}
