/**
 * `--shard I/N`: the files of shard I of N, chosen by a hash of each file's path, so every
 * machine of a CI matrix picks its share without talking to the others, and adding a file
 * moves no other file to another shard.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../subcommand';

export interface Shard {
  /** One-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N (for example 2/4), not '${text}'`);
  return { index, count };
}

/** Whether the file at `relativePath` belongs to the shard. */
export function inShard(relativePath: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const hash = createHash('sha1').update(relativePath).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
