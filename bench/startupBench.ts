/**
 * Start-up: the server's first answer (spawn to `initialize` response), the extension's
 * activation (the client bundle loaded and `activate()` run with a stand-in `vscode` module in a
 * fresh process; and the figure the real VS Code integration run logged, when present), and the
 * size of the `.vsix` that `npm run package` builds.
 */
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { formatMs } from './lspBench';
import { median, percentile } from './measure';
import { startServer } from './serverProcess';

const FIRST_RESPONSE_LIMIT_MS = 300;
const ACTIVATION_LIMIT_MS = 100;
const VSIX_LIMIT_BYTES = 2 * 1024 * 1024;

/** Builds the `.vsix` with `npm run package` into a temporary file; its size and build time. */
export function packageRow(root: string): BenchRow {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bench-vsix-'));
  const vsix = path.join(folder, 'sxs-authoring.vsix');
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 || !fs.existsSync(vsix)) {
    return { section: 'startup', name: '.vsix size', input: 'npm run package', figure: 'package failed', target: target('≤ 2 MB', false), note: (result.stderr || result.stdout).slice(-300) };
  }
  const bytes = fs.statSync(vsix).size;
  fs.rmSync(folder, { recursive: true, force: true });
  return {
    section: 'startup',
    name: '.vsix size',
    input: 'npm run package (production bundles)',
    figure: `${(bytes / 1024).toFixed(0)} KiB`,
    target: target(`≤ 2 MB (${(bytes / (1024 * 1024)).toFixed(2)} MB)`, bytes <= VSIX_LIMIT_BYTES),
    note: `built in ${seconds.toFixed(0)} s`,
  };
}

/**
 * Spawn → `initialize` answered, `runs` fresh servers one after another, interleaved with the
 * baseline: a bare `node` process spawned to its first byte of output, which is what any Node
 * server pays before its own code runs.
 */
export async function firstResponseRows(serverScript: string, runs: number): Promise<BenchRow[]> {
  const samples: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(await bareNodeFirstByte());
    const server = await startServer(serverScript);
    samples.push(server.firstResponseMs);
    await server.stop();
  }
  const p50 = median(samples);
  const bareP50 = median(bare);
  return [
    {
      section: 'startup',
      name: 'server first response (spawn → initialize result)',
      input: `${runs} fresh processes`,
      wallMs: p50,
      figure: `p50 ${formatMs(p50)} · max ${formatMs(percentile(samples, 100))}`,
      speedup: { value: bareP50 / p50, baseline: 'bare node' },
      target: target(`≤ ${FIRST_RESPONSE_LIMIT_MS} ms (${formatMs(p50)})`, p50 <= FIRST_RESPONSE_LIMIT_MS),
    },
    { section: 'startup', name: 'bare node process (spawn → first byte)', input: `${runs} fresh processes`, wallMs: bareP50, figure: `p50 ${formatMs(bareP50)}`, note: 'baseline' },
  ];
}

/** Milliseconds from spawning `node -e` to its first byte on stdout. */
function bareNodeFirstByte(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', 'process.stdout.write("x")'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => resolve(performance.now() - started));
    child.once('error', reject);
  });
}

/** `activate()` with a stand-in `vscode` in fresh processes, and the real VS Code figure if logged. */
export function activationRows(root: string, runs: number): BenchRow[] {
  const probe = path.join(__dirname, 'activationProbe.js');
  const bundle = path.join(root, 'client', 'out', 'extension.js');
  const load: number[] = [];
  const activate: number[] = [];
  let error: string | undefined;
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(process.execPath, [probe, bundle], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const line = output.trim().split('\n').pop() ?? '{}';
    const result = JSON.parse(line) as { loadMs: number; activateMs: number; error?: string };
    load.push(result.loadMs);
    activate.push(result.activateMs);
    error ??= result.error;
  }
  const total = median(load.map((value, index) => value + activate[index]));
  const rows: BenchRow[] = [
    {
      section: 'startup',
      name: 'activation: bundle load + activate() (stand-in vscode)',
      input: `client/out/extension.js, ${runs} fresh processes`,
      wallMs: total,
      figure: `${formatMs(total)} (load ${formatMs(median(load))} + activate ${formatMs(median(activate))})`,
      target: target(`≤ ${ACTIVATION_LIMIT_MS} ms (${formatMs(total)})`, total <= ACTIVATION_LIMIT_MS && !error),
      ...(error ? { note: `activate() threw under the stand-in: ${error}` } : {}),
    },
  ];
  const logged = loggedActivation(root);
  if (logged !== undefined) {
    rows.push({
      section: 'startup',
      name: 'activation: activate() in real VS Code (code-server)',
      input: 'last integration run, test-results/integration-console.log',
      wallMs: logged,
      figure: formatMs(logged),
      target: target(`≤ ${ACTIVATION_LIMIT_MS} ms (${formatMs(logged)})`, logged <= ACTIVATION_LIMIT_MS),
      note: 'activate() body only, as the extension measures it; the bundle load is not included',
    });
  }
  return rows;
}

/** The `activate() took N ms` line of the last real-VS Code integration run, if any. */
function loggedActivation(root: string): number | undefined {
  try {
    const log = fs.readFileSync(path.join(root, 'test-results', 'integration-console.log'), 'utf8');
    const matches = [...log.matchAll(/activate\(\) took ([\d.]+) ms/g)];
    return matches.length ? Number(matches[matches.length - 1][1]) : undefined;
  } catch {
    return undefined;
  }
}
