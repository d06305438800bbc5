/**
 * Timing on a loaded machine: every case is warmed up, then run repeatedly with the cases of a
 * comparison interleaved (A B C, A B C, …) so that load that comes and goes falls on all of them
 * alike; each case reports the median wall time and the median CPU time of this process
 * (`process.cpuUsage`, user + system), which waiting for a core does not inflate.
 */

/** Medians of repeated runs of one case. */
export interface Timing {
  /** Median wall-clock milliseconds of one run. */
  readonly wallMs: number;
  /** Median CPU milliseconds (user + system) of this process during one run. */
  readonly cpuMs: number;
  readonly runs: number;
}

/** How many runs to make. */
export interface RunCounts {
  readonly warmup: number;
  readonly runs: number;
  /** Stop adding runs once this much wall time is spent on the measured runs (default: none). */
  readonly budgetMs?: number;
}

/** Something to time; it returns a value so that the work cannot be optimized away. */
export type Workload = () => unknown;

let sink: unknown;

/** Times one workload. */
export function timeOne(workload: Workload, counts: RunCounts): Timing {
  return timeInterleaved({ only: workload }, counts).only;
}

/** Times several workloads, interleaved run by run; the same counts for each. */
export function timeInterleaved<Name extends string>(workloads: Record<Name, Workload>, counts: RunCounts): Record<Name, Timing> {
  const names = Object.keys(workloads) as Name[];
  for (let warm = 0; warm < counts.warmup; warm++) for (const name of names) sink = workloads[name]();
  const samples = new Samples(names);
  while (samples.wantsMore(counts)) {
    for (const name of names) {
      const started = samples.start();
      sink = workloads[name]();
      samples.stop(name, started);
    }
  }
  return samples.medians();
}

/** The value the last workload returned (read it so nothing is dead code). */
export function lastResult(): unknown {
  return sink;
}

/** The median of a list of numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile by nearest rank (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Something asynchronous to time. */
export type AsyncWorkload = () => Promise<unknown>;

/** `timeInterleaved` for workloads that return promises (each awaited before the next starts). */
export async function timeInterleavedAsync<Name extends string>(workloads: Record<Name, AsyncWorkload>, counts: RunCounts): Promise<Record<Name, Timing>> {
  const names = Object.keys(workloads) as Name[];
  for (let warm = 0; warm < counts.warmup; warm++) for (const name of names) sink = await workloads[name]();
  const samples = new Samples(names);
  while (samples.wantsMore(counts)) {
    for (const name of names) {
      const started = samples.start();
      sink = await workloads[name]();
      samples.stop(name, started);
    }
  }
  return samples.medians();
}

/** Wall and CPU samples per workload, and when to stop taking them. */
class Samples<Name extends string> {
  private readonly wall = new Map<Name, number[]>();
  private readonly cpu = new Map<Name, number[]>();
  private readonly startedAt = performance.now();
  private rounds = 0;

  constructor(private readonly names: readonly Name[]) {
    for (const name of names) {
      this.wall.set(name, []);
      this.cpu.set(name, []);
    }
  }

  /** Whether another round of runs is due. */
  wantsMore(counts: RunCounts): boolean {
    if (this.rounds >= counts.runs) return false;
    if (counts.budgetMs !== undefined && this.rounds >= 3 && performance.now() - this.startedAt > counts.budgetMs) return false;
    this.rounds++;
    return true;
  }

  start(): { wall: number; cpu: NodeJS.CpuUsage } {
    return { cpu: process.cpuUsage(), wall: performance.now() };
  }

  stop(name: Name, started: { wall: number; cpu: NodeJS.CpuUsage }): void {
    const wallAfter = performance.now();
    const cpuUsed = process.cpuUsage(started.cpu);
    this.wall.get(name)!.push(wallAfter - started.wall);
    this.cpu.get(name)!.push((cpuUsed.user + cpuUsed.system) / 1000);
  }

  medians(): Record<Name, Timing> {
    const result = {} as Record<Name, Timing>;
    for (const name of this.names) result[name] = { wallMs: median(this.wall.get(name)!), cpuMs: median(this.cpu.get(name)!), runs: this.wall.get(name)!.length };
    return result;
  }
}
