/**
 * The Node server's way of making a large text's versions (a UTF-16 mirror of the text) gives
 * exactly the code units concatenation gives, version after version: at the edges of surrogate
 * pairs, with lone surrogates, CJK, bidi marks and no-break spaces, at both ends of the text,
 * when a paste outgrows the mirror, and when the text shrinks below the size it mirrors from
 * and grows back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EditableDocument } from '../../server/src/editableDocument';
import { nodeTextBuilders } from '../../server/src/nodeTextBuilder';

const PIECES = ['a', 'é', '中文', '🙂', '\ud800', '\udc00', '\u200f', '\u00a0', '\r\n', '\r', '\n', '<span data-ttu-id="x-1">'];

function textOf(length: number, seed: number): string {
  let text = '';
  let state = seed;
  while (text.length < length) {
    state = (state * 1103515245 + 12345) >>> 0;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

const concatenated = (text: string, start: number, end: number, inserted: string): string => text.slice(0, start) + inserted + text.slice(end);

describe('nodeTextBuilders', () => {
  const large = textOf(300_000, 7);
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.oneof(fc.nat({ max: 40 }), fc.constant(120_000)),
    inserted: fc.oneof(
      fc.array(fc.constantFrom(...PIECES, ''), { maxLength: 5 }).map((pieces) => pieces.join('')),
      fc.constant(textOf(100_000, 11)),
    ),
  });

  it('equals concatenation over a run of edits, lone surrogates, pairs cut in half, pastes and shrinking included', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const builder = nodeTextBuilders();
        let ours = large;
        let expected = large;
        for (const { at, length, inserted } of edits) {
          const start = Math.floor(at * expected.length);
          const end = Math.min(expected.length, start + length);
          ours = builder.splice(ours, start, end, inserted);
          expected = concatenated(expected, start, end, inserted);
          assert.ok(ours === expected, `after replacing ${start}–${end} by ${inserted.length} code units`);
        }
      }),
      { seed: 2718, numRuns: 40 },
    );
  });

  it('edits at the very start and the very end, and deletes everything', () => {
    const builder = nodeTextBuilders();
    let text = builder.splice(large, 0, 0, '\udc00');
    assert.ok(text === '\udc00' + large, 'at the very start');
    text = builder.splice(text, text.length, text.length, '\ud800');
    assert.ok(text === '\udc00' + large + '\ud800', 'at the very end');
    assert.equal(builder.splice(text, 0, text.length, ''), '', 'everything deleted');
  });

  it('makes the texts of a document store edited over and over, as concatenation does', () => {
    const ours = new EditableDocument('file:///a.md', 'markdown', 1, large, nodeTextBuilders);
    const reference = new EditableDocument('file:///a.md', 'markdown', 1, large);
    for (let version = 2; version < 40; version++) {
      const offset = (version * 7919) % large.length;
      for (const document of [ours, reference]) {
        const range = { start: document.positionAt(offset), end: document.positionAt(offset + (version % 3)) };
        // A whole-text change halfway: the next edits start from that text, not the mirror's.
        if (version === 20) document.update([{ text: large.slice(1000) }], version);
        else document.update([{ range, text: version % 2 ? 'ü\r\n' : '' }], version);
      }
      assert.ok(ours.getText() === reference.getText(), `the same text at version ${version}`);
    }
    assert.deepEqual(ours.changeSince(25), reference.changeSince(25));
    assert.deepEqual(ours.positionAt(250_000), reference.positionAt(250_000));
  });
});
