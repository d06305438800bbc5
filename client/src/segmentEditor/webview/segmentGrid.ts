/**
 * The segment editor's webview: a virtualized ARIA grid of the article's units (number,
 * English, translation, status), grouped under headings, with filters, status counts, the
 * translation memory of the selected row, and keyboard commands.
 *
 * Typing stays in the webview: a cell is sent to the extension as one edit after a pause, when
 * it loses focus, when another row is chosen, on Ctrl+Enter and before a save. Each input also
 * tells the extension the cell as typed (a draft, no document edit), so it can write it when the
 * grid closes or the document is saved meanwhile. The extension answers with the rows that
 * changed in the document, whoever changed it.
 */
import { cellRaw, insertableChips, isChip, missingChips, partnerOf, translationBytes, unmatchedChips, type Chip, type Piece } from '../segmentCells';
import type { FromWebview, GridStrings, MemoryMatch, ToWebview } from '../segmentEditorMessages';
import { segmentStatuses, type SegmentGroup, type SegmentRow, type SegmentStatus } from '../segmentRows';
import { caretOffset, chipOf, insertChips, readCell, renderCell, setCaret } from './cellDom';
import { planRowFetches } from './rowFetchPlan';
import { RowLayout } from './rowLayout';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();

/** How long typing may pause before the cell is written to the document. */
const COMMIT_AFTER_MILLISECONDS = 700;
/** Pixels drawn above and below the viewport. */
const OVERSCAN_PIXELS = 800;
const GROUP_ROW_HEIGHT = 30;
const LINE_HEIGHT = 20;

type Item = { readonly kind: 'group'; readonly group: number } | { readonly kind: 'row'; readonly position: number };

interface Editing {
  readonly position: number;
  readonly editor: HTMLElement;
  /** The translation bytes the document has (or will have once sent edits are applied). */
  base: string;
  /** The last pieces that kept the paired chips balanced. */
  lastGood: Piece[];
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

let strings: GridStrings | undefined;
let locale: string | undefined;
let direction: 'ltr' | 'rtl' = 'ltr';
let groups: readonly SegmentGroup[] = [];
/** The full rows the webview has (asked for as they are drawn); the summaries cover every row. */
let rows: (SegmentRow | undefined)[] = [];
let units: number[] = [];
let rowGroups: number[] = [];
let statuses: SegmentStatus[] = [];
let lengths: number[] = [];
let findingCounts: number[] = [];
/** Positions asked of the extension and not yet received. */
const requested = new Set<number>();
/** The rows containing the text filter, as the extension answered for it. */
let textMatches: { text: string; positions: Set<number> } | undefined;
let items: Item[] = [];
let itemOfPosition = new Map<number, number>();
let layout = new RowLayout([]);
const rendered = new Map<number, HTMLElement>();
let selected: number | undefined;
let editing: Editing | undefined;
const statusFilter = new Set<SegmentStatus>();
let textFilter = '';
let matchesShown: { unit: number; matches: readonly MemoryMatch[] | undefined } | undefined;
let frame = 0;
/** Edits sent and not yet handled by the extension (shown on the page for tests and screen readers' sake). */
let inFlight = 0;

const app = document.getElementById('app')!;
const toolbar = element('div', 'toolbar', { role: 'toolbar' });
const statusButtons = element('div', 'status-filters', { role: 'group' });
const filterInput = element('input', 'text-filter', { type: 'search' }) as HTMLInputElement;
const shownCount = element('span', 'shown-count');
const openTextButton = element('button', 'open-text', { type: 'button' });
const grid = element('div', 'grid', { role: 'grid', 'aria-colcount': '4' });
const header = element('div', 'row column-headers', { role: 'row', 'aria-rowindex': '1' });
const viewport = element('div', 'viewport', { role: 'rowgroup', tabindex: '-1' });
const spacer = element('div', 'spacer', { role: 'presentation' });
const emptyNotice = element('div', 'empty-notice');
const panel = element('aside', 'side-panel');
const message = element('div', 'message', { role: 'status', 'aria-live': 'polite' });

toolbar.append(statusButtons, filterInput, shownCount, openTextButton);
viewport.append(spacer);
grid.append(header, viewport);
app.append(toolbar, message, grid, emptyNotice, panel);

const resizeObserver = new ResizeObserver((entries) => {
  let changed = false;
  for (const entry of entries) {
    const index = Number((entry.target as HTMLElement).dataset.item);
    if (rendered.get(index) === entry.target) changed = layout.setHeight(index, (entry.target as HTMLElement).offsetHeight) || changed;
  }
  if (changed) relayout();
});

function element(tag: string, className: string, attributes: Record<string, string> = {}): HTMLElement {
  const created = document.createElement(tag);
  created.className = className;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

function post(message: FromWebview): void {
  if (message.type === 'edit') setInFlight(inFlight + 1);
  vscode.postMessage(message);
}

function setInFlight(count: number): void {
  inFlight = Math.max(0, count);
  app.dataset.pendingEdits = String(inFlight);
  grid.setAttribute('aria-busy', String(inFlight > 0));
}

function t(key: keyof GridStrings, ...values: (string | number)[]): string {
  const text = strings?.[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => (values[Number(index)] !== undefined ? String(values[Number(index)]) : whole));
}

// ---------------------------------------------------------------------------------------------
// Messages from the extension

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const data = event.data;
  switch (data.type) {
    case 'table':
      receiveTable(data);
      break;
    case 'rows':
      for (const { position, row } of data.changed) replaceRow(position, row);
      updateCounts();
      break;
    case 'filtered':
      if (data.text === textFilter) {
        textMatches = { text: data.text, positions: new Set(data.positions) };
        rebuildItems();
      }
      break;
    case 'refused':
      showMessage(data.message);
      if (data.row) {
        const position = units.indexOf(data.unit);
        if (position >= 0) {
          if (editing?.position === position) {
            editing.base = data.row.base;
            editing.dirty = false;
          }
          replaceRow(position, data.row, true);
        }
      }
      break;
    case 'matches':
      matchesShown = { unit: data.unit, matches: data.matches };
      renderPanel();
      break;
    case 'handled':
      setInFlight(inFlight - 1);
      break;
    case 'draftWritten':
      draftWritten(data.unit, data.base);
      break;
    case 'select': {
      const position = units.indexOf(data.unit);
      if (position >= 0) goTo(position, true);
      break;
    }
  }
});

