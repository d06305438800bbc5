/**
 * The checks on arbitrary halves made of markup fragments: no check throws, and every finding
 * stays inside its unit's translation half with fixes that touch only that unit.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../../server/src/core/parse';
import { checkDocument } from '../../../server/src/checks/index';
import { singleUnitArticle } from './fixture';

const PIECES = ['`', '**', '*', '_', '~~', '[', ']', '(', ')', '](/a)', '[!NOTE]', '[!INCLUDE [a](b.md)]', ':::image a:::', '<br/>', '<b>', '</b>',
  '<xref:A.B>', 'https://a.b/c', '&lt;', '&nbsp;', '\\|', '|', '"', '«', '»', '「', '」', ' ', '  ', '\t', ':', '?', '.', '。', '{0}', '%1',
  'a@b.co', 'C:\\x', '--x', 'le', 'Word', 'é', '12', '1,5', '٣', '１', '\u00a0'];

const half = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe('checks on arbitrary halves', () => {
  it('never throw and keep findings and fixes inside their unit', () => {
    fc.assert(
      fc.property(half, half, fc.constantFrom('fr-fr', 'ja-jp', 'ar-sa', 'de-de'), fc.constantFrom('paragraph', 'table-cell', 'heading') as fc.Arbitrary<'paragraph' | 'table-cell' | 'heading'>, (translation, source, locale, placement) => {
        const doc = parse(singleUnitArticle(translation, source, { locale, placement }));
        const errors: unknown[] = [];
        const findings = checkDocument(doc, { onCheckError: (error) => errors.push(error) });
        assert.deepEqual(errors, []);
        for (const finding of findings) {
          if (finding.unit === undefined || finding.code === 'malformed-unit') continue;
          const unit = doc.units[finding.unit];
          if (!unit.source) continue;
          assert.ok(finding.range.start >= unit.translation.range.start && finding.range.end <= unit.translation.range.end, `${finding.code} outside the translation`);
          for (const edit of finding.fix?.edits ?? []) assert.ok(edit.range.start >= unit.range.start && edit.range.end <= unit.range.end, `${finding.code} fix outside the unit`);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
