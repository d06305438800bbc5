/**
 * How many copies of a large text a process holds, read from a V8 heap snapshot: the server runs
 * with `--heapsnapshot-signal=SIGUSR2`, writes a snapshot (after a full garbage collection) into
 * its working folder when signalled, and the strings of the snapshot at least half the text's
 * size are counted. Sliced strings are views into one of those, so they are no copies.
 */
import type { ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The node arguments that let `largeStringsOf` ask the process for a snapshot. */
export const HEAP_SNAPSHOT_ARGUMENTS = ['--heapsnapshot-signal=SIGUSR2'] as const;

/** Large strings in the process's heap, and its heap size. */
export interface HeapTexts {
  /** Flat or concatenated strings of at least `minimumLength` characters. */
  readonly strings: number;
  /** Their bytes in the heap (two per character for two-byte strings). */
  readonly stringBytes: number;
  /** Every object of the heap, in bytes. */
  readonly heapBytes: number;
}

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] } };
  readonly nodes: number[];
}

/**
 * Signals `child` (started with HEAP_SNAPSHOT_ARGUMENTS in `folder`), waits for its snapshot,
 * then counts strings of at least `minimumLength` characters. `settle` is awaited once the file
 * appears: a request answered by the process, which it can answer only after writing the file.
 */
export async function largeStringsOf(child: ChildProcess, folder: string, minimumLength: number, settle: () => Promise<unknown>): Promise<HeapTexts> {
  const before = new Set(fs.readdirSync(folder));
  child.kill('SIGUSR2');
  const file = await waitFor(() => fs.readdirSync(folder).find((name) => name.endsWith('.heapsnapshot') && !before.has(name)), 60_000);
  await settle();
  const snapshot = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as HeapSnapshot;
  fs.rmSync(path.join(folder, file));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  const textTypes = new Set([types.indexOf('string'), types.indexOf('concatenated string')]);
  const consType = types.indexOf('concatenated string');
  let strings = 0;
  let stringBytes = 0;
  let heapBytes = 0;
  const nodes = snapshot.nodes;
  for (let index = 0; index < nodes.length; index += width) {
    const size = nodes[index + sizeField];
    heapBytes += size;
    // A flat string's size is its characters (one or two bytes each); a concatenation's parts are strings of their own.
    if (textTypes.has(nodes[index + typeField]) && nodes[index + typeField] !== consType && size >= minimumLength) {
      strings++;
      stringBytes += size;
    }
  }
  return { strings, stringBytes, heapBytes };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() - started > timeoutMs) throw new Error('no heap snapshot written');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
