/** The JSON results file of the integration and UI tiers, and their closing summary line. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** How one test or UI step ended; pending ones wait for a feature and count as skipped. */
export type TestOutcome = 'passed' | 'failed' | 'skipped';

/** One test or UI step as a results file records it. */
export interface TestResult {
  readonly title: string;
  readonly outcome: TestOutcome;
  readonly durationMilliseconds: number;
  /** Why it failed, or why it was skipped. */
  readonly message?: string;
  /** Screenshots the step saved, relative to test-results/. */
  readonly screenshots?: readonly string[];
}

/** A whole run as a results file records it. */
export interface TestRunResults {
  readonly tier: string;
  readonly startedAt: string;
  readonly durationMilliseconds: number;
  readonly results: readonly TestResult[];
}

/** Counts of each outcome in a run. */
export interface OutcomeCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** Counts the outcomes of `results`. */
export function countOutcomes(results: readonly TestResult[]): OutcomeCounts {
  const count = (outcome: TestOutcome): number => results.filter((result) => result.outcome === outcome).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

/** The plain closing line CI reads: `N passed, N failed`, with `, N skipped` when any were. */
export function formatSummaryLine(counts: OutcomeCounts): string {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `${counts.passed} passed, ${counts.failed} failed${skipped}`;
}

/** Writes a run's results as indented JSON, creating the folder. */
export function writeTestRunResults(file: string, run: TestRunResults): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
}

/** Reads a results file, or undefined when the run never wrote one. */
export function readTestRunResults(file: string): TestRunResults | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TestRunResults;
}
