/**
 * `sxs check` on the synthetic workspace of real articles (10,000 files): files/s and MB/s
 * with one worker and with two (one per core here), the speed-up of two over one measured in
 * the same run, and the process's peak resident memory (worker threads included). The bundle
 * is run as a CI job runs it, with the workspace checks on.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BenchRow } from './benchRow';
import type { CorpusFile } from './corpusFiles';
import { writeSyntheticWorkspace } from './syntheticWorkspace';

interface CliRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssBytes: number;
  readonly findings: number;
}

/** Rows for 1 and 2 workers on `fileCount` files. */
export async function cliRows(root: string, corpus: readonly CorpusFile[], fileCount: number): Promise<BenchRow[]> {
  const workspace = writeSyntheticWorkspace(corpus, fileCount);
  const input = `${workspace.files} files (${workspace.localizedFiles} localized, ${workspace.englishFiles} English), ${(workspace.bytes / 1e6).toFixed(0)} MB`;
  try {
    const runs = new Map<number, CliRun>();
    for (const workers of [1, 2]) runs.set(workers, await runCheck(root, workspace.folder, workers));
    const one = runs.get(1)!;
    return [1, 2].map((workers) => {
      const run = runs.get(workers)!;
      const seconds = run.wallMs / 1000;
      return {
        section: 'cli',
        name: `sxs check --workers ${workers}`,
        input,
        wallMs: run.wallMs,
        cpuMs: run.cpuMs,
        figure: `${(workspace.files / seconds).toFixed(0)} files/s · ${(workspace.bytes / 1e6 / seconds).toFixed(1)} MB/s · peak ${(run.maxRssBytes / 2 ** 20).toFixed(0)} MB`,
        ...(workers > 1 ? { speedup: { value: one.wallMs / run.wallMs, baseline: '1 worker' } } : {}),
        note: `${(seconds).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, ${run.findings} findings`,
      };
    });
  } finally {
    workspace.remove();
  }
}

function runCheck(root: string, folder: string, workers: number): Promise<CliRun> {
  const usageFile = path.join(os.tmpdir(), `sxs-bench-usage-${process.pid}-${workers}.json`);
  const script = path.join(root, 'server', 'out', 'sxs.js');
  const preload = path.join(root, 'bench', 'cliPeakMemory.js');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    execFile(process.execPath, ['--require', preload, script, 'check', folder, '--format', 'json', '--fail-on', 'none', '--workers', String(workers)], { env: { ...process.env, SXS_BENCH_USAGE: usageFile }, maxBuffer: 1024 * 1024 * 1024 }, (error, stdout) => {
      const wallMs = performance.now() - started;
      if (error) return reject(new Error(`sxs check failed: ${error.message}`));
      const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
      fs.rmSync(usageFile, { force: true });
      resolve({ wallMs, cpuMs: usage.cpuMs, maxRssBytes: usage.maxRssKb * 1024, findings: (JSON.parse(stdout) as { findings: unknown[] }).findings.length });
    });
  });
}