/** When the last table arrived, until its first rows are drawn (the time is put on the page for the UI test). */
let tableReceivedAt: number | undefined;

function receiveTable(data: Extract<ToWebview, { type: 'table' }>): void {
  tableReceivedAt = performance.now();
  // How long the page waited for its first table after starting (page load is the rest of an open).
  app.dataset.tableAfterMs ??= tableReceivedAt.toFixed(0);
  if (data.timing) app.dataset.hostTiming ??= Object.entries(data.timing).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ');
  const first = strings === undefined;
  strings = data.strings;
  locale = data.locale;
  direction = data.direction;
  groups = data.groups;
  const previousUnit = selected !== undefined ? units[selected] : undefined;
  // Typing not yet sent goes out against the rows it was typed in (the extension refuses it if its unit moved).
  if (editing?.dirty) commitEditing();
  const summaries = data.summaries;
  units = [...summaries.units];
  rowGroups = [...summaries.groups];
  statuses = summaries.statuses.map((status) => segmentStatuses[status]);
  lengths = [...summaries.lengths];
  findingCounts = [...summaries.findings];
  rows = new Array<SegmentRow | undefined>(units.length);
  for (const { position, row } of data.window) rows[position] = row;
  requested.clear();
  if (textFilter !== '') {
    textMatches = undefined;
    post({ type: 'filter', text: textFilter });
  }
  if (first) buildChrome();
  editing = undefined;
  const wanted = data.select ?? previousUnit;
  const position = wanted !== undefined ? units.indexOf(wanted) : -1;
  selected = position >= 0 ? position : undefined;
  rebuildItems();
  updateCounts();
  if (selected !== undefined) goTo(selected, first);
}

