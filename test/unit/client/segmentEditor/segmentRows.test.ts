/**
 * The grid's rows: one per unit in document order, front-matter units first, grouped under
 * their headings, each with its status (most urgent first) and the findings on it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse';
import { reparse } from '../../../../server/src/core/reparse';
import type { SxsDocument } from '../../../../server/src/core/model';
import { cellRaw } from '../../../../client/src/segmentEditor/segmentCells';
import { buildSegmentTable, CellCache, directionOf, tableUpdate, type SegmentFinding, type SegmentTable } from '../../../../client/src/segmentEditor/segmentRows';
import { RowLayout } from '../../../../client/src/segmentEditor/webview/rowLayout';
import { sxsUnit } from '../../../support/sxsUnit';

const text = [
  '---',
  'title: "<span data-ttu-id=\\"abcde-101\\">Titre</span><span class=\\"sxs-lookup\\"><span data-stu-id=\\"abcde-101\\">Title</span></span>"',
  'ms.contentlocale: ar-sa',
  'ms.translationtype: MT',
  '---',
  '',
  sxsUnit('abcde-102', 'Avant', 'Before'),
  '',
  `# ${sxsUnit('abcde-103', 'Titre', 'Heading')}`,
  '',
  `${sxsUnit('abcde-104', '', 'Empty.')} ${sxsUnit('abcde-105', 'Same.', 'Same.')} ${sxsUnit('abcde-106', 'Texte.', 'Text.')}`,
  '',
  `## ${sxsUnit('abcde-107', 'Section', 'Section heading')}`,
  '',
  `${sxsUnit('abcde-108', 'Vieux.', 'Old.')} ${sxsUnit('abcde-109', 'Revu.', 'Reviewed.')}`,
  '',
].join('\n');

describe('segment rows', () => {
  const model = parse(text);
  const at = (id: string) => model.units.find((unit) => unit.id.text === id)!;
  const finding = (id: string, code: string, message: string): SegmentFinding => ({ start: at(id).translation.range.start, end: at(id).translation.range.end, code, message, severity: 'warning' });
  const table = buildSegmentTable(model, {
    findings: [finding('abcde-106', 'double-space', 'A double space.'), finding('abcde-108', 'source-changed', 'The English changed.'), finding('abcde-104', 'empty-translation', 'Empty.')],
    staleCodes: new Set(['source-changed']),
    isMachineTranslated: (unit) => unit.id.text !== 'abcde-109',
  });

  it('lists every unit once, front matter first, grouped under its heading', () => {
    assert.deepEqual(
      table.rows.map((row) => `${row.id} ${table.groups[row.group].kind}:${table.groups[row.group].title}`),
      [
        'abcde-101 front-matter:',
        'abcde-102 before-headings:',
        'abcde-103 heading:Titre',
        'abcde-104 heading:Titre',
        'abcde-105 heading:Titre',
        'abcde-106 heading:Titre',
        'abcde-107 heading:Section',
        'abcde-108 heading:Section',
        'abcde-109 heading:Section',
      ],
    );
  });

  it('gives each row its status, most urgent first, and its findings', () => {
    const status = Object.fromEntries(table.rows.map((row) => [row.id, row.status]));
    assert.equal(status['abcde-104'], 'empty');
    assert.equal(status['abcde-105'], 'unchanged');
    assert.equal(status['abcde-106'], 'finding');
    assert.equal(status['abcde-108'], 'stale');
    assert.equal(status['abcde-102'], 'machine-translated');
    assert.equal(status['abcde-109'], 'ok');
    assert.deepEqual(table.rows.find((row) => row.id === 'abcde-106')!.findings, [{ code: 'double-space', message: 'A double space.', severity: 'warning' }]);
  });

  it('keeps each translation’s exact bytes as the base an edit replaces', () => {
    for (const row of table.rows) {
      assert.equal(row.base, model.units[row.index].translation.raw);
      assert.equal(cellRaw(row.translation), row.base);
    }
  });

  it('writes right-to-left locales right to left', () => {
    assert.equal(table.direction, 'rtl');
    assert.equal(directionOf('he-il'), 'rtl');
    assert.equal(directionOf('fr-fr'), 'ltr');
    assert.equal(directionOf(undefined), 'ltr');
  });
});

describe('table updates', () => {
  const options = { findings: [], staleCodes: new Set<string>(), isMachineTranslated: () => false };
  const before = buildSegmentTable(parse(text), options);

  it('sends only the rows a change touched', () => {
    const after = buildSegmentTable(parse(text.replace('>Texte.<', '>Texte modifié.<')), options);
    const update = tableUpdate(before, after);
    assert.equal(update.kind, 'rows');
    assert.deepEqual(update.kind === 'rows' ? update.changed.map(({ position, row }) => [position, row.id, row.base]) : [], [[5, 'abcde-106', 'Texte modifié.']]);
    assert.deepEqual(tableUpdate(before, buildSegmentTable(parse(text), options)), { kind: 'none' });
  });

  it('after each re-parsed edit, with the cells kept from the rows before, shows what a fresh parse shows and sends only the edited row', () => {
    const cells = new CellCache();
    let model: SxsDocument = parse(text);
    let table: SegmentTable = buildSegmentTable(model, options, cells);
    // Edits in the front matter, before, inside and after other units; an entity; one undone.
    const edits: [string, string][] = [['>Texte.<', '>Texte &amp; plus.<'], ['>Avant<', '>Avant tout<'], ['>Titre</span><span class=\\"', '>Le titre</span><span class=\\"'], ['>Revu.<', '>Revu, relu.<'], ['>Avant tout<', '>Avant<']];
    for (const [from, to] of edits) {
      const start = model.text.indexOf(from);
      assert.ok(start >= 0, from);
      const next = model.text.slice(0, start) + to + model.text.slice(start + from.length);
      model = reparse(model, next, { range: { start, end: start + from.length }, text: to });
      const rebuilt = buildSegmentTable(model, options, cells);
      const fresh = buildSegmentTable(parse(next), options);
      assert.deepEqual(rebuilt.rows.map((row) => [row.id, row.base, cellRaw(row.translation), cellRaw(row.source), row.status]), fresh.rows.map((row) => [row.id, row.base, cellRaw(row.translation), cellRaw(row.source), row.status]), `after ${to}`);
      const update = tableUpdate(table, rebuilt);
      assert.equal(update.kind, 'rows', `after ${to}`);
      assert.equal(update.kind === 'rows' && update.changed.length, 1, `after ${to}: one row sent`);
      table = rebuilt;
    }
    assert.equal(table.rows.find((row) => row.id === 'abcde-106')!.status, 'ok', 'the entity decoded for the status');
  });

  it('sends the whole table when units come or go or a heading changes', () => {
    assert.equal(tableUpdate(before, buildSegmentTable(parse(text + sxsUnit('abcde-110', 'Nouveau.', 'New.') + '\n'), options)).kind, 'table');
    assert.equal(tableUpdate(before, buildSegmentTable(parse(text.replace('>Section<', '>Partie<')), options)).kind, 'table');
  });
});

describe('row layout', () => {
  it('finds the items a viewport shows from estimated, then measured, heights', () => {
    const layout = new RowLayout(Array.from({ length: 10_000 }, () => 30));
    assert.equal(layout.totalHeight, 300_000);
    assert.deepEqual(layout.visible(3000, 600, 0), { first: 100, last: 120 });
    assert.ok(layout.setHeight(100, 90));
    assert.equal(layout.setHeight(100, 90), false);
    assert.equal(layout.offsetOf(101), 3090);
    assert.equal(layout.indexAt(3089), 100);
    assert.equal(layout.indexAt(10_000_000), 9999);
    assert.deepEqual(new RowLayout([]).visible(0, 600, 100), { first: 0, last: -1 });
  });
});
