/**
 * What the linear-time test and its measuring worker say to each other, and the measure's
 * constants the test's CPU budget is computed from. Kept apart from the worker so the test's own
 * thread does not load the parser it never runs.
 */

/** What the test asks of a worker: the two inputs of one measure. */
export interface CostInputs {
  shape: string;
  smallSize: number;
  largeSize: number;
}

/** What a worker tells the test. */
export type CostMessage =
  | { kind: 'ready'; smallLength: number; largeLength: number }
  | { kind: 'smallMeasured'; smallMs: number }
  | { kind: 'measured'; ratio: number; smallMs: number; largeMs: number };

/** A measure stops once it is this long (CPU milliseconds) or has called the work this often. */
export const MEASURE_MS = 120;
export const MEASURE_CALLS = 200;
/** Interleaved runs of the small and the large input; the fastest of each counts (load only ever adds time). */
export const RUNS = 3;
