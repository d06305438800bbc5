/**
 * Code actions on a localized article:
 * - a quick fix for every finding that carries a certain repair (from the parser's `Problem.fix`
 *   or the checks' `Finding.fix`), touching only the bytes of that unit;
 * - for an empty translation, an offer to reuse the translation of the identical English
 *   sentence elsewhere in the file (offered, never preferred, so never applied automatically);
 * - the source action "Fix all certain sxs problems", every certain repair of the file at once.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Finding } from '../checks/finding';
import type { Fix, OffsetEdit, OffsetRange, SxsDocument, Unit } from '../core/model';
import { toOffsetRange, toRange, toTextEdit } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { severityOf, type SxsSettings } from '../settings';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './diagnostics';
import { rangesTouch, unitsOverlapping } from './unitLookup';
import type { WorkspaceExtras } from '../workspaceReview/workspaceExtras';

/** The kind of the fix-all source action (VS Code runs it for `source.fixAll` on save when asked to). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sxs`;

/** How the edits are addressed to the client. */
export interface CodeActionEditOptions {
  /** Versioned `documentChanges` (the client refuses them on a changed document) instead of `changes`. */
  readonly documentChanges: boolean;
}

/** How many different earlier translations of the same English are offered for an empty unit. */
const MAX_FILL_OFFERS = 3;

/** The code actions for `range`; none for Markdown that is not a localized article. */
export function codeActionsOf(snapshot: DocumentSnapshot, range: Range, context: CodeActionContext, settings: SxsSettings, options: CodeActionEditOptions, extras?: WorkspaceExtras): CodeAction[] {
  if (!snapshot.isLocalized) return [];
  const requested = toOffsetRange(snapshot.lines, range);
  const actions: CodeAction[] = [];
  if (wants(context, CodeActionKind.QuickFix)) {
    const findings = fixableFindings(snapshot, settings, requested);
    const fills = fillOffers(snapshot, requested, context, options);
    for (const { finding, fix } of findings) {
      const diagnostic = matchingDiagnostic(snapshot, finding, context, settings);
      const alternatives = fills.filter((fill) => fill.diagnostics?.some((other) => sameDiagnostic(other, diagnostic))).length;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: alternatives === 0,
        edit: workspaceEdit(snapshot, fix.edits, options),
      });
    }
    actions.push(...fills);
    if (extras) actions.push(...extras.codeActions(snapshot, range, context, settings, options.documentChanges));
  }
  if (wants(context, FIX_ALL_KIND, true)) {
    const fixAll = fixAllAction(snapshot, settings, options);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Every certain repair of the file in one edit; overlapping repairs keep the first. */
export function fixAllAction(snapshot: DocumentSnapshot, settings: SxsSettings, options: CodeActionEditOptions): CodeAction | undefined {
  const edits: OffsetEdit[] = [];
  let fixed = 0;
  let lastEnd = -1;
  for (const { fix } of fixableFindings(snapshot, settings)) {
    const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    if (sorted.length === 0 || sorted[0].range.start <= lastEnd) continue;
    edits.push(...sorted);
    lastEnd = Math.max(...sorted.map((edit) => edit.range.end));
    fixed++;
  }
  if (fixed === 0) return undefined;
  return {
    title: `Fix all certain sxs problems in this file (${fixed})`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(snapshot, edits, options),
  };
}

/**
 * Findings shown under the settings that carry a repair confined to their unit, in document
 * order; only those touching `within` when given.
 */
function fixableFindings(snapshot: DocumentSnapshot, settings: SxsSettings, within?: OffsetRange): { finding: Finding; fix: Fix }[] {
  const model = snapshot.model;
  const fixable: { finding: Finding; fix: Fix }[] = [];
  for (const finding of snapshot.findings(settings.maxFileSize).findings) {
    if (within && !rangesTouch(finding.range, within)) continue;
    const fix = finding.fix ?? problemFix(model, finding);
    if (!fix || fix.edits.length === 0 || severityOf(finding.code, settings) === 'off') continue;
    if (fix.edits.every((edit) => isInside(edit.range, confinement(model, finding)))) fixable.push({ finding, fix });
  }
  return fixable;
}

/** The parser's repair for a structural finding (the checks report structure without it). */
function problemFix(model: SxsDocument, finding: Finding): Fix | undefined {
  return problemFixes(model).get(problemKey(finding.code, finding.range));
}

const problemFixIndexes = new WeakMap<SxsDocument, Map<string, Fix>>();

/** The parser's repairs by code and range, built once per parsed document. */
function problemFixes(model: SxsDocument): Map<string, Fix> {
  let index = problemFixIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const problem of model.problems) if (problem.fix) index.set(problemKey(problem.code, problem.range), problem.fix);
    problemFixIndexes.set(model, index);
  }
  return index;
}

