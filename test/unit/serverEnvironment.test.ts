/**
 * The environment the VS Code client starts the server with: on Linux with glibc, each new
 * version of a large text then reuses warm memory instead of a fresh mapping that faults in page
 * by page (counted by the kernel, so the test does not depend on the machine's speed); tunables
 * the user set still win.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { serverEnvironment } from '../../server/src/serverEnvironment';

/** A child Node making 30 versions of a 9 M-code-unit text the server's way, keeping the last two alive as snapshots do; prints its minor page faults over the last 18 (the heap has grown to its size by then). */
const VERSIONS_SCRIPT = `
const { nodeTextBuilders } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'server', 'src', 'nodeTextBuilder.js'))});
const builder = nodeTextBuilders();
let text = '中'.repeat(9_000_000);
const alive = [];
let faults = 0;
for (let version = 0; version < 30; version++) {
  const before = process.resourceUsage().minorPageFault;
  text = builder.splice(text, version * 7, version * 7, 'e');
  if (text.charCodeAt(text.length - 1) !== 0x4e2d) throw new Error('wrong text');
  if (version >= 12) faults += process.resourceUsage().minorPageFault - before;
  alive.push(text);
  if (alive.length > 2) alive.shift();
  if (version % 3 === 2) globalThis.gc();
}
process.stdout.write(String(faults));
`;

function pageFaults(environment: NodeJS.ProcessEnv): number {
  return Number(execFileSync(process.execPath, ['--expose-gc', '-e', VERSIONS_SCRIPT], { env: environment, encoding: 'utf8' }));
}

const glibc = process.platform === 'linux' && Boolean((process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime);
/** Where every mapping gets 2 MiB pages, a fresh one faults a handful of times: nothing to count. */
const hugePagesAlways = (() => {
  try {
    return readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8').includes('[always]');
  } catch {
    return false;
  }
})();

describe('serverEnvironment', () => {
  it('sets the allocator tunables, with the user’s own after them so theirs win', () => {
    const ours = serverEnvironment({}).GLIBC_TUNABLES;
    assert.match(ours, /^glibc\.malloc\.mmap_threshold=\d+:glibc\.malloc\.trim_threshold=\d+:glibc\.malloc\.hugetlb=1$/);
    assert.equal(serverEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=0' }).GLIBC_TUNABLES, `${ours}:glibc.malloc.trim_threshold=0`);
    assert.equal(serverEnvironment({ GLIBC_TUNABLES: '  ' }).GLIBC_TUNABLES, ours);
  });

  it('makes a large text’s next versions reuse memory instead of faulting in fresh pages', { skip: (!glibc && 'glibc only') || (hugePagesAlways && 'transparent huge pages for every mapping') }, () => {
    const plain = { ...process.env, GLIBC_TUNABLES: '' };
    const tuned = { ...process.env, ...serverEnvironment({}) };
    const withoutFaults = pageFaults(plain);
    const withFaults = pageFaults(tuned);
    // One fresh mapping of 18 MB is about 4,400 pages of 4 KiB; glibc's own threshold sometimes rises, so not every version is one.
    assert.ok(withoutFaults > 4_000, `a plain environment faulted only ${withoutFaults} pages: the measure no longer shows fresh mappings`);
    assert.ok(withFaults * 10 < withoutFaults, `${withFaults} page faults with the server's environment against ${withoutFaults} without`);
  });
});
