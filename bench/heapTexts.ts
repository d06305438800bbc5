/**
 * How many copies of a large text a process holds, read from a V8 heap snapshot: the server runs
 * with `--heapsnapshot-signal=SIGUSR2`, writes a snapshot (after a full garbage collection) into
 * its working folder when signalled, and the strings of the snapshot at least as long as the
 * text are counted. Sliced strings are views into one of those, so they are no copies. An
 * external string (Node's strings read from a buffer, `nodeTextBuilder.ts`) keeps its characters
 * outside the heap and shows only its header and first 1,024 characters: one that starts as the
 * text does is counted as a copy of it, and so is a buffer at least as large as the text in
 * UTF-16 (the Node server's mirror of the text).
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
  /** External strings that start as the text does: copies of it outside the heap. */
  readonly externalStrings: number;
  /** Buffers (array buffers' memory) of at least the text's size in UTF-16, and their bytes. */
  readonly buffers: number;
  readonly bufferBytes: number;
  /** Every object of the heap, in bytes. */
  readonly heapBytes: number;
}

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] } };
  readonly nodes: number[];
  readonly strings: string[];
}

/**
 * Signals `child` (started with HEAP_SNAPSHOT_ARGUMENTS in `folder`), waits for its snapshot,
 * then counts the strings as long as `text`. `settle` is awaited once the file appears: a request
 * answered by the process, which it can answer only after writing the file.
 */
export async function largeStringsOf(child: ChildProcess, folder: string, text: string, settle: () => Promise<unknown>): Promise<HeapTexts> {
  const minimumLength = text.length;
  const opening = text.slice(0, 1024);
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
  const nameField = fields.indexOf('name');
  const names = snapshot.strings;
  const textTypes = new Set([types.indexOf('string'), types.indexOf('concatenated string')]);
  const consType = types.indexOf('concatenated string');
  let strings = 0;
  let stringBytes = 0;
  let externalStrings = 0;
  let buffers = 0;
  let bufferBytes = 0;
  let heapBytes = 0;
  const nativeType = types.indexOf('native');
  const nodes = snapshot.nodes;
  for (let index = 0; index < nodes.length; index += width) {
    const size = nodes[index + sizeField];
    heapBytes += size;
    // A flat string's size is its characters (one or two bytes each); a concatenation's parts are strings of their own.
    if (textTypes.has(nodes[index + typeField]) && nodes[index + typeField] !== consType && size >= minimumLength) {
      strings++;
      stringBytes += size;
    } else if (nodes[index + typeField] === types.indexOf('string') && size < 64 && names[nodes[index + nameField]] === opening) {
      externalStrings++;
    } else if (nodes[index + typeField] === nativeType && size >= minimumLength * 2 && names[nodes[index + nameField]].endsWith('JSArrayBufferData')) {
      buffers++;
      bufferBytes += size;
    }
  }
  return { strings, stringBytes, externalStrings, buffers, bufferBytes, heapBytes };
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
