/**
 * Runs a mocha instance (Node's or the browser build) and records each test as the results file
 * lists it; shared by the suite's Node entry and its web worker entry.
 */
import type { TestResult } from '../harness/testResults';

/** The part of mocha's runner the recording listens to. */
interface MochaRunner {
  on(event: 'pass' | 'pending' | 'fail', listener: (test: { fullTitle(): string; duration?: number }, error?: Error) => void): unknown;
}

/** Runs `mocha` to the end: the number of failures and every test's outcome. */
export function runAndRecord(mocha: { run(done: (failures: number) => void): MochaRunner }): Promise<{ failures: number; results: TestResult[] }> {
  const results: TestResult[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => resolve({ failures, results }));
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), outcome: 'passed', durationMilliseconds: test.duration ?? 0 }));
    runner.on('pending', (test) => results.push({ title: test.fullTitle(), outcome: 'skipped', durationMilliseconds: 0 }));
    runner.on('fail', (test, error) => results.push({ title: test.fullTitle(), outcome: 'failed', durationMilliseconds: test.duration ?? 0, message: error?.message }));
  });
}