/** Takes a changed row; its drawn element is redrawn unless it is the cell being typed in. */
function replaceRow(position: number, row: SegmentRow, force = false): void {
  if (position < 0 || position >= rows.length) return;
  rows[position] = row;
  requested.delete(position);
  statuses[position] = row.status;
  lengths[position] = Math.max(cellRaw(row.source).length, cellRaw(row.translation).length);
  findingCounts[position] = row.findings.length;
  rowGroups[position] = row.group;
  const item = itemOfPosition.get(position);
  if (item === undefined) return;
  const drawn = rendered.get(item);
  if (!drawn) return;
  if (editing?.position === position) {
    // The cell being typed in keeps the caret; only what is around it is redrawn.
    if (!force && (editing.dirty || cellRaw(readCell(editing.editor)) === row.base)) {
      updateRowDecorations(drawn, row);
      return;
    }
    // Changed elsewhere (undo, the text editor): the cell shows the document's bytes again.
    const caret = caretOffset(editing.editor);
    editing.base = row.base;
    editing.lastGood = [...row.translation];
    editing.dirty = false;
    renderCell(editing.editor, row.translation);
    if (caret >= 0) setCaret(editing.editor, caret);
    updateRowDecorations(drawn, row);
    return;
  }
  drawRow(item, true);
}

// ---------------------------------------------------------------------------------------------
// Chrome: toolbar, column headers

function buildChrome(): void {
  grid.setAttribute('aria-label', t('gridLabel'));
  statusButtons.setAttribute('aria-label', t('statusFilterLabel'));
  filterInput.placeholder = t('filterPlaceholder');
  filterInput.setAttribute('aria-label', t('filterLabel'));
  openTextButton.textContent = t('openTextEditor');
  openTextButton.title = t('openTextEditor');
  toolbar.title = t('shortcuts');
  const columns: [string, keyof GridStrings][] = [
    ['number', 'columnNumber'],
    ['source', 'columnSource'],
    ['translation', 'columnTranslation'],
    ['status', 'columnStatus'],
  ];
  header.replaceChildren(
    ...columns.map(([name, key], index) => {
      const cell = element('div', `cell ${name}`, { role: 'columnheader', 'aria-colindex': String(index + 1) });
      cell.textContent = t(key);
      return cell;
    }),
  );
  for (const status of segmentStatuses) {
    const button = element('button', `status-filter status-${status}`, { type: 'button', 'aria-pressed': 'false', 'data-status': status });
    button.addEventListener('click', () => {
      if (statusFilter.has(status)) statusFilter.delete(status);
      else statusFilter.add(status);
      button.setAttribute('aria-pressed', String(statusFilter.has(status)));
      hideMessage();
      commitEditing();
      rebuildItems();
    });
    statusButtons.append(button);
  }
  filterInput.addEventListener('input', () => {
    textFilter = filterInput.value.trim().toLocaleLowerCase();
    hideMessage();
    commitEditing();
    // The extension has every row's text: the rows shown change when it answers.
    if (textFilter === '') rebuildItems();
    else post({ type: 'filter', text: textFilter });
  });
  filterInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      event.stopPropagation();
      const first = items.find((item) => item.kind === 'row');
      if (first && first.kind === 'row') goTo(first.position, true);
    }
  });
  openTextButton.addEventListener('click', () => {
    commitEditing();
    post({ type: 'openText', unit: selected !== undefined ? units[selected] : undefined });
  });
  viewport.addEventListener('scroll', scheduleRender, { passive: true });
  new ResizeObserver(scheduleRender).observe(viewport);
  renderPanel();
}

function updateCounts(): void {
  const counts = new Map<SegmentStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  for (const button of Array.from(statusButtons.children) as HTMLElement[]) {
    const status = button.dataset.status as SegmentStatus;
    const count = counts.get(status) ?? 0;
    button.textContent = `${t(`status.${status}`)} ${count}`;
    button.setAttribute('aria-label', `${t(`status.${status}`)}: ${count}`);
  }
  const shown = items.filter((item) => item.kind === 'row').length;
  shownCount.textContent = t('shown', shown, rows.length);
}

function passesFilter(position: number): boolean {
  if (statusFilter.size > 0 && !statusFilter.has(statuses[position])) return false;
  return textFilter === '' || textMatches?.text !== textFilter || textMatches.positions.has(position);
}

