// `npm run fuzz`: the reliability properties with a random seed and many more cases than
// `npm test` runs. Prints the seed first; `npm run fuzz -- --seed 1234` replays a run and
// `--runs-factor 50` changes how many times more cases run (default 20).
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'out', 'test', 'unit', 'reliability');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index !== -1 && process.argv[index + 1] !== undefined ? Number(process.argv[index + 1]) : fallback;
}

const seed = option('--seed', randomInt(1, 2 ** 31 - 1));
const factor = option('--runs-factor', 20);
if (!Number.isInteger(seed) || !(factor >= 1)) {
  console.error('usage: npm run fuzz -- [--seed N] [--runs-factor F]');
  process.exit(2);
}
// The timing test uses no randomness; the others draw their cases from the seed.
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.js') && name !== 'linearTime.test.js')
  .map((name) => join(folder, name));
console.log(`fuzz seed ${seed}, ${factor}× the cases of npm test (replay: npm run fuzz -- --seed ${seed} --runs-factor ${factor})`);
const result = spawnSync(process.execPath, ['--test', ...files], {
  stdio: 'inherit',
  env: { ...process.env, SXS_FUZZ_SEED: String(seed), SXS_FUZZ_RUNS_FACTOR: String(factor) },
});
console.log(`fuzz seed ${seed}: ${result.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(result.status ?? 1);
