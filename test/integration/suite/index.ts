/**
 * The integration suite's entry, loaded by VS Code's extension host (`--extensionTestsPath`):
 * runs every `*.test.js` beside it with mocha and records each test in
 * test-results/integration-results.json, which the runner outside reads for its summary.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { writeTestRunResults } from '../../harness/testResults';
import { integrationResultsFile } from '../../harness/toolPaths';
import { runAndRecord } from '../mochaRun';

/** Called by the extension host; rejecting makes the host exit with 1. */
export async function run(): Promise<void> {
  // SXS_INTEGRATION_GREP runs only the tests whose full title matches (while working on one).
  const grep = process.env.SXS_INTEGRATION_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 10_000, ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const startedAt = new Date();
  const { failures, results } = await runAndRecord(mocha);
  writeTestRunResults(integrationResultsFile, {
    tier: 'integration',
    startedAt: startedAt.toISOString(),
    durationMilliseconds: Date.now() - startedAt.getTime(),
    results,
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
