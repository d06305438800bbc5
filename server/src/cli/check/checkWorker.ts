/**
 * A worker thread of `sxs check`: checks the files it is sent and answers with their outcomes,
 * tagged with their index so the main thread prints them in a stable order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SxsSettings } from '../../settings';
import { checkFile, type FileOutcome } from './checkFile';
import { diskWorkspaceChecker } from './workspaceChecks';

/** A batch of files to check. */
export interface WorkerJob {
  readonly files: readonly { readonly index: number; readonly absolutePath: string; readonly relativePath: string }[];
}

/** The outcomes of a batch. */
export interface WorkerAnswer {
  readonly outcomes: readonly { readonly index: number; readonly outcome: FileOutcome }[];
}

const { settings, workspaceChecks } = workerData as { settings: SxsSettings; workspaceChecks: boolean };
const workspace = workspaceChecks ? diskWorkspaceChecker() : undefined;
parentPort?.on('message', (job: WorkerJob) => {
  const outcomes = job.files.map((file) => {
    let outcome: FileOutcome;
    try {
      outcome = checkFile(file.absolutePath, file.relativePath, settings, workspace);
    } catch (error) {
      outcome = { problem: `${file.relativePath}: could not be checked (${error instanceof Error ? error.message : String(error)})` };
    }
    return { index: file.index, outcome };
  });
  parentPort?.postMessage({ outcomes } satisfies WorkerAnswer);
});
