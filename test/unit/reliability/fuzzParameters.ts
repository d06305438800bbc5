/**
 * How many random cases the reliability properties run, and from which seed. `npm test` runs a
 * fixed seed and a bounded number of cases, so a failure reproduces; `npm run fuzz` sets
 * `SXS_FUZZ_SEED` (random, printed) and `SXS_FUZZ_RUNS_FACTOR` to run many more.
 */
import type fc from 'fast-check';

/** The fast-check parameters of a property: the fixed seed and runs, or the fuzz run's. */
export function fuzzParameters(fixedSeed: number, runs: number): fc.Parameters<unknown> {
  const seed = process.env.SXS_FUZZ_SEED ? Number(process.env.SXS_FUZZ_SEED) : fixedSeed;
  const factor = process.env.SXS_FUZZ_RUNS_FACTOR ? Math.max(1, Number(process.env.SXS_FUZZ_RUNS_FACTOR)) : 1;
  return { seed, numRuns: Math.round(runs * factor) };
}

/** Whether this is a long fuzz run rather than the bounded run of `npm test`. */
export const fuzzing = process.env.SXS_FUZZ_SEED !== undefined;
