/**
 * The segment editor on a 10,000-unit article, as its provider runs in the extension host:
 * opening (parse, the row model, the table message serialized as the webview channel does), and
 * an edit in the grid (the edit mapped and checked, the model re-parsed, the rows rebuilt and
 * diffed to the few that changed). The baseline is the parse alone, measured interleaved in the
 * same process: the grid's own cost is what it adds on top.
 */
import { parse } from '../server/src/core/parse';
import { reparse } from '../server/src/core/reparse';
import type { SxsDocument } from '../server/src/core/model';
import { translationEdit } from '../client/src/segmentEditor/segmentEdits';
import { openingRows } from '../client/src/segmentEditor/rowSummaries';
import { buildSegmentTable, CellCache, tableUpdate, type SegmentTable } from '../client/src/segmentEditor/segmentRows';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { seededRandom } from './editScript';
import { timeInterleaved, type RunCounts } from './measure';

const OPEN_TARGET_MS = 1000;

const options = { findings: [], staleCodes: new Set<string>(), isMachineTranslated: () => false };

function tableMessage(table: SegmentTable): string {
  return JSON.stringify({ type: 'table', locale: table.locale, direction: table.direction, groups: table.groups, ...openingRows(table.rows) });
}

/** Rows: opening the grid, one grid edit, and the parse they both start from. */
export function segmentEditorRows(label: string, text: string, counts: RunCounts): BenchRow[] {
  const units = parse(text).units.length;
  let messageBytes = 0;
  let model: SxsDocument = parse(text);
  let table = buildSegmentTable(model, options);
  const cells = new CellCache();
  const random = seededRandom(15);
  let changedRows = 0;
  const timings = timeInterleaved(
    {
      parse: () => parse(text),
      open: () => {
        const message = tableMessage(buildSegmentTable(parse(text), options));
        messageBytes = message.length;
        return message;
      },
      edit: () => {
        const unit = model.units[Math.floor(random() * model.units.length)];
        const cell = [...cells.cellOf(unit.translation.raw)];
        // Alternately append a word and take it away again, so the text keeps its size.
        const typed = unit.translation.raw.endsWith(' grille') ? [unit.translation.raw.slice(0, -' grille'.length)] : [...cell, ' grille'];
        const result = translationEdit(model, { unit: unit.index, id: unit.id.text, base: unit.translation.raw, cell: typed });
        if (!result.ok || result.unchanged) return result;
        const next = model.text.slice(0, result.range.start) + result.newText + model.text.slice(result.range.end);
        model = reparse(model, next, { range: result.range, text: result.newText });
        const rebuilt = buildSegmentTable(model, options, cells);
        const update = tableUpdate(table, rebuilt);
        table = rebuilt;
        changedRows = update.kind === 'rows' ? update.changed.length : update.kind === 'table' ? rebuilt.rows.length : 0;
        return update;
      },
    },
    counts,
  );
  const input = `${label}, ${units.toLocaleString('en-US')} units`;
  return [
    {
      section: 'grid',
      name: 'segment editor opens: parse + row model + table message',
      input,
      cpuMs: timings.open.cpuMs,
      wallMs: timings.open.wallMs,
      figure: `${timings.open.cpuMs.toFixed(0)} ms, message ${(messageBytes / 1e6).toFixed(1)} MB`,
      speedup: { value: timings.parse.cpuMs / timings.open.cpuMs, baseline: 'parse alone' },
      target: target(`≤ ${OPEN_TARGET_MS} ms of extension-host CPU before the first render (${timings.open.cpuMs.toFixed(0)} ms)`, timings.open.cpuMs <= OPEN_TARGET_MS),
      note: 'the webview then draws only the rows on screen (virtualized); measured in the real VS Code by the UI test',
    },
    {
      section: 'grid',
      name: 'segment editor edit: check + reparse + rows + diff',
      input,
      cpuMs: timings.edit.cpuMs,
      wallMs: timings.edit.wallMs,
      figure: `${timings.edit.cpuMs.toFixed(1)} ms, ${changedRows} row${changedRows === 1 ? '' : 's'} sent`,
      speedup: { value: timings.parse.cpuMs / timings.edit.cpuMs, baseline: 'parse alone' },
    },
    {
      section: 'grid',
      name: 'parse alone (baseline)',
      input,
      cpuMs: timings.parse.cpuMs,
      wallMs: timings.parse.wallMs,
      figure: `${timings.parse.cpuMs.toFixed(0)} ms`,
    },
  ];
}
