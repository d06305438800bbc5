/**
 * Summarizes a V8 CPU profile (`node --cpu-prof` writes `*.cpuprofile`): self time per function,
 * the largest first, so the hot spots of a benchmark show without a profiler UI.
 * Usage: `node out/bench/profileSummary.js FILE.cpuprofile [rows]`.
 */
import * as fs from 'fs';
import * as path from 'path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** Self milliseconds per function (name, file and line), sorted, largest first. */
export function selfTimes(profile: CpuProfile): { readonly name: string; readonly milliseconds: number }[] {
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const node = byNode.get(profile.samples[index]);
    if (!node) continue;
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? path.basename(frame.url) + ':' + (frame.lineNumber + 1) : ''}`.trim();
    // A sample's time is the delta to the next sample.
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    totals.set(name, (totals.get(name) ?? 0) + delta);
  }
  return [...totals.entries()].map(([name, milliseconds]) => ({ name, milliseconds })).sort((a, b) => b.milliseconds - a.milliseconds);
}

function main(): void {
  const [file, rows = '30'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node out/bench/profileSummary.js FILE.cpuprofile [rows]');
    process.exit(2);
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const times = selfTimes(profile);
  const total = times.reduce((sum, entry) => sum + entry.milliseconds, 0);
  for (const entry of times.slice(0, Number(rows))) {
    console.log(`${entry.milliseconds.toFixed(1).padStart(9)} ms ${((entry.milliseconds / total) * 100).toFixed(1).padStart(5)}%  ${entry.name}`);
  }
  console.log(`${total.toFixed(1).padStart(9)} ms total`);
}

if (require.main === module) main();
