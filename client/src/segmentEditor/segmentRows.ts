/**
 * The segment editor's rows: one per unit, grouped under its heading (front-matter units
 * first), each with its number, English and translation as cells, its review status and its
 * findings. Built from the document model and the findings the editor already shows.
 *
 * Pure: no `vscode`, no DOM.
 */
import { detached } from '../../../server/src/core/detached';
import { tokenizeInline } from '../../../server/src/core/inlineTokens';
import type { SxsDocument, Unit } from '../../../server/src/core/model';
import { cellOfHalf, cellRaw, type Piece } from './segmentCells';

/** A unit's review status, most urgent first. */
export type SegmentStatus = 'empty' | 'stale' | 'unchanged' | 'finding' | 'machine-translated' | 'ok';

export const segmentStatuses: readonly SegmentStatus[] = ['empty', 'stale', 'unchanged', 'finding', 'machine-translated', 'ok'];

export type FindingSeverity = 'error' | 'warning' | 'information' | 'hint';

/** A finding on the document (a diagnostic), as offsets into the text. */
export interface SegmentFinding {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly message: string;
  readonly severity: FindingSeverity;
}

/** A heading or the front matter, above the rows of its units. */
export interface SegmentGroup {
  readonly kind: 'front-matter' | 'before-headings' | 'heading';
  /** 1–6 for headings, 0 otherwise. */
  readonly level: number;
  readonly title: string;
  readonly sourceTitle: string;
}

/** One unit as a row of the grid. */
export interface SegmentRow {
  /** Position among the document's units (what an edit names). */
  readonly index: number;
  readonly id: string;
  /** Index into `SegmentTable.groups`. */
  readonly group: number;
  /** The translation half exactly as written: the base an edit of this row replaces. */
  readonly base: string;
  readonly translation: readonly Piece[];
  readonly source: readonly Piece[];
  readonly status: SegmentStatus;
  /** Whether the unit sits in a Markdown table cell, where a typed `|` is escaped. */
  readonly tableCell: boolean;
  readonly findings: readonly Omit<SegmentFinding, 'start' | 'end'>[];
}

/** Everything the grid shows of one document. */
export interface SegmentTable {
  /** `ms.contentlocale`, lower-cased, when present. */
  readonly locale: string | undefined;
  readonly direction: 'ltr' | 'rtl';
  readonly groups: readonly SegmentGroup[];
  readonly rows: readonly SegmentRow[];
}

export interface SegmentTableOptions {
  /** The document's findings, in any order. */
  readonly findings: readonly SegmentFinding[];
  /** Codes of findings that mean the English changed since the translation (stale). */
  readonly staleCodes: ReadonlySet<string>;
  /**
   * Whether the unit is still the machine's translation: in an `ms.translationtype: MT` article,
   * a unit nobody edited or confirmed.
   */
  readonly isMachineTranslated: (unit: Unit) => boolean;
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'ug', 'sd', 'syr']);

