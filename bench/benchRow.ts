/** One line of the benchmark's report, and the targets it is held to. */

/** What one measurement says, ready to print as a table row or as JSON. */
export interface BenchRow {
  /** The group of rows (`parse`, `outline`, `lsp`, …). */
  readonly section: string;
  readonly name: string;
  /** What was measured on (`corpus, 114 files, 6.4 MB`). */
  readonly input: string;
  /** Median CPU milliseconds of one run, when measured in this process. */
  readonly cpuMs?: number;
  /** Median wall milliseconds of one run (or the latency the row is about). */
  readonly wallMs?: number;
  /** The headline figure (`123 MB/s`, `p50 0.8 ms · p99 2.1 ms`). */
  readonly figure: string;
  /** Baseline time ÷ this row's time, measured in the same run: above 1 means faster than the baseline. */
  readonly speedup?: { readonly value: number; readonly baseline: string };
  readonly target?: { readonly description: string; readonly pass: boolean };
  readonly note?: string;
}

/** A target whose value is known. */
export function target(description: string, pass: boolean): BenchRow['target'] {
  return { description, pass };
}
