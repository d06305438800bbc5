/** Runs the built `sxs` bundle as a CI job would, and temporary folders to run it on. */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

export const sxsScript = path.join(repoRoot, 'server', 'out', 'sxs.js');

export interface SxsRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node server/out/sxs.js ARGS…` in `cwd`; never throws for a non-zero exit. */
export function runSxs(args: readonly string[], cwd: string, options: { env?: Record<string, string>; script?: string } = {}): Promise<SxsRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [options.script ?? sxsScript, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 512 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** A temporary folder with the given files (text or bytes); `remove()` deletes it. */
export function temporaryFolder(files: Record<string, string | Uint8Array>): { folder: string; remove(): void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-cli-'));
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    fs.writeFileSync(path.join(folder, relative), content);
  }
  return { folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** No stack trace in what a user reads. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/;