export function directionOf(locale: string | undefined): 'ltr' | 'rtl' {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** What a row shows of its unit's own bytes: the same as long as the unit is. */
interface UnitCells {
  readonly base: string;
  readonly translation: Piece[];
  readonly source: Piece[];
  /** The halves' texts, trimmed, for the status. */
  readonly translationText: string;
  readonly sourceText: string;
}

/**
 * Cells by the exact bytes of their half: a half's pieces depend on its bytes alone, so after
 * an edit only the changed halves are tokenized again. A re-parse hands the units it did not
 * touch to the new model as the same objects, so their cells are also kept by unit: a grid edit
 * reads again only the units it changed, and the rows of the others compare by identity.
 */
export class CellCache {
  private cells = new Map<string, Piece[]>();
  private byUnit = new WeakMap<Unit, UnitCells>();

  /** The cell of a half's bytes; `raw` must not be a view into a whole text (see `unitCells`). */
  cellOf(raw: string): Piece[] {
    let cell = this.cells.get(raw);
    if (!cell) {
      if (this.cells.size > 100_000) this.cells = new Map();
      cell = cellOfHalf(raw, 0, raw.length, tokenizeInline(raw, 0, raw.length));
      this.cells.set(raw, cell);
    }
    return cell;
  }

  unitCells(unit: Unit): UnitCells {
    let cells = this.byUnit.get(unit);
    if (!cells) {
      // Copies: a half's texts are slices of the document's text, and a kept slice would keep
      // that version's whole text alive for as long as the grid is open.
      const base = detached(unit.translation.raw);
      cells = {
        base,
        translation: this.cellOf(base),
        source: this.cellOf(detached(unit.source?.raw ?? '')),
        translationText: detached(unit.translation.text.trim()),
        sourceText: detached(unit.source?.text.trim() ?? ''),
      };
      this.byUnit.set(unit, cells);
    }
    return cells;
  }
}

/** The grid of a document. */
export function buildSegmentTable(model: SxsDocument, options: SegmentTableOptions, cells = new CellCache()): SegmentTable {
  const locale = model.frontMatter?.keys.contentLocale?.toLowerCase();
  const findings = findingsPerUnit(model, options.findings);
  const groups: SegmentGroup[] = [];
  const rows: SegmentRow[] = [];
  let frontMatterGroup = -1;
  let beforeHeadingsGroup = -1;
  const headingGroups = new Map<number, number>();
  let heading = -1;
  for (const unit of model.units) {
    while (heading + 1 < model.headings.length && model.headings[heading + 1].range.start <= unit.range.start) heading++;
    let group: number;
    if (unit.block.kind === 'front-matter') {
      if (frontMatterGroup < 0) frontMatterGroup = groups.push({ kind: 'front-matter', level: 0, title: '', sourceTitle: '' }) - 1;
      group = frontMatterGroup;
    } else if (heading < 0) {
      if (beforeHeadingsGroup < 0) beforeHeadingsGroup = groups.push({ kind: 'before-headings', level: 0, title: '', sourceTitle: '' }) - 1;
      group = beforeHeadingsGroup;
    } else {
      group = headingGroups.get(heading) ?? -1;
      if (group < 0) {
        const { level, title, sourceTitle } = model.headings[heading];
        group = groups.push({ kind: 'heading', level, title, sourceTitle }) - 1;
        headingGroups.set(heading, group);
      }
    }
    const unitFindings = findings[unit.index] ?? noFindings;
    const unitCells = cells.unitCells(unit);
    rows.push({
      index: unit.index,
      // A copy: an id of 13 characters or more would be a view into the whole text it was read from.
      id: detached(unit.id.text),
      group,
      base: unitCells.base,
      translation: unitCells.translation,
      source: unitCells.source,
      status: statusOfTexts(unitCells.translationText, unitCells.sourceText, unit, unitFindings, options),
      tableCell: unit.block.kind === 'table-cell',
      findings: unitFindings.length === 0 ? noFindings : unitFindings.map(({ code, message, severity }) => ({ code, message, severity })),
    });
  }
  // Front-matter units come first even where the scanner meets them later (they never do today).
  const isFrontMatter = (row: SegmentRow): boolean => groups[row.group].kind === 'front-matter';
  if (rows.some((row, position) => position > 0 && isFrontMatter(row) && !isFrontMatter(rows[position - 1]))) {
    rows.sort((a, b) => Number(isFrontMatter(b)) - Number(isFrontMatter(a)) || a.index - b.index);
  }
  return { locale, direction: directionOf(locale), groups, rows };
}

const noFindings: readonly never[] = [];

/** What the webview needs after a change: nothing, some rows (same rows in the same order), or the whole table. */
export type TableUpdate = { readonly kind: 'none' } | { readonly kind: 'rows'; readonly changed: readonly { readonly position: number; readonly row: SegmentRow }[] } | { readonly kind: 'table' };

/** The difference between two tables of the same document, row by row. */
export function tableUpdate(previous: SegmentTable, next: SegmentTable): TableUpdate {
  if (previous.direction !== next.direction || previous.rows.length !== next.rows.length || previous.groups.length !== next.groups.length) return { kind: 'table' };
  if (previous.groups.some((group, i) => group.kind !== next.groups[i].kind || group.title !== next.groups[i].title || group.sourceTitle !== next.groups[i].sourceTitle)) return { kind: 'table' };
  const changed: { position: number; row: SegmentRow }[] = [];
  for (let position = 0; position < next.rows.length; position++) {
    const before = previous.rows[position];
    const row = next.rows[position];
    if (before.index !== row.index || before.id !== row.id) return { kind: 'table' };
    if (!sameRow(before, row)) changed.push({ position, row });
  }
  return changed.length > 0 ? { kind: 'rows', changed } : { kind: 'none' };
}

function sameRow(a: SegmentRow, b: SegmentRow): boolean {
  return (
    a.base === b.base &&
    a.status === b.status &&
    a.group === b.group &&
    a.tableCell === b.tableCell &&
    // Cells kept for a unit are the same objects: only new units' English is compared.
    (a.source === b.source || cellRaw(a.source) === cellRaw(b.source)) &&
    a.findings.length === b.findings.length &&
    a.findings.every((finding, i) => finding.message === b.findings[i].message && finding.code === b.findings[i].code && finding.severity === b.findings[i].severity)
  );
}

/** The status, most urgent first, from the unit's trimmed translation and English. */
function statusOfTexts(translation: string, source: string, unit: Unit, findings: readonly SegmentFinding[], options: Pick<SegmentTableOptions, 'staleCodes' | 'isMachineTranslated'>): SegmentStatus {
  if (translation === '' && source !== '') return 'empty';
  if (findings.some((finding) => options.staleCodes.has(finding.code))) return 'stale';
  if (translation !== '' && translation === source) return 'unchanged';
  if (findings.length > 0) return 'finding';
  if (options.isMachineTranslated(unit)) return 'machine-translated';
  return 'ok';
}

/** Each unit's findings: those whose range overlaps the unit (or, when empty, touches it). */
function findingsPerUnit(model: SxsDocument, findings: readonly SegmentFinding[]): SegmentFinding[][] {
  const perUnit: SegmentFinding[][] = [];
  const units = model.units;
  for (const finding of findings) {
    for (let i = firstUnitEndingAfter(units, finding.start); i < units.length; i++) {
      const range = units[i].range;
      if (range.start > finding.end || (range.start === finding.end && finding.end > finding.start)) break;
      (perUnit[i] ??= []).push(finding);
    }
  }
  return perUnit;
}

/** The first unit whose range ends at or after `offset` (units are in document order). */
function firstUnitEndingAfter(units: readonly Unit[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (units[middle].range.end < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