/** The list of drawn items for the filters: a group header above the first shown row of each group. */
function rebuildItems(): void {
  const next: Item[] = [];
  let lastGroup = -1;
  for (let position = 0; position < units.length; position++) {
    if (!passesFilter(position)) continue;
    const group = rowGroups[position];
    if (group !== lastGroup) {
      next.push({ kind: 'group', group });
      lastGroup = group;
    }
    next.push({ kind: 'row', position });
  }
  items = next;
  itemOfPosition = new Map();
  items.forEach((item, index) => {
    if (item.kind === 'row') itemOfPosition.set(item.position, index);
  });
  layout = new RowLayout(items.map(estimateHeight));
  for (const drawn of rendered.values()) {
    resizeObserver.unobserve(drawn);
    drawn.remove();
  }
  rendered.clear();
  grid.setAttribute('aria-rowcount', String(items.length + 1));
  emptyNotice.textContent = items.length === 0 ? t('noRows') : '';
  emptyNotice.hidden = items.length > 0;
  updateCounts();
  relayout();
}

function estimateHeight(item: Item): number {
  if (item.kind === 'group') return GROUP_ROW_HEIGHT;
  const columnCharacters = Math.max(20, (viewport.clientWidth || 1000) * 0.4 / 7.5);
  return Math.ceil(Math.max(1, lengths[item.position]) / columnCharacters) * LINE_HEIGHT + 14 + findingCounts[item.position] * 18;
}

// ---------------------------------------------------------------------------------------------
// Virtualized drawing

function scheduleRender(): void {
  if (frame === 0) frame = requestAnimationFrame(() => {
    frame = 0;
    render();
  });
}

/** Positions every drawn item again after heights changed, keeping the first visible item still. */
function relayout(): void {
  const anchor = layout.count > 0 ? layout.indexAt(viewport.scrollTop) : 0;
  const anchorShift = viewport.scrollTop - layout.offsetOf(anchor);
  spacer.style.height = `${layout.totalHeight}px`;
  for (const [index, drawn] of rendered) drawn.style.transform = `translateY(${layout.offsetOf(index)}px)`;
  if (layout.count > 0 && viewport.scrollTop > 0) {
    const wanted = layout.offsetOf(anchor) + anchorShift;
    if (Math.abs(wanted - viewport.scrollTop) >= 1) viewport.scrollTop = wanted;
  }
  scheduleRender();
}

function render(): void {
  const { first, last } = layout.visible(viewport.scrollTop, viewport.clientHeight, OVERSCAN_PIXELS);
  for (const [index, drawn] of rendered) {
    if (index >= first && index <= last) continue;
    if (editing && drawn.contains(editing.editor)) {
      // The row being typed in stays drawn while it is off screen, so its caret survives.
      continue;
    }
    resizeObserver.unobserve(drawn);
    drawn.remove();
    rendered.delete(index);
  }
  for (let index = first; index <= last; index++) if (!rendered.has(index)) drawRow(index, false);
  fetchMissingRows(first, last);
  if (tableReceivedAt !== undefined && rendered.size > 0) {
    app.dataset.firstRenderMs = (performance.now() - tableReceivedAt).toFixed(0);
    tableReceivedAt = undefined;
  }
}

/** Asks the extension for the rows near the drawn items it has not sent yet (`rowFetchPlan.ts`). */
function fetchMissingRows(first: number, last: number): void {
  const positionAt = (index: number): number | undefined => {
    const item = items[index];
    return item?.kind === 'row' ? item.position : undefined;
  };
  const missing = (position: number): boolean => !rows[position] && !requested.has(position);
  for (const fetch of planRowFetches(items.length, first, last, positionAt, missing)) {
    for (let position = fetch.from; position <= fetch.to; position++) if (!rows[position]) requested.add(position);
    post({ type: 'fetchRows', ...fetch });
  }
}

function drawRow(index: number, replace: boolean): void {
  const item = items[index];
  if (!item) return;
  const old = rendered.get(index);
  const drawn = item.kind === 'group' ? groupRow(item.group, index) : unitRow(item.position, index);
  drawn.dataset.item = String(index);
  drawn.style.transform = `translateY(${layout.offsetOf(index)}px)`;
  if (old && replace) {
    resizeObserver.unobserve(old);
    old.replaceWith(drawn);
  } else {
    spacer.append(drawn);
  }
  rendered.set(index, drawn);
  resizeObserver.observe(drawn);
}

