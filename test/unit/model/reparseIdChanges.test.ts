/**
 * Edits that change which ids the file has — a line of units deleted or put back, a unit added,
 * an id retyped — keep the id checks of the units the edit cannot affect instead of running them
 * over every unit again. The id problems must still be exactly a full parse's, related places and
 * fixes included, whatever ids repeat, go out of order or change prefix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { problemsByValue } from '../../support/problemsByValue';
import { reparse, type TextChange } from '../../../server/src/core/reparse';

const unitText = (id: string, sourceId = id): string =>
  `<span data-ttu-id="${id}">Texte ${id}.</span><span class="sxs-lookup"><span data-stu-id="${sourceId}">Text ${id}.</span></span>`;

/** Paragraphs of one line each, blank lines between. */
const article = (lines: readonly string[]): string => `# Titre\n\n${lines.join('\n\n')}\n`;

function edited(document: SxsDocument, change: TextChange): SxsDocument {
  const text = document.text.slice(0, change.range.start) + change.text + document.text.slice(change.range.end);
  const next = reparse(document, text, change);
  assert.deepEqual(problemsByValue(next), problemsByValue(parse(text)), `after replacing ${change.range.start}-${change.range.end} with ${JSON.stringify(change.text)}`);
  return next;
}

/** The change that deletes the paragraph line holding `offset`, with the blank line after it. */
function lineDeletion(text: string, offset: number): TextChange {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = Math.min(text.length, text.indexOf('\n', offset) + 2);
  return { range: { start, end }, text: '' };
}

const numbered = (from: number, count: number, prefix = 'f9f29'): string[] => Array.from({ length: count }, (_, index) => unitText(`${prefix}-${from + index}`));

describe('reparse of edits that change ids', () => {
  it('keeps the problems before a deleted line as they were, and reports the order the deletion made or ended', () => {
    // A mismatch near the top, then an own unit out of order: 150 between 103 and 104.
    const lines = [unitText('f9f29-101', 'f9f29-109'), ...numbered(102, 2), unitText('f9f29-150'), ...numbered(104, 40)];
    let document = parse(article(lines));
    assert.deepEqual(document.problems.map((problem) => problem.code), ['id-mismatch', 'id-order']);
    const deletion = lineDeletion(document.text, document.text.indexOf('f9f29-150'));
    const removed = document.text.slice(deletion.range.start, deletion.range.end);
    // The first edit that changes ids counts how often each is used, over every unit.
    document = edited(document, deletion);
    assert.deepEqual(document.problems.map((problem) => problem.code), ['id-mismatch'], 'the unit out of order is gone');
    const mismatch = document.problems.find((problem) => problem.code === 'id-mismatch');
    document = edited(document, { range: { start: deletion.range.start, end: deletion.range.start }, text: removed });
    assert.deepEqual(document.problems.map((problem) => problem.code), ['id-mismatch', 'id-order'], 'put back, it is out of order again');
    assert.ok(mismatch && document.problems.includes(mismatch), 'the problems before the edit were kept, not found again');
    // Deleting 104 now leaves 105 after 150: still out of order, now at 105.
    document = edited(document, lineDeletion(document.text, document.text.indexOf('f9f29-104')));
    const order = document.problems.find((problem) => problem.code === 'id-order');
    assert.equal(document.text.slice(order!.range.start, order!.range.end), 'f9f29-105');
  });

  it('finds a repeat again over every unit when an added id is used elsewhere', () => {
    const lines = numbered(101, 40);
    let document = parse(article(lines));
    // A first edit that changes ids counts them; the next one may keep the checks, but not this one.
    document = edited(document, lineDeletion(document.text, document.text.indexOf('f9f29-102')));
    const at = document.text.indexOf(unitText('f9f29-120'));
    document = edited(document, { range: { start: at, end: at }, text: `${unitText('f9f29-135')}\n\n` });
    const repeat = document.problems.find((problem) => problem.code === 'duplicate-id');
    assert.ok(repeat, 'the second 135 is a repeat of the first');
    assert.equal(document.text.slice(repeat.related![0].range.start, repeat.related![0].range.end), 'f9f29-135');
  });

  it('equals a full parse after random line deletions, restorations, added units and retyped ids', () => {
    const id = fc
      .tuple(fc.constantFrom('f9f29', 'f9f29', 'f9f29', 'abcde'), fc.boolean(), fc.nat({ max: 30 }))
      .map(([prefix, merged, number]) => `${prefix}-${merged && number % 7 === 0 ? 'p' : ''}${100 + number}`);
    const line = fc.array(fc.tuple(id, fc.boolean()), { minLength: 1, maxLength: 3 }).map((units) => units.map(([value, matched]) => unitText(value, matched ? value : `${value}x`)).join(' '));
    const step = fc.tuple(fc.constantFrom('delete', 'restore', 'add', 'retype'), fc.double({ min: 0, max: 1, noNaN: true }), id);
    fc.assert(
      fc.property(fc.boolean(), fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(step, { minLength: 1, maxLength: 12 }), (ordered, lines, steps) => {
        // Half the articles are clean and in order, where the kept checks apply most.
        let document = parse(article(ordered ? numbered(100, lines.length) : lines));
        const deleted: { at: number; text: string }[] = [];
        for (const [kind, where, value] of steps) {
          const units = document.units;
          if (!units.length) break;
          const unit = units[Math.min(units.length - 1, Math.floor(where * units.length))];
          const paragraph = document.text.lastIndexOf('\n', unit.range.start - 1) + 1;
          if (kind === 'delete') {
            const change = lineDeletion(document.text, unit.range.start);
            deleted.push({ at: change.range.start, text: document.text.slice(change.range.start, change.range.end) });
            document = edited(document, change);
          } else if (kind === 'restore' && deleted.length) {
            const { at, text } = deleted.pop()!;
            if (at > document.text.length) continue;
            document = edited(document, { range: { start: at, end: at }, text });
          } else if (kind === 'add') {
            document = edited(document, { range: { start: paragraph, end: paragraph }, text: `${unitText(value)}\n\n` });
          } else if (kind === 'retype') {
            document = edited(document, { range: unit.id.range, text: value });
          }
        }
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
