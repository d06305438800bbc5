/**
 * The server's document store: after random incremental edits (line breaks of every kind among
 * them, `\r\n` split and joined), its text, positions and offsets are those of a
 * vscode-languageserver-textdocument made afresh from the text (whose own `update` is not the
 * oracle: it answers wrongly for ranges past the end), and the change it reports since any
 * earlier version turns that version's text into the current one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../../server/src/editableDocument';

const PIECES = ['a', 'é', '🙂', ' ', '\n', '\r', '\r\n', '\n\n', '\r\r', 'xy\r\nz', '<span>', ''];

const editArbitrary = fc.record({
  line: fc.nat({ max: 12 }),
  character: fc.nat({ max: 12 }),
  lines: fc.nat({ max: 2 }),
  characters: fc.nat({ max: 6 }),
  text: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((pieces) => pieces.join('')),
  batch: fc.boolean(),
});

describe('EditableDocument', () => {
  it('matches vscode-languageserver-textdocument and reports the changes since any version', () => {
    const start = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(start, fc.array(editArbitrary, { minLength: 1, maxLength: 25 }), (initial, edits) => {
        const ours = new EditableDocument('file:///a.md', 'markdown', 1, initial);
        let text = initial;
        const texts = new Map<number, string>([[1, initial]]);
        let version = 1;
        for (const edit of edits) {
          const range = { start: { line: edit.line, character: edit.character }, end: { line: edit.line + edit.lines, character: edit.characters } };
          // Two changes in one notification when `batch`: the second is in the text after the first.
          const changes = edit.batch ? [{ range, text: edit.text }, { range: { start: range.start, end: range.start }, text: 'b' }] : [{ range, text: edit.text }];
          version++;
          ours.update(changes, version);
          for (const change of changes) {
            const before = TextDocument.create('file:///a.md', 'markdown', version, text);
            const [from, to] = [before.offsetAt(change.range.start), before.offsetAt(change.range.end)].sort((a, b) => a - b);
            text = text.slice(0, from) + change.text + text.slice(to);
          }
          const reference = TextDocument.create('file:///a.md', 'markdown', version, text);
          assert.equal(ours.getText(), text, `text after ${JSON.stringify(changes)}`);
          texts.set(version, ours.getText());
          assert.equal(ours.lineCount, reference.lineCount, 'line count');
          for (let offset = 0; offset <= ours.getText().length + 1; offset++) assert.deepEqual(ours.positionAt(offset), reference.positionAt(offset), `position of ${offset}`);
          for (let line = 0; line <= ours.lineCount; line++) {
            for (let character = 0; character < 8; character++) assert.equal(ours.offsetAt({ line, character }), reference.offsetAt({ line, character }), `offset of ${line}:${character}`);
            assert.deepEqual(ours.getLineRange(line), reference.getLineRange(line), `range of line ${line}`);
            assert.equal(ours.getEOLCharacters(line), reference.getEOLCharacters(line), `line break of line ${line}`);
          }
        }
        for (const [earlier, text] of texts) {
          const change = ours.changeSince(earlier);
          assert.ok(change, `a change since version ${earlier}`);
          assert.equal(text.slice(0, change.range.start) + change.text + text.slice(change.range.end), ours.getText(), `the change since version ${earlier}`);
        }
      }),
      { seed: 1414, numRuns: 400 },
    );
  });

  it('forgets what came before a whole-text change, and very old versions', () => {
    const document = new EditableDocument('file:///a.md', 'markdown', 1, 'abc');
    document.update([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'x' }], 2);
    document.update([{ text: 'whole new text' }], 3);
    assert.equal(document.changeSince(1), undefined);
    assert.deepEqual(document.changeSince(3), { range: { start: 0, end: 0 }, text: '' });
    for (let version = 4; version < 2000; version++) document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }], version);
    assert.equal(document.changeSince(3), undefined, 'more changes than are kept');
    const recent = document.changeSince(1990);
    assert.ok(recent);
    assert.equal(recent.text, 'y'.repeat(9));
  });
});
