/**
 * The integration suite's entry in the web worker extension host, where there is no Node: mocha's
 * browser build runs the same `*.test.ts` files (bundled with this file by buildWebSuite.ts), and
 * the results go through `vscode.workspace.fs` to the same JSON shape the Node entry writes.
 */
import * as vscode from 'vscode';
import type { TestRunResults } from '../../harness/testResults';
import { runAndRecord } from '../mochaRun';

/** Set by the bundle: where the results are written on the machine that serves the workspace. */
declare const SXS_WEB_RESULTS_PATH: string;
/** Set by the bundle: SXS_INTEGRATION_GREP of the run, or ''. */
declare const SXS_WEB_GREP: string;

/** The browser build of mocha, as its module exports it. */
type BrowserMocha = { setup(options: Record<string, unknown>): void } & Parameters<typeof runAndRecord>[0];

/** A reporter that reports nothing (a worker has no DOM for mocha's HTML one). */
class QuietReporter {}

/** Runs the suite: `loadTests` requires every test file once mocha's `tdd` globals exist. */
export async function runWebSuite(loadTests: () => void): Promise<void> {
  // Bundled as an ES module by buildWebSuite.ts, whose default export is what mocha's UMD header exports.
  const mocha = (require('mocha/mocha.js') as { default: BrowserMocha }).default;
  // Mocha's reporters print to a DOM or a terminal, neither of which a worker has; the results file is the report.
  mocha.setup({ ui: 'tdd', reporter: QuietReporter, color: false, timeout: 60_000, slow: 10_000, ...(SXS_WEB_GREP ? { grep: SXS_WEB_GREP } : {}) });
  loadTests();
  const startedAt = new Date();
  const { failures, results } = await runAndRecord(mocha);
  const run: TestRunResults = { tier: 'web-integration', startedAt: startedAt.toISOString(), durationMilliseconds: Date.now() - startedAt.getTime(), results };
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder: the results cannot be written');
  await vscode.workspace.fs.writeFile(folder.with({ path: SXS_WEB_RESULTS_PATH }), new TextEncoder().encode(JSON.stringify(run, null, 2)));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
