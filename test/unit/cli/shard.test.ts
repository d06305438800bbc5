/** `--shard I/N`: every file in exactly one shard, the same one whatever else is in the repository. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inShard, parseShard } from '../../../server/src/cli/check/shard';
import { UsageError } from '../../../server/src/cli/subcommand';

describe('sxs check --shard', () => {
  const files = Array.from({ length: 400 }, (_, index) => `docs/fr-fr/article-${index}.md`);

  it('puts each file in exactly one of N shards, in shares of about the same size', () => {
    const shards = [1, 2, 3, 4].map((index) => files.filter((file) => inShard(file, { index, count: 4 })));
    assert.equal(shards.reduce((sum, shard) => sum + shard.length, 0), files.length);
    assert.equal(new Set(shards.flat()).size, files.length);
    for (const shard of shards) assert.ok(shard.length > 60 && shard.length < 140, `${shard.length} files`);
  });

  it('parses I/N and refuses anything else', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const text of ['0/4', '5/4', '2', 'a/b', '1/0']) assert.throws(() => parseShard(text), UsageError, text);
  });
});
