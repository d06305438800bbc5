/**
 * Property: any sequence of grid edits, applied to any corpus article the way the editor applies
 * them (each accepted edit replaces one translation half, the model re-parsed incrementally),
 * changes exactly the translation halves edited — every other byte of the file stays, every
 * unit keeps its id and English, and each edited half holds the bytes of its last edit.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { SxsDocument } from '../../../../server/src/core/model';
import { parse } from '../../../../server/src/core/parse';
import { reparse } from '../../../../server/src/core/reparse';
import { isChip, type Piece } from '../../../../client/src/segmentEditor/segmentCells';
import { translationEdit } from '../../../../client/src/segmentEditor/segmentEdits';
import { CellCache } from '../../../../client/src/segmentEditor/segmentRows';
import { corpusArticles, corpusMissing, corpusRoot } from '../../../support/paths';
import { fuzzParameters } from '../../reliability/fuzzParameters';

/** What a translator may type: scripts, marks and the characters that mean something in Markdown and HTML. */
const typed = fc.constantFrom('é', 'ø', ' ', '日本語', '「」', 'עברית', 'العربية', '\u200f', '\u200e', '\u00a0', '\u202f', '|', '*', '**', '_', '`', '<', '>', '&', '&amp;', '"', "'", '\\', '[', ']', '(', ')', '</span>', '<span>', '<b>', '\t', ':::', '\n', '---');

/** One grid edit on the unit `unit` (modulo the unit count). */
const gridEdit = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), unit: fc.nat(), at: fc.nat(), text: fc.array(typed, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) }),
  fc.record({ kind: fc.constant('delete-piece' as const), unit: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('clear' as const), unit: fc.nat() }),
  fc.record({ kind: fc.constant('take-other' as const), unit: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert-source-chip' as const), unit: fc.nat(), at: fc.nat(), chip: fc.nat() }),
);
type GridEdit = typeof gridEdit extends fc.Arbitrary<infer T> ? T : never;

function editedCell(edit: GridEdit, cell: readonly Piece[], source: readonly Piece[], other: readonly Piece[]): Piece[] {
  const pieces = [...cell];
  switch (edit.kind) {
    case 'type':
      pieces.splice(edit.at % (pieces.length + 1), 0, edit.text);
      return pieces;
    case 'delete-piece':
      if (pieces.length > 0) pieces.splice(edit.at % pieces.length, 1);
      return pieces;
    case 'clear':
      return [];
    case 'take-other':
      return [...other];
    case 'insert-source-chip': {
      const chips = source.filter(isChip);
      if (chips.length > 0) pieces.splice(edit.at % (pieces.length + 1), 0, chips[edit.chip % chips.length]);
      return pieces;
    }
  }
}

describe('segment edits on corpus articles', { skip: corpusMissing }, () => {
  const articles = corpusArticles()
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
    .filter(({ text }) => parse(text).units.length > 0);

  it('change exactly the translation halves edited, whatever the sequence', () => {
    const cells = new CellCache();
    fc.assert(
      fc.property(fc.nat(articles.length - 1), fc.array(gridEdit, { minLength: 1, maxLength: 12 }), (articleIndex, edits) => {
        const { file, text: original } = articles[articleIndex];
        const originalModel = parse(original);
        let model: SxsDocument = parse(original);
        const expected = new Map<number, string>();
        for (const edit of edits) {
          const unit = model.units[edit.unit % model.units.length];
          const other = model.units[(edit.kind === 'take-other' ? edit.other : 0) % model.units.length];
          const cell = editedCell(edit, cells.cellOf(unit.translation.raw), cells.cellOf(unit.source?.raw ?? ''), cells.cellOf(other.translation.raw));
          const result = translationEdit(model, { unit: unit.index, id: unit.id.text, base: unit.translation.raw, cell });
          if (!result.ok || result.unchanged) continue;
          const text = model.text.slice(0, result.range.start) + result.newText + model.text.slice(result.range.end);
          model = reparse(model, text, { range: result.range, text: result.newText });
          expected.set(unit.index, result.newText);
        }
        // The original with each edited half replaced by its last bytes is the file now.
        let rebuilt = original;
        for (const unit of [...originalModel.units].reverse()) {
          const bytes = expected.get(unit.index);
          if (bytes !== undefined) rebuilt = rebuilt.slice(0, unit.translation.range.start) + bytes + rebuilt.slice(unit.translation.range.end);
        }
        const where = path.relative(corpusRoot, file);
        assert.equal(model.text, rebuilt, where);
        const fresh = parse(model.text);
        assert.equal(fresh.units.length, originalModel.units.length, where);
        fresh.units.forEach((unit, i) => {
          const was = originalModel.units[i];
          assert.equal(unit.id.text, was.id.text, where);
          assert.equal(unit.source?.raw, was.source?.raw, where);
          assert.equal(unit.translation.raw, expected.get(i) ?? was.translation.raw, where);
        });
      }),
      fuzzParameters(15, 150),
    );
  });
});
