/**
 * The measuring side of the linear-time test. It runs in a worker so that the test can stop a
 * measure whose CPU time is already past what a quadratic step costs: a regression that only
 * shows on large inputs then fails in seconds instead of parsing megabytes for hours.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkDocument } from '../../../server/src/checks/index';
import { parse } from '../../../server/src/core/parse';
import { articleWorkspaceFindings } from '../../../server/src/workspace/findings/articleWorkspaceFindings';
import { type CostInputs, type CostMessage, MEASURE_CALLS, MEASURE_MS, RUNS } from './linearTimeProtocol';
import { SHAPES } from './linearTimeShapes';

/** CPU milliseconds of one call of `work`, repeated until the measure is long enough to trust. */
function cpuTimeOf(work: () => void): number {
  let calls = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  do {
    work();
    calls++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < MEASURE_MS && calls < MEASURE_CALLS);
  return elapsed / calls;
}

/** The article's own checks and its consistency within the file (the workspace findings without a workspace). */
const work = (text: string) => () => {
  const model = parse(text);
  checkDocument(model);
  articleWorkspaceFindings({ uri: 'file:///fr-fr/article.md', text, model, locale: 'fr-fr' });
};

function serve(inputs: CostInputs, port: NonNullable<typeof parentPort>): void {
  const build = SHAPES[inputs.shape];
  const small = build(inputs.smallSize);
  const large = build(inputs.largeSize);
  work(small)(); // warm up the code paths before measuring
  const post = (message: CostMessage) => port.postMessage(message);
  port.on('message', () => {
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      smallTimes.push(cpuTimeOf(work(small)));
      if (run === 0) post({ kind: 'smallMeasured', smallMs: smallTimes[0] });
      largeTimes.push(cpuTimeOf(work(large)));
    }
    const smallMs = Math.min(...smallTimes);
    const largeMs = Math.min(...largeTimes);
    post({ kind: 'measured', ratio: largeMs / smallMs, smallMs, largeMs });
  });
  post({ kind: 'ready', smallLength: small.length, largeLength: large.length });
}

// Also loaded as a plain module by the test runner, which finds every file under `test/`.
if (!isMainThread && parentPort) serve(workerData as CostInputs, parentPort);