function problemKey(code: string, range: OffsetRange): string {
  return `${code}@${range.start}-${range.end}`;
}

/** Where a repair may write: its unit's bytes, or the finding's own range when no unit holds it. */
function confinement(model: SxsDocument, finding: Finding): OffsetRange {
  const unit: Unit | undefined = finding.unit !== undefined ? model.units[finding.unit] : unitsOverlapping(model, finding.range)[0];
  return unit ? unit.range : finding.range;
}

function isInside(inner: OffsetRange, outer: OffsetRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Offers for each empty translation in `requested`: the translations other units give the same
 * English, the most used first.
 */
function fillOffers(snapshot: DocumentSnapshot, requested: OffsetRange, context: CodeActionContext, options: CodeActionEditOptions): CodeAction[] {
  const model = snapshot.model;
  const offers: CodeAction[] = [];
  for (const unit of unitsOverlapping(model, requested)) {
    if (!unit.source || unit.translation.raw.trim() !== '' || unit.source.raw.trim() === '') continue;
    const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === 'empty-translation' && sameRange(diagnostic.range, toRange(snapshot.lines, unit.translation.range)));
    for (const candidate of translationsOfSameEnglish(model, unit).slice(0, MAX_FILL_OFFERS)) {
      const line = snapshot.lines.lineAt(candidate.example.range.start) + 1;
      offers.push({
        title: `Fill with the translation of the same English in ${candidate.example.id.text} (line ${line}): “${shorten(candidate.example.translation.text.trim())}”`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: false,
        edit: workspaceEdit(snapshot, [{ range: unit.translation.range, newText: candidate.raw }], options),
      });
    }
  }
  return offers;
}

/** Distinct non-empty translations of units whose English equals this unit's, most frequent first. */
function translationsOfSameEnglish(model: SxsDocument, unit: Unit): { raw: string; example: Unit }[] {
  const key = englishKey(unit);
  const counts = new Map<string, { raw: string; example: Unit; count: number }>();
  for (const other of unitsByEnglish(model).get(key) ?? []) {
    if (other === unit || other.translation.raw.trim() === '') continue;
    const entry = counts.get(other.translation.raw);
    if (entry) entry.count++;
    else counts.set(other.translation.raw, { raw: other.translation.raw, example: other, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.example.index - b.example.index);
}

const englishIndexes = new WeakMap<SxsDocument, Map<string, Unit[]>>();

/** Units grouped by their English (white space collapsed), built once per parsed document. */
function unitsByEnglish(model: SxsDocument): Map<string, Unit[]> {
  let index = englishIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const unit of model.units) {
      if (!unit.source) continue;
      const key = englishKey(unit);
      const group = index.get(key);
      if (group) group.push(unit);
      else index.set(key, [unit]);
    }
    englishIndexes.set(model, index);
  }
  return index;
}

function englishKey(unit: Unit): string {
  return (unit.source?.raw ?? '').replace(/\s+/g, ' ').trim();
}

function matchingDiagnostic(snapshot: DocumentSnapshot, finding: Finding, context: CodeActionContext, settings: SxsSettings): Diagnostic {
  const range = toRange(snapshot.lines, finding.range);
  const sent = context.diagnostics.find((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === finding.code && sameRange(diagnostic.range, range));
  return sent ?? toDiagnostic(snapshot, finding, settings)!;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && sameRange(a.range, b.range);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether the client asked for actions of `kind` (no `only` means every kind, unless `explicitOnly`). */
function wants(context: CodeActionContext, kind: string, explicitOnly = false): boolean {
  if (!context.only || context.only.length === 0) return !explicitOnly;
  return context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

function workspaceEdit(snapshot: DocumentSnapshot, edits: readonly OffsetEdit[], options: CodeActionEditOptions): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((edit) => toTextEdit(snapshot.lines, edit));
  if (options.documentChanges) return { documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version }, edits: textEdits }] };
  return { changes: { [snapshot.uri]: textEdits } };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? line.slice(0, 59) + '…' : line;
}
