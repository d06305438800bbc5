/**
 * What a large article's grid opens with: every row in brief (unit, group, status, size,
 * findings), the full rows of a window, and the text filter answered over all rows.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse';
import { buildSegmentTable, segmentStatuses } from '../../../../client/src/segmentEditor/segmentRows';
import { rowsBetween, rowsContaining, rowSummaries } from '../../../../client/src/segmentEditor/rowSummaries';
import { sxsUnit } from '../../../support/sxsUnit';

const text = [
  `# ${sxsUnit('abcde-101', 'Titre', 'Heading')}`,
  '',
  `${sxsUnit('abcde-102', '', 'Empty.')} ${sxsUnit('abcde-103', 'Cliquez sur **Enregistrer** maintenant.', 'Click **Save** now.')}`,
  '',
  `## ${sxsUnit('abcde-104', 'Section', 'Section')}`,
  '',
].join('\n');

describe('row summaries', () => {
  const model = parse(text);
  const findings = [{ start: model.units[2].range.start, end: model.units[2].range.end, code: 'x', message: 'm', severity: 'warning' as const }];
  const table = buildSegmentTable(model, { findings, staleCodes: new Set(), isMachineTranslated: () => false });

  it('gives every row its unit, group, status, length and finding count', () => {
    const summaries = rowSummaries(table.rows);
    assert.deepEqual(summaries.units, [0, 1, 2, 3]);
    assert.deepEqual(summaries.groups, [0, 0, 0, 1]);
    assert.deepEqual(
      summaries.statuses.map((status) => segmentStatuses[status]),
      ['ok', 'empty', 'finding', 'unchanged'],
    );
    assert.deepEqual(summaries.lengths, [7, 6, 'Cliquez sur **Enregistrer** maintenant.'.length, 7]);
    assert.deepEqual(summaries.findings, [0, 0, 1, 0]);
  });

  it('is much smaller than the rows it stands for', () => {
    const rows = Array.from({ length: 200 }, () => table.rows).flat();
    assert.ok(JSON.stringify(rowSummaries(rows)).length * 4 < JSON.stringify(rows).length);
  });

  it('gives the rows of a window with their positions, clamped to the table', () => {
    assert.deepEqual(
      rowsBetween(table.rows, -5, 1).map(({ position, row }) => [position, row.id]),
      [
        [0, 'abcde-101'],
        [1, 'abcde-102'],
      ],
    );
    assert.deepEqual(rowsBetween(table.rows, 3, 99).map(({ position }) => position), [3]);
    assert.deepEqual(rowsBetween(table.rows, 7, 9), []);
  });

  it('finds the rows containing a text in the English or the translation, case-insensitively, not in the markup', () => {
    assert.deepEqual(rowsContaining(table.rows, 'ENREGISTRER'), [2]);
    assert.deepEqual(rowsContaining(table.rows, 'save'), [2]);
    assert.deepEqual(rowsContaining(table.rows, '**'), []);
    assert.deepEqual(rowsContaining(table.rows, 'section'), [3]);
    assert.equal(rowsContaining(table.rows, '').length, 4);
  });
});
