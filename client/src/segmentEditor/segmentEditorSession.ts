/**
 * One open segment editor: the webview over one TextDocument. The rows come from the pure core
 * run on the document's current text (re-parsed incrementally on each change), so every edit is
 * computed against exactly the version the user sees; findings come from the diagnostics the
 * editor already has. Each grid edit is one WorkspaceEdit of one translation half, so undo,
 * dirty state, save and the Source Control diff stay VS Code's own; any change to the document,
 * from anywhere, sends the rows that changed. Typing the grid has not yet sent is known here as it
 * changes and written as that one edit when the grid hides or closes and before any save.
 *
 * Loaded with `import()` when the first segment editor opens (the parser is not needed before).
 */
import * as vscode from 'vscode';
import type { SxsDocument, Unit } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { reparse } from '../../../server/src/core/reparse';
import type { TranslationMatches } from './translationMemory';
import { translationEdit, type EditRefusal } from './segmentEdits';
import { MAX_ROWS_PER_MESSAGE, type FromWebview, type MemoryMatch, type ToWebview } from './segmentEditorMessages';
import { gridStrings } from './segmentEditorStrings';
import { unitIndexAt } from './unitIndexAt';
import { PendingDraft } from './pendingDraft';
import { openingRows, rowsBetween, rowsContaining } from './rowSummaries';
import { buildSegmentTable, CellCache, tableUpdate, type FindingSeverity, type SegmentFinding, type SegmentRow, type SegmentTable } from './segmentRows';
import type { ReviewedUnits } from './reviewedUnits';

/** Codes of findings that mean the English original changed since the unit was translated. */
export const STALE_CODES: ReadonlySet<string> = new Set(['source-changed', 'source-removed']);

export interface SessionServices {
  readonly extensionUri: vscode.Uri;
  readonly reviewed: ReviewedUnits;
  readonly matches: TranslationMatches;
}

