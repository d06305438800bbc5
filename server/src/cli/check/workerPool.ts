/**
 * Checks files on worker threads, one per core by default: batches are handed out as workers
 * finish (so one slow file does not hold a whole share), and outcomes come back in the files'
 * order whatever order the workers finish in. One worker checks in this thread, without the
 * cost of starting a thread.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SxsSettings } from '../../settings';
import { checkFile, type FileOutcome } from './checkFile';
import type { WorkerAnswer, WorkerJob } from './checkWorker';
import { diskWorkspaceChecker } from './workspaceChecks';

/** Files per message: enough to make messaging cheap, few enough to share the work evenly. */
const BATCH = 8;

export interface FileToCheck {
  readonly absolutePath: string;
  readonly relativePath: string;
}

/** The outcome of every file, in the order given. */
/** `workspaceChecks`: also check each article against its English original and other locales. */
export async function checkFiles(files: readonly FileToCheck[], settings: SxsSettings, workers: number, workspaceChecks: boolean): Promise<FileOutcome[]> {
  const count = Math.max(1, Math.min(workers, Math.ceil(files.length / BATCH)));
  if (count === 1) {
    const workspace = workspaceChecks ? diskWorkspaceChecker() : undefined;
    return files.map((file) => checkFile(file.absolutePath, file.relativePath, settings, workspace));
  }
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const takeBatch = (): WorkerJob | undefined => {
    if (next >= files.length) return undefined;
    const batch = files.slice(next, next + BATCH).map((file, offset) => ({ index: next + offset, ...file }));
    next += batch.length;
    return { files: batch };
  };
  const script = path.join(__dirname, 'checkWorker.js');
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: { settings, workspaceChecks } });
      let finished = false;
      const send = (): void => {
        const job = takeBatch();
        if (job) worker.postMessage(job);
        else {
          finished = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (answer: WorkerAnswer) => {
        for (const { index, outcome } of answer.outcomes) outcomes[index] = outcome;
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a worker thread stopped before its files were checked (exit code ${code})`));
      });
      send();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return outcomes;
}
