/**
 * `splicedArray` is the one-allocation form of `slice(0, from).concat(inserted, slice(to))`:
 * the same elements for any splice, the move applied to the elements after the replacement only,
 * and the old array left as it was.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splicedArray } from '../../../server/src/core/arraySplice';

describe('splicedArray', () => {
  it('equals slice and concat for every splice of a short array, with and without a move', () => {
    const old = [10, 20, 30, 40, 50];
    for (let from = 0; from <= old.length; from++) {
      for (let to = from; to <= old.length; to++) {
        for (const inserted of [[], [1], [1, 2, 3]]) {
          const expected = old.slice(0, from).concat(inserted, old.slice(to));
          assert.deepEqual(splicedArray(old, from, to, inserted), expected, `${from}–${to} ← ${inserted.join(',')}`);
          const moved = old.slice(0, from).concat(inserted, old.slice(to).map((value) => value + 7));
          assert.deepEqual(splicedArray(old, from, to, inserted, (value) => value + 7), moved);
        }
      }
    }
    assert.deepEqual(old, [10, 20, 30, 40, 50], 'the old array is unchanged');
  });

  it('makes arrays as long as a large article has units', () => {
    const old = Array.from({ length: 40_000 }, (_, index) => index);
    const result = splicedArray(old, 19_000, 19_001, [-1, -2], (value) => value + 1);
    assert.equal(result.length, 40_001);
    assert.deepEqual(result.slice(18_999, 19_003), [18_999, -1, -2, 19_002]);
    assert.equal(result[40_000], 40_000);
  });
});