function groupRow(groupIndex: number, index: number): HTMLElement {
  const group = groups[groupIndex];
  const row = element('div', `row group-row group-${group.kind}`, { role: 'row', 'aria-rowindex': String(index + 2) });
  const cell = element('div', 'cell heading', { role: 'rowheader', 'aria-colspan': '4' });
  if (group.kind === 'heading') {
    const title = element('span', 'heading-title', { lang: locale ?? '', dir: direction });
    title.textContent = `${'#'.repeat(group.level)} ${group.title}`;
    const source = element('span', 'heading-source', { lang: 'en', dir: 'ltr' });
    source.textContent = group.sourceTitle;
    cell.append(title, source);
  } else {
    cell.textContent = t(group.kind === 'front-matter' ? 'frontMatter' : 'beforeHeadings');
  }
  row.append(cell);
  return row;
}

function unitRow(position: number, index: number): HTMLElement {
  const data = rows[position];
  const number = position + 1;
  if (!data) return loadingRow(position, index);
  const row = element('div', `row unit-row status-${data.status}`, { role: 'row', 'aria-rowindex': String(index + 2), 'aria-selected': String(selected === position) });
  const numberCell = element('div', 'cell number', { role: 'gridcell', 'aria-colindex': '1' });
  numberCell.textContent = String(number);
  numberCell.title = data.id;

  const sourceCell = element('div', 'cell source', { role: 'gridcell', 'aria-colindex': '2', lang: 'en', dir: 'ltr', 'aria-label': t('sourceOf', number) });
  const sourceText = element('div', 'cell-text');
  renderCell(sourceText, data.source, (chip, chipIndex) => {
    chip.classList.add('insertable');
    chip.title = `${t('chipInsert')}: ${chip.title}`;
    chip.addEventListener('mousedown', (event) => event.preventDefault());
    chip.addEventListener('click', () => insertSourceChip(position, chipIndex));
  });
  sourceCell.append(sourceText);

  const translationCell = element('div', 'cell translation', { role: 'gridcell', 'aria-colindex': '3' });
  const editor = element('div', 'cell-text editor', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': t('translationOf', number),
    lang: locale ?? '',
    dir: direction,
  });
  const typing = editing?.position === position && editing.dirty;
  renderCell(editor, typing && editing ? editing.lastGood : data.translation);
  if (editing?.position === position) editing = { ...editing, editor };
  wireEditor(editor, position);
  translationCell.append(editor);
  const findings = element('ul', 'findings', { 'aria-label': t('findingsTitle') });
  translationCell.append(findings);

  const statusCell = element('div', 'cell status', { role: 'gridcell', 'aria-colindex': '4' });
  row.append(numberCell, sourceCell, translationCell, statusCell);
  updateRowDecorations(row, data);
  row.addEventListener('mousedown', (event) => {
    if (!(event.target as HTMLElement).closest('.editor, .chip')) {
      event.preventDefault();
      goTo(position, true);
    }
  });
  return row;
}

/** A row whose content is on its way from the extension: its number and status, at its estimated height. */
function loadingRow(position: number, index: number): HTMLElement {
  const row = element('div', `row unit-row loading status-${statuses[position]}`, { role: 'row', 'aria-rowindex': String(index + 2), 'aria-busy': 'true' });
  row.style.height = `${layout.heightOf(index)}px`;
  const numberCell = element('div', 'cell number', { role: 'gridcell', 'aria-colindex': '1' });
  numberCell.textContent = String(position + 1);
  row.append(numberCell);
  return row;
}

/** The status, the findings and the selection mark of a drawn row. */
function updateRowDecorations(row: HTMLElement, data: SegmentRow): void {
  for (const status of segmentStatuses) row.classList.toggle(`status-${status}`, status === data.status);
  const statusCell = row.querySelector('.cell.status');
  if (statusCell) {
    const badge = element('span', `badge status-${data.status}`);
    badge.textContent = t(`status.${data.status}`);
    statusCell.replaceChildren(badge);
  }
  const findings = row.querySelector('.findings');
  if (findings) {
    findings.replaceChildren(
      ...data.findings.map((finding) => {
        const item = element('li', `finding severity-${finding.severity}`);
        item.textContent = finding.code ? `${finding.message} (${finding.code})` : finding.message;
        return item;
      }),
    );
    (findings as HTMLElement).hidden = data.findings.length === 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Editing

function wireEditor(editor: HTMLElement, position: number): void {
  editor.addEventListener('focus', () => startEditing(position, editor));
  editor.addEventListener('beforeinput', (event) => {
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak' || event.inputType === 'insertFromDrop') event.preventDefault();
    if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') event.preventDefault();
  });
  editor.addEventListener('input', () => onEditorInput(editor));
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    const text = (event.clipboardData?.getData('text/plain') ?? '').replace(/\r\n|[\r\n]/g, ' ');
    // insertText keeps the browser's own caret handling and fires `input` like typing.
    document.execCommand('insertText', false, text);
  });
  editor.addEventListener('drop', (event) => event.preventDefault());
  editor.addEventListener('blur', () => {
    if (editing?.editor === editor) commitEditing();
  });
}

