/** The sentences of an original to mark: those its translations' stale findings point at, once each, in order. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedSentenceRanges } from '../../../client/src/sideBySide/changedOriginalSentences';

const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const original = 'file:///w/repo/en-us/a.md';

describe('changed sentences of an original', () => {
  it('takes the related places of source-changed and source-added in that original, once each, in order', () => {
    const ranges = changedSentenceRanges(
      [
        { source: 'sxs', code: 'source-changed', relatedInformation: [{ location: { uri: original, range: at(9, 0, 20) } }] },
        { source: 'sxs', code: 'source-changed', relatedInformation: [{ location: { uri: original, range: at(9, 0, 20) } }] }, // the nb-no translation, same sentence
        { source: 'sxs', code: 'source-added', relatedInformation: [{ location: { uri: original, range: at(3, 4, 30) } }] },
        { source: 'sxs', code: 'inconsistent-translation', relatedInformation: [{ location: { uri: original, range: at(5, 0, 5) } }] },
        { source: 'other', code: 'source-changed', relatedInformation: [{ location: { uri: original, range: at(6, 0, 5) } }] },
        { source: 'sxs', code: 'source-changed', relatedInformation: [{ location: { uri: 'file:///w/repo/en-us/b.md', range: at(1, 0, 5) } }] },
      ],
      original,
    );
    assert.deepEqual(ranges, [
      { range: at(3, 4, 30), change: 'added' },
      { range: at(9, 0, 20), change: 'changed' },
    ]);
  });
});
