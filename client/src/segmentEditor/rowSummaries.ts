/**
 * What the grid needs of every row before it draws any: the unit, its group, its status, how
 * tall it will be and whether it has findings, as compact columns. A large article opens with
 * these and the full rows of the first screen; the webview asks for the other rows as it scrolls,
 * and the text filter runs here, over the rows the webview does not have.
 *
 * Pure: no `vscode`, no DOM.
 */
import { cellPlainText, cellRaw } from './segmentCells';
import { segmentStatuses, type SegmentRow, type SegmentStatus } from './segmentRows';

/** Per row, by position: columns of numbers (statuses as indexes into `segmentStatuses`). */
export interface RowSummaries {
  readonly units: readonly number[];
  readonly groups: readonly number[];
  readonly statuses: readonly number[];
  /** The longer of the English and the translation, in UTF-16 code units (for the row's height). */
  readonly lengths: readonly number[];
  readonly findings: readonly number[];
}

export function rowSummaries(rows: readonly SegmentRow[]): RowSummaries {
  const summaries = { units: [] as number[], groups: [] as number[], statuses: [] as number[], lengths: [] as number[], findings: [] as number[] };
  for (const row of rows) {
    summaries.units.push(row.index);
    summaries.groups.push(row.group);
    summaries.statuses.push(statusNumber(row.status));
    summaries.lengths.push(Math.max(cellRaw(row.source).length, cellRaw(row.translation).length));
    summaries.findings.push(row.findings.length);
  }
  return summaries;
}

export function statusNumber(status: SegmentStatus): number {
  return segmentStatuses.indexOf(status);
}

/** Rows sent in full with the table (more than a screen of them). */
export const FIRST_ROWS = 200;

/** What a table message carries of the rows: all in brief, in full the first screen and those around the unit to select. */
export function openingRows(rows: readonly SegmentRow[], selectUnit?: number): { summaries: RowSummaries; window: { position: number; row: SegmentRow }[] } {
  const window = rowsBetween(rows, 0, FIRST_ROWS - 1);
  const selectedAt = selectUnit !== undefined ? rows.findIndex((row) => row.index === selectUnit) : -1;
  if (selectedAt >= FIRST_ROWS) window.push(...rowsBetween(rows, selectedAt - FIRST_ROWS / 2, selectedAt + FIRST_ROWS / 2));
  return { summaries: rowSummaries(rows), window };
}

/** The rows at positions `from` to `to` (inclusive, clamped), with their positions. */
export function rowsBetween(rows: readonly SegmentRow[], from: number, to: number): { position: number; row: SegmentRow }[] {
  const window: { position: number; row: SegmentRow }[] = [];
  for (let position = Math.max(0, from); position <= Math.min(rows.length - 1, to); position++) window.push({ position, row: rows[position] });
  return window;
}

/** Positions of the rows whose English or translation contains `text` (case-insensitive, as a reader sees the cells). */
export function rowsContaining(rows: readonly SegmentRow[], text: string): number[] {
  const wanted = text.trim().toLocaleLowerCase();
  const positions: number[] = [];
  rows.forEach((row, position) => {
    if (wanted === '' || `${cellPlainText(row.source)}\u0000${cellPlainText(row.translation)}`.toLocaleLowerCase().includes(wanted)) positions.push(position);
  });
  return positions;
}