function startEditing(position: number, editor: HTMLElement): void {
  if (editing?.position === position && editing.editor === editor) return;
  commitEditing();
  const row = rows[position]!;
  editing = { position, editor, base: row.base, lastGood: [...row.translation], dirty: false, timer: undefined };
  select(position);
}

function onEditorInput(editor: HTMLElement): void {
  if (!editing || editing.editor !== editor) return;
  const pieces = readCell(editor);
  if (unmatchedChips(pieces) > unmatchedChips(editing.lastGood)) {
    // A paired chip lost its partner: the change is undone and the translator told why.
    const caret = caretOffset(editor);
    renderCell(editor, editing.lastGood);
    setCaret(editor, caret);
    showMessage(t('chipRefusedUnbalanced'));
    return;
  }
  editing.lastGood = pieces;
  editing.dirty = true;
  const row = rows[editing.position]!;
  post({ type: 'draft', draft: { unit: row.index, id: row.id, base: editing.base, cell: pieces } });
  if (editing.timer) clearTimeout(editing.timer);
  editing.timer = setTimeout(() => commitEditing(false, false), COMMIT_AFTER_MILLISECONDS);
}

/** Sends the cell being typed in as one edit (when it changed, or to confirm it); `stop` ends the editing. */
function commitEditing(confirm = false, stop = true): void {
  const current = editing;
  if (!current) return;
  if (current.timer) clearTimeout(current.timer);
  current.timer = undefined;
  const row = rows[current.position]!;
  const pieces = current.dirty ? readCell(current.editor) : current.lastGood;
  const bytes = translationBytes(pieces, row.tableCell);
  if (bytes !== current.base || confirm) {
    post({ type: 'edit', unit: row.index, id: row.id, base: current.base, cell: pieces, confirm });
    current.base = bytes;
    rows[current.position] = { ...row, base: bytes, translation: pieces };
  }
  current.dirty = false;
  if (stop) editing = undefined;
}

/** The extension wrote the typing not yet sent: the document's translation of `unit` is now `base`. */
function draftWritten(unit: number, base: string): void {
  const position = units.indexOf(unit);
  if (position < 0) return;
  const row = rows[position];
  if (!row) return;
  rows[position] = { ...row, base };
  if (editing?.position !== position) return;
  editing.base = base;
  if (translationBytes(readCell(editing.editor), row.tableCell) === base) {
    if (editing.timer) clearTimeout(editing.timer);
    editing.timer = undefined;
    editing.dirty = false;
  }
}

/** Throws the typing since the last edit away (Ctrl+Z before the pause wrote it). */
function revertEditing(): void {
  if (!editing) return;
  if (editing.timer) clearTimeout(editing.timer);
  editing.timer = undefined;
  const row = rows[editing.position]!;
  editing.lastGood = [...row.translation];
  editing.dirty = false;
  post({ type: 'draft', draft: undefined });
  renderCell(editing.editor, row.translation);
  setCaret(editing.editor, -1);
}

function insertSourceChip(position: number, chipIndex: number): void {
  if (editing?.position !== position) goTo(position, true);
  const current = editing;
  if (!current || current.position !== position) return;
  const source = rows[position]!.source;
  const chip = source[chipIndex];
  if (!chip || !isChip(chip)) return;
  const partner = partnerOf(source, chipIndex);
  const partnerChip = partner >= 0 ? (source[partner] as Chip) : undefined;
  current.editor.focus();
  if (chip.role === 'close' && partnerChip) insertChips(current.editor, partnerChip, chip);
  else insertChips(current.editor, chip, chip.role === 'open' ? partnerChip : undefined);
  onEditorInput(current.editor);
}

/** F9: the first chip of the English the translation lacks (a pair together). */
function insertNextMissingChip(): void {
  if (!editing) return;
  const row = rows[editing.position]!;
  const missing = missingChips(readCell(editing.editor), row.source);
  if (missing.length > 0) insertSourceChip(editing.position, missing[0]);
}