export class SegmentEditorSession implements vscode.Disposable {
  private model: SxsDocument;
  private table: SegmentTable | undefined;
  /** The table built while the page loads, taken when it says it is ready unless the document or its findings changed since. */
  private prebuilt: SegmentTable | undefined;
  private readonly cells = new CellCache();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly drafts = new PendingDraft();
  private disposed = false;
  private readonly openedAt = performance.now();
  /** `sessionEpoch`: when the session started (epoch ms), so a test can tell the workbench's share of an open. */
  private readonly timing: Record<string, number> = { sessionEpoch: Date.now() };
  /** Messages are handled one at a time, so each edit sees the document the previous one left. */
  private queue: Promise<void> = Promise.resolve();
  private ready = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private selectOnReady: number | undefined;
  selectedUnit: number | undefined;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly panel: vscode.WebviewPanel,
    private readonly services: SessionServices,
  ) {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(services.extensionUri, 'media'), vscode.Uri.joinPath(services.extensionUri, 'client', 'out')] };
    // The page loads while the document is parsed.
    webview.html = this.html(webview);
    const parseStarted = performance.now();
    this.model = parse(document.getText());
    this.timing.parse = performance.now() - parseStarted;
    this.disposables.push(
      webview.onDidReceiveMessage((message: FromWebview) => void this.enqueue(() => this.receive(message))),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) void this.enqueue(() => this.writeDraft());
      }),
      // Any save (File > Save, Save All, auto save) first takes the typing not yet sent, as an edit of the save.
      vscode.workspace.onWillSaveTextDocument((event) => {
        if (event.document === document) event.waitUntil(this.enqueue(() => this.draftTextEdits()).then((edits) => edits ?? []));
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== document) return;
        this.prebuilt = undefined;
        this.model = event.contentChanges.length === 1 ? this.reparsed(event.contentChanges[0]) : parse(document.getText());
        this.sendRows();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (!event.uris.some((uri) => uri.toString() === document.uri.toString())) return;
        this.prebuilt = undefined;
        // Diagnostics arrive in bursts while the server re-checks; the rows follow the last one.
        if (this.refreshTimer) clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => this.sendRows(), 100);
      }),
    );
    // Once the workbench has the editor (the page then loads on its own), the table is built meanwhile.
    setTimeout(() => {
      if (this.ready || this.disposed) return;
      const buildStarted = performance.now();
      this.prebuilt = this.buildTable();
      this.timing.prebuild = performance.now() - buildStarted;
    }, 0);
  }

  /** Selects the unit at `offset` (or the next one after it) in the grid, now or once the webview is ready. */
  revealOffset(offset: number): void {
    const unit = unitIndexAt(this.model.units, offset);
    if (unit === undefined) return;
    if (this.ready) void this.post({ type: 'select', unit });
    else this.selectOnReady = unit;
  }

  /** Shows the text editor of the document with the selected unit's translation selected. */
  openTextAtSelection(): Promise<void> {
    return this.openText(this.selectedUnit);
  }

  /** Ends the session; typing not yet sent is still written to the document. */
  dispose(): void {
    this.disposed = true;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
    void this.enqueue(() => this.writeDraft());
  }

  /** Runs `task` after every message and write before it, so each sees the document the previous one left. */
  private enqueue<T>(task: () => Promise<T>): Promise<T | undefined> {
    const run = this.queue.then(task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run.catch((error: unknown) => {
      this.report(error);
      return undefined;
    });
  }

  /** Writes the pending draft as one edit of the document (grid hidden or closed). */
  private async writeDraft(): Promise<void> {
    const edit = await this.takeDraft();
    if (!edit) return;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(this.document.uri, edit.range, edit.newText);
    if (await vscode.workspace.applyEdit(workspaceEdit)) await this.post({ type: 'draftWritten', unit: edit.unit, base: edit.newText });
  }

  /** The pending draft as the edits of a save that is about to happen. */
  private async draftTextEdits(): Promise<vscode.TextEdit[]> {
    const edit = await this.takeDraft();
    if (!edit) return [];
    await this.post({ type: 'draftWritten', unit: edit.unit, base: edit.newText });
    return [vscode.TextEdit.replace(edit.range, edit.newText)];
  }

  private async takeDraft(): Promise<{ unit: number; range: vscode.Range; newText: string } | undefined> {
    // After the grid closed, the document may have changed without this session hearing of it.
    const text = this.document.getText();
    if (this.model.text !== text) this.model = parse(text);
    const taken = this.drafts.take(this.model);
    if (!taken) return undefined;
    const { draft, edit } = taken;
    if (!edit.ok) {
      await this.post({ type: 'refused', unit: draft.unit, message: refusalMessage(edit.refusal), row: this.currentRow(draft.unit) });
      return undefined;
    }
    if (edit.unchanged) return undefined;
    await this.services.reviewed.mark(this.document.uri, draft.id, edit.newText);
    return { unit: draft.unit, range: new vscode.Range(this.document.positionAt(edit.range.start), this.document.positionAt(edit.range.end)), newText: edit.newText };
  }

  private reparsed(change: vscode.TextDocumentContentChangeEvent): SxsDocument {
    const text = this.document.getText();
    try {
      return reparse(this.model, text, { range: { start: change.rangeOffset, end: change.rangeOffset + change.rangeLength }, text: change.text });
    } catch {
      return parse(text);
    }
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        this.timing.pageReady = performance.now() - this.openedAt;
        const buildStarted = performance.now();
        this.table = this.prebuilt ?? this.buildTable();
        this.prebuilt = undefined;
        this.timing.build = performance.now() - buildStarted;
        await this.postTable(this.table, this.selectOnReady, this.timing);
        return;
      }
      case 'fetchRows':
        if (this.table) await this.post({ type: 'rows', changed: rowsBetween(this.table.rows, message.from, Math.min(message.to, message.from + MAX_ROWS_PER_MESSAGE - 1)) });
        return;
      case 'filter':
        if (this.table) await this.post({ type: 'filtered', text: message.text, positions: rowsContaining(this.table.rows, message.text) });
        return;
      case 'draft':
        this.drafts.typed(message.draft);
        return;
      case 'edit':
        this.drafts.sent(message.unit);
        try {
          await this.edit(message);
        } finally {
          await this.post({ type: 'handled' });
        }
        return;
      case 'undo':
      case 'redo':
        await vscode.commands.executeCommand(message.type);
        return;
      case 'select':
        this.selectedUnit = message.unit;
        // Not awaited: the first lookup waits for the workspace index, and edits must not queue behind it.
        this.sendMatches(message.unit).catch((error: unknown) => this.report(error));
        return;
      case 'openText':
        await this.openText(message.unit ?? this.selectedUnit);
        return;
      case 'save':
        // Not awaited: the save waits for this queue (its draft), so the queue must not wait for the save.
        this.document.save().then(undefined, (error: unknown) => this.report(error));
        return;
    }
  }

  private async edit(message: Extract<FromWebview, { type: 'edit' }>): Promise<void> {
    const result = translationEdit(this.model, { unit: message.unit, id: message.id, base: message.base, cell: message.cell });
    if (!result.ok) {
      await this.post({ type: 'refused', unit: message.unit, message: refusalMessage(result.refusal), row: this.currentRow(message.unit) });
      return;
    }
    // A translation a person typed or confirmed is no longer the machine's (marked first, so the rows the edit sends say so).
    await this.services.reviewed.mark(this.document.uri, message.id, result.newText);
    if (!result.unchanged) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(this.document.uri, new vscode.Range(this.document.positionAt(result.range.start), this.document.positionAt(result.range.end)), result.newText);
      if (!(await vscode.workspace.applyEdit(edit))) {
        await this.post({ type: 'refused', unit: message.unit, message: vscode.l10n.t('The translation could not be written to the document.'), row: this.currentRow(message.unit) });
        return;
      }
    }
    if (result.unchanged) this.sendRows();
  }

  private currentRow(unit: number): SegmentRow | undefined {
    this.table = this.buildTable();
    return this.table.rows.find((row) => row.index === unit);
  }

  private async sendMatches(unit: number): Promise<void> {
    const row = this.table?.rows.find((candidate) => candidate.index === unit);
    if (!row || !this.model.units[unit]?.source) {
      await this.post({ type: 'matches', unit, matches: [] });
      return;
    }
    const found = await this.services.matches(this.document.uri, row.id);
    const matches: MemoryMatch[] | undefined = found?.map((match) => ({ percent: match.percent, source: match.source, origin: match.origin, translation: this.cells.cellOf(match.translation) }));
    await this.post({ type: 'matches', unit, matches });
  }

  private async openText(unit: number | undefined): Promise<void> {
    const target = unit !== undefined ? this.model.units[unit] : undefined;
    const selection = target ? new vscode.Range(this.document.positionAt(target.translation.range.start), this.document.positionAt(target.translation.range.end)) : undefined;
    await vscode.window.showTextDocument(this.document, { viewColumn: this.panel.viewColumn, selection, preview: false });
  }

  /** Sends the rows that differ from what the webview has (or the whole table when units came or went). */
  private sendRows(): void {
    if (!this.ready) return;
    const previous = this.table;
    const next = this.buildTable();
    this.table = next;
    const update = previous ? tableUpdate(previous, next) : ({ kind: 'table' } as const);
    if (update.kind === 'table') void this.postTable(next);
    else if (update.kind === 'rows') void this.post({ type: 'rows', changed: update.changed });
  }

  /** Sends every row in brief, the full rows of the first screen and those around the unit to select. */
  private postTable(table: SegmentTable, select?: number, timing?: Record<string, number>): Thenable<boolean> {
    const started = performance.now();
    const { summaries, window } = openingRows(table.rows, select);
    if (timing) timing.summaries = performance.now() - started;
    return this.post({ type: 'table', strings: gridStrings(), locale: table.locale, direction: table.direction, groups: table.groups, summaries, window, select, timing });
  }

  private buildTable(): SegmentTable {
    const machine = this.model.frontMatter?.keys.translationType?.toUpperCase() === 'MT';
    const uri = this.document.uri;
    return buildSegmentTable(
      this.model,
      {
        findings: findingsOf(this.document),
        staleCodes: STALE_CODES,
        isMachineTranslated: (unit: Unit) => machine && !this.services.reviewed.has(uri, unit.id.text, unit.translation.raw),
      },
      this.cells,
    );
  }

  private post(message: ToWebview): Thenable<boolean> {
    if (this.disposed) return Promise.resolve(false);
    return this.panel.webview.postMessage(message);
  }

  private report(error: unknown): void {
    void vscode.window.showErrorMessage(vscode.l10n.t('The segment editor failed: {0}', error instanceof Error ? error.message : String(error)));
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.services.extensionUri, 'client', 'out', 'segmentEditorWebview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.services.extensionUri, 'media', 'segmentEditor.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}

/** The document's sxs diagnostics as offsets. */
function findingsOf(document: vscode.TextDocument): SegmentFinding[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => diagnostic.source === 'sxs')
    .map((diagnostic) => ({
      start: document.offsetAt(diagnostic.range.start),
      end: document.offsetAt(diagnostic.range.end),
      code: codeOf(diagnostic.code),
      message: diagnostic.message,
      severity: severityOf(diagnostic.severity),
    }));
}

function codeOf(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

function severityOf(severity: vscode.DiagnosticSeverity): FindingSeverity {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    case vscode.DiagnosticSeverity.Information:
      return 'information';
    default:
      return 'hint';
  }
}

export function refusalMessage(refusal: EditRefusal): string {
  switch (refusal) {
    case 'conflict':
      return vscode.l10n.t('This translation changed in the document meanwhile; the grid shows it as it is now.');
    case 'unbalanced':
      return vscode.l10n.t('This change would leave a paired chip without its partner, so it was not made.');
    case 'breaks-unit':
      return vscode.l10n.t('This text would break the unit’s markup (a span tag), so it was not written.');
    case 'breaks-front-matter':
      return vscode.l10n.t('This text would break the front matter’s YAML, so it was not written.');
  }
}

function randomNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}
