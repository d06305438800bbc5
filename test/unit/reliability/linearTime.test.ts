/**
 * Parsing and checking stay linear in the input, for real articles and for the shapes that make
 * naive scanners quadratic (`linearTimeShapes.ts`): each 16× larger input (12.5k → 200k → 3.2M
 * code units) costs less than 128× the CPU time (a quadratic step costs 256×) — the article's own
 * checks and the consistency of its translations alike. CPU time (`process.cpuUsage`) rather than
 * wall time, the fastest of several runs and a re-measure before failing keep the test steady on a
 * loaded two-core machine. The measures run in a worker (`linearTimeWorker.ts`) that is stopped
 * once its CPU time shows a ratio of twice the limit, so a quadratic regression fails in seconds
 * even where it only shows on megabytes.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { SHAPES } from './linearTimeShapes';
import { type CostInputs, type CostMessage, MEASURE_MS, RUNS } from './linearTimeProtocol';

/**
 * The inputs, in UTF-16 code units, each 16 times the one before: every step is measured, the
 * smaller inputs first, so a quadratic step that shows on small inputs fails before the larger
 * ones are built, and one that only shows on megabytes is stopped by its CPU budget.
 */
const SIZES = [12_500, 200_000, 3_200_000];
/**
 * The larger input may cost up to this many times the CPU time. Linear costs ×16, but past some
 * size the young generation no longer holds a parse's objects and the garbage collector's old
 * space takes them, a constant factor of 2–3 that passes once (×13–50 seen for linear shapes on a
 * quiet machine); a loaded machine adds ×2–3 more to the larger input, whose text and model leave
 * the CPU's caches while another job runs (×10.3 was seen at 4× growth beside a benchmark).
 * A quadratic step costs ×256, and one that is half the smaller input's work still crosses it.
 */
const MAX_RATIO = 128;
/** How often the test looks at the CPU time of a running measure. */
const WATCH_INTERVAL_MS = 20;

/** One measure: the larger input's CPU time over the smaller's; `stopped` when it ran past twice the limit and `ratio` is only a lower bound. */
interface Cost {
  ratio: number;
  smallMs: number;
  largeMs: number;
  stopped: boolean;
  smallLength: number;
  largeLength: number;
}

/** A worker holding the two inputs of one measure, built once for every re-measure. */
class CostWorker {
  private constructor(
    private readonly worker: Worker,
    readonly smallLength: number,
    readonly largeLength: number,
  ) {}

  static start(inputs: CostInputs): Promise<CostWorker> {
    const worker = new Worker(path.join(__dirname, 'linearTimeWorker.js'), { workerData: inputs });
    return new Promise((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the measuring worker exited (${code}) before its inputs were built`));
      const onMessage = (message: CostMessage) => {
        // Only this function's listeners: the worker keeps its own on itself.
        worker.off('error', reject).off('exit', onExit);
        if (message.kind === 'ready') resolve(new CostWorker(worker, message.smallLength, message.largeLength));
        else reject(new Error(`the measuring worker said ${message.kind} before it was ready`));
      };
      worker.once('error', reject).once('exit', onExit).once('message', onMessage);
    });
  }

  /**
   * Measures once. Once the smaller input's first time is known, the whole measure may cost the
   * CPU time its runs take at twice `limit`; past that the worker is stopped (the process's CPU
   * time is the worker's: the test's own thread only waits).
   */
  measure(limit: number): Promise<Cost> {
    const worker = this.worker;
    const lengths = { smallLength: this.smallLength, largeLength: this.largeLength };
    return new Promise((resolve, reject) => {
      const start = process.cpuUsage();
      let budgetMs = Infinity;
      let firstSmallMs = NaN;
      const onMessage = (message: CostMessage) => {
        if (message.kind === 'smallMeasured') {
          firstSmallMs = message.smallMs;
          budgetMs = RUNS * (2 * MEASURE_MS + (1 + 2 * limit) * message.smallMs);
        } else if (message.kind === 'measured') {
          finish();
          resolve({ ...message, stopped: false, ...lengths });
        }
      };
      const onError = (error: Error) => {
        finish();
        reject(error);
      };
      const onExit = (code: number) => {
        finish();
        reject(new Error(`the measuring worker exited (${code}) during a measure`));
      };
      const watch = setInterval(() => {
        const used = process.cpuUsage(start);
        if ((used.user + used.system) / 1000 <= budgetMs) return;
        finish();
        void worker.terminate();
        resolve({ ratio: 2 * limit, smallMs: firstSmallMs, largeMs: NaN, stopped: true, ...lengths });
      }, WATCH_INTERVAL_MS);
      const finish = () => {
        clearInterval(watch);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      worker.on('message', onMessage).once('error', onError).once('exit', onExit);
      worker.postMessage('measure');
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** The fastest of several measures of the ratio (a busy machine slows one measure; a quadratic algorithm is slow every time). */
async function steadiestCost(inputs: CostInputs, limit: number): Promise<Cost> {
  const worker = await CostWorker.start(inputs);
  try {
    let best = await worker.measure(limit);
    // Well past the limit is a failure, not noise: not measured again, so a regression fails fast.
    for (let retry = 0; retry < 2 && best.ratio >= limit && best.ratio < 2 * limit; retry++) {
      const again = await worker.measure(limit);
      if (again.stopped) break;
      if (again.ratio < best.ratio) best = again;
    }
    return best;
  } finally {
    await worker.close();
  }
}

/** What a measure found, for a failure message or the test's diagnostics. */
function describeCost(cost: Cost, limit: number): string {
  const inputs = `${cost.smallLength} → ${cost.largeLength} code units`;
  if (cost.stopped) return `${inputs}: stopped once the larger input had cost more than ×${2 * limit} the smaller's ${cost.smallMs.toFixed(1)} ms CPU, as a quadratic algorithm does`;
  return `${inputs}: ${cost.smallMs.toFixed(1)} → ${cost.largeMs.toFixed(1)} ms CPU (×${cost.ratio.toFixed(1)}, limit ×${limit})`;
}

describe('reliability: parse and checks take time linear in the input', () => {
  for (const shape of Object.keys(SHAPES)) {
    it(shape, async (t) => {
      for (let step = 1; step < SIZES.length; step++) {
        const cost = await steadiestCost({ shape, smallSize: SIZES[step - 1], largeSize: SIZES[step] }, MAX_RATIO);
        t.diagnostic(describeCost(cost, MAX_RATIO));
        assert.ok(cost.ratio < MAX_RATIO, `${shape}: ${describeCost(cost, MAX_RATIO)}`);
      }
    });
  }
});
