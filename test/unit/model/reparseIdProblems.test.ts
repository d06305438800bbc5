/**
 * After typing inside units, a re-parse reuses the id checks of the previous version instead of
 * running them over every unit again; the id problems must still be exactly a full parse's,
 * related places and fixes included (the readable model snapshot does not show those).
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from '../../../server/src/core/parse';
import { problemsByValue } from '../../support/problemsByValue';
import { reparse } from '../../../server/src/core/reparse';
import { repoRoot } from '../../support/paths';

describe('reparse of id problems', () => {
  it('equals a full parse, related places and fixes included, while typing in units', () => {
    // The fixture's paragraph of id problems, then the same paragraph again: problems after the
    // edited paragraph point back into it (duplicates, order).
    const fixture = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'model', 'id-problems.md'), 'utf8');
    const body = fixture.slice(fixture.indexOf('<span'));
    const text = `${fixture.trimEnd()}\n\n${body.trimEnd()}\n\n${body}`;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('e', '', 'x1')), { minLength: 1, maxLength: 15 }), (typing) => {
        let document = parse(text);
        for (const [whichUnit, where, inserted] of typing) {
          const unit = document.units[Math.min(document.units.length - 1, Math.floor(whichUnit * document.units.length))];
          const half = where < 0.5 || !unit.source ? unit.translation : unit.source;
          const at = half.range.start + Math.floor(where * (half.range.end - half.range.start));
          // Typing: insert, or delete one character of the half (never its markup).
          const change = inserted || at >= half.range.end ? { range: { start: at, end: at }, text: inserted || 'e' } : { range: { start: at, end: at + 1 }, text: '' };
          const edited = document.text.slice(0, change.range.start) + change.text + document.text.slice(change.range.end);
          document = reparse(document, edited, change);
          assert.deepEqual(problemsByValue(document), problemsByValue(parse(edited)));
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