/** Alt+1…9: the n-th chip of the English. */
function insertSourceChipNumber(n: number): void {
  if (!editing) return;
  const source = rows[editing.position]!.source;
  const chips = insertableChips(source);
  const chip = chips[n - 1];
  if (chip) insertSourceChip(editing.position, source.indexOf(chip));
}

function takeMatch(n: number): void {
  if (!editing || !matchesShown || matchesShown.unit !== units[editing.position]) return;
  const match = matchesShown.matches?.[n - 1];
  if (!match) return;
  renderCell(editing.editor, match.translation);
  setCaret(editing.editor, -1);
  editing.lastGood = [...match.translation];
  editing.dirty = true;
  commitEditing(false, false);
}

// ---------------------------------------------------------------------------------------------
// Selection and navigation

function select(position: number): void {
  if (selected === position) return;
  // A refusal is about the row it came from.
  hideMessage();
  const previous = selected;
  selected = position;
  for (const at of [previous, position]) {
    if (at === undefined) continue;
    const item = itemOfPosition.get(at);
    const drawn = item !== undefined ? rendered.get(item) : undefined;
    drawn?.setAttribute('aria-selected', String(at === position));
  }
  matchesShown = undefined;
  renderPanel();
  post({ type: 'select', unit: units[position] });
}

/** Scrolls row `position` into view, draws it and (when `focus`) puts the caret at the end of its translation. */
function goTo(position: number, focus: boolean): void {
  let item = itemOfPosition.get(position);
  if (item === undefined) {
    // A row hidden by the filters: the filters are cleared so it can be shown.
    statusFilter.clear();
    for (const button of Array.from(statusButtons.children)) button.setAttribute('aria-pressed', 'false');
    textFilter = '';
    filterInput.value = '';
    rebuildItems();
    item = itemOfPosition.get(position);
    if (item === undefined) return;
  }
  const top = layout.offsetOf(item);
  const bottom = top + layout.heightOf(item);
  if (top < viewport.scrollTop || bottom > viewport.scrollTop + viewport.clientHeight) {
    viewport.scrollTop = Math.max(0, top - viewport.clientHeight / 3);
  }
  render();
  select(position);
  if (!focus) return;
  const editor = rendered.get(item)?.querySelector<HTMLElement>('.editor');
  if (editor) {
    editor.focus({ preventScroll: true });
    setCaret(editor, -1);
  }
}

/** The next (or previous) shown row after the selected one that `wanted` accepts; wraps round. */
function move(step: 1 | -1, wanted: (position: number) => boolean = () => true): void {
  const shown = items.filter((item): item is Extract<Item, { kind: 'row' }> => item.kind === 'row').map((item) => item.position);
  if (shown.length === 0) return;
  const at = selected === undefined ? -1 : shown.indexOf(selected);
  for (let k = 1; k <= shown.length; k++) {
    const candidate = shown[(((at < 0 && step < 0 ? 0 : at) + step * k) % shown.length + shown.length) % shown.length];
    if (wanted(candidate)) {
      commitEditing();
      goTo(candidate, true);
      return;
    }
  }
}

const hasFindings = (position: number) => statuses[position] === 'finding' || statuses[position] === 'stale' || findingCounts[position] > 0;
const untranslated = (position: number) => statuses[position] === 'empty' || statuses[position] === 'unchanged' || statuses[position] === 'machine-translated';

document.addEventListener('keydown', (event) => {
  const control = event.ctrlKey || event.metaKey;
  const handled = handleKey(event, control);
  if (handled) {
    event.preventDefault();
    // Keys the grid uses do not reach VS Code's keybindings (Ctrl+1 would focus an editor group).
    event.stopPropagation();
  }
});

