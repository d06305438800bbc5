/**
 * `splicedArray` is the one-allocation form of `slice(0, from).concat(inserted, slice(to))`:
 * the same elements for any splice, the move applied to the elements after the replacement only,
 * and the old array left as it was. `spliceInPlace` gives the same elements in the array itself,
 * and a line table's per-line arrays are resized in their own memory and can be given back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spliceInPlace, splicedArray } from '../../../server/src/core/arraySplice';
import { emptyLineArrays, resizedLines, restoreLines } from '../../../server/src/core/lineTable';

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

describe('spliceInPlace', () => {
  it('equals splice for every replacement of a short array, in the array itself', () => {
    for (let from = 0; from <= 5; from++) {
      for (let to = from; to <= 5; to++) {
        for (const inserted of [[], [1], [1, 2, 3]]) {
          const array = [10, 20, 30, 40, 50];
          const expected = array.slice(0, from).concat(inserted, array.slice(to));
          spliceInPlace(array, from, to, inserted);
          assert.deepEqual(array, expected, `${from}–${to} ← ${inserted.join(',')}`);
        }
      }
    }
  });

  it('takes more inserted elements than a spread of arguments could, growing and shrinking', () => {
    const many = Array.from({ length: 200_000 }, (_, index) => -index - 1);
    const array = Array.from({ length: 40_000 }, (_, index) => index);
    spliceInPlace(array, 100, 101, many);
    assert.equal(array.length, 40_000 - 1 + many.length);
    assert.deepEqual([array[99], array[100], array[100 + many.length - 1], array[100 + many.length]], [99, -1, -200_000, 101]);
    spliceInPlace(array, 100, 100 + many.length, [7]);
    assert.deepEqual(array, Array.from({ length: 40_000 }, (_, index) => (index === 100 ? 7 : index)));
  });
});

describe('resizedLines and restoreLines', () => {
  const numbered = (length: number): Uint8Array => {
    const array = emptyLineArrays(length).container;
    for (let line = 0; line < length; line++) array[line] = (line % 250) + 1;
    return array;
  };

  it('replace lines by zeroed ones in the same memory while there is room, and give the old lines back', () => {
    for (const [from, to, count] of [[3, 5, 0], [3, 5, 7], [0, 0, 2], [9, 10, 1], [10, 10, 3]]) {
      const array = numbered(10);
      const before = [...array];
      const resized = resizedLines(array, from, to, count);
      assert.equal(resized.buffer, array.buffer, 'the same memory');
      assert.deepEqual([...resized], [...before.slice(0, from), ...new Array(count).fill(0), ...before.slice(to)], `${from}–${to} ← ${count}`);
      const saved = before.slice(from, to);
      restoreLines(array, resized, from, to, count);
      array.set(saved, from);
      assert.deepEqual([...array], before, 'given back');
    }
  });

  it('make a new array once the spare room is used up, the old one left as it was', () => {
    const array = numbered(100);
    const before = [...array];
    const resized = resizedLines(array, 50, 50, 10_000);
    assert.notEqual(resized.buffer, array.buffer);
    assert.equal(resized.length, 10_100);
    assert.deepEqual([resized[49], resized[50], resized[10_049], resized[10_050]], [before[49], 0, 0, before[50]]);
    assert.deepEqual([...array], before);
    const again = resizedLines(resized, 0, 1, 2);
    assert.equal(again.buffer, resized.buffer, 'the new array has spare room of its own');
  });
});