function handleKey(event: KeyboardEvent, control: boolean): boolean {
  const inEditor = editing !== undefined && document.activeElement === editing.editor;
  if (control && event.key === 'Enter') {
    if (selected === undefined) return true;
    const row = rows[selected];
    if (editing) commitEditing(true);
    else if (row) post({ type: 'edit', unit: row.index, id: row.id, base: row.base, cell: row.translation, confirm: true });
    move(1);
    return true;
  }
  if (event.key === 'Enter' && inEditor) {
    commitEditing(false, false);
    return true;
  }
  if (event.altKey && !control && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    move(event.key === 'ArrowDown' ? 1 : -1);
    return true;
  }
  if (event.key === 'F8') {
    move(event.shiftKey ? -1 : 1, hasFindings);
    return true;
  }
  if (event.altKey && !control && event.code === 'KeyU') {
    move(event.shiftKey ? -1 : 1, untranslated);
    return true;
  }
  if (control && !event.altKey && /^Digit[1-9]$/.test(event.code)) {
    takeMatch(Number(event.code.slice(5)));
    return true;
  }
  if (event.altKey && !control && /^Digit[1-9]$/.test(event.code) && inEditor) {
    insertSourceChipNumber(Number(event.code.slice(5)));
    return true;
  }
  if (event.key === 'F9' && inEditor) {
    insertNextMissingChip();
    return true;
  }
  if (control && event.code === 'KeyF') {
    filterInput.focus();
    filterInput.select();
    return true;
  }
  if (event.key === 'Escape' && document.activeElement === filterInput) {
    if (selected !== undefined) goTo(selected, true);
    return true;
  }
  if (control && event.code === 'KeyS') {
    commitEditing(false, false);
    post({ type: 'save' });
    return true;
  }
  if (control && (event.code === 'KeyZ' || event.code === 'KeyY')) {
    // Typing not yet written is undone here; everything else is VS Code's undo of the document,
    // asked of the extension so it runs after the edits already sent.
    if (editing?.dirty) revertEditing();
    else post({ type: event.code === 'KeyY' || event.shiftKey ? 'redo' : 'undo' });
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Side panel: translation memory and findings of the selected row

function renderPanel(): void {
  panel.replaceChildren();
  panel.setAttribute('aria-label', t('memoryTitle'));
  const title = element('h2', 'panel-title');
  title.textContent = selected !== undefined ? `${t('memoryTitle')} — ${selected + 1}` : t('memoryTitle');
  panel.append(title);
  if (selected === undefined) return;
  if (!matchesShown || matchesShown.unit !== units[selected]) {
    panel.append(textElement('p', 'panel-note', t('memoryLooking')));
    return;
  }
  const matches = matchesShown.matches;
  if (matches === undefined) {
    panel.append(textElement('p', 'panel-note', t('memoryUnavailable')));
    return;
  }
  if (matches.length === 0) {
    panel.append(textElement('p', 'panel-note', t('memoryNone')));
    return;
  }
  const list = element('ol', 'matches');
  matches.forEach((match, i) => {
    const entry = element('li', 'match');
    const button = element('button', 'match-take', { type: 'button', title: `${t('memoryTake')} (Ctrl+${i + 1})` });
    button.append(textElement('span', 'match-key', `Ctrl+${i + 1}`), textElement('span', 'match-percent', `${Math.round(match.percent)}%`));
    const translation = element('span', 'match-translation', { lang: locale ?? '', dir: direction });
    renderCell(translation, match.translation);
    button.append(translation);
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      if (selected !== undefined && editing?.position !== selected) goTo(selected, true);
      takeMatch(i + 1);
    });
    entry.append(button, textElement('div', 'match-source', match.source, 'en'), textElement('div', 'match-origin', match.origin));
    list.append(entry);
  });
  panel.append(list);
}

function textElement(tag: string, className: string, text: string, lang?: string): HTMLElement {
  const created = element(tag, className, lang ? { lang } : {});
  created.textContent = text;
  return created;
}

let messageTimer: ReturnType<typeof setTimeout> | undefined;
/** Tells why an edit was refused, until the translator moves to another row or filter, or for 6 s. */
function showMessage(text: string): void {
  message.textContent = text;
  message.classList.add('shown');
  if (messageTimer) clearTimeout(messageTimer);
  messageTimer = setTimeout(hideMessage, 6000);
}

function hideMessage(): void {
  if (messageTimer) clearTimeout(messageTimer);
  messageTimer = undefined;
  message.classList.remove('shown');
}

setInFlight(0);
// When the page started (epoch ms) and when it said it was ready (ms after that), for the UI test's timings.
app.dataset.pageEpoch = Math.round(performance.timeOrigin).toString();
app.dataset.readyMs = performance.now().toFixed(0);
post({ type: 'ready' });
