/**
 * The workspace's code actions on a unit: the translation memory's offers on empty, unchanged
 * and stale units ("Use 92 % match from `ci-docs/x.md`", replacing the translation half with the
 * stored translation), taking the current English into a stale unit, and the other translations
 * of an inconsistent one. Every edit stays inside its unit; none is preferred but the English
 * update, so nothing is applied without the user choosing it.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { OffsetEdit, Unit } from '../core/model';
import { toOffsetRange, toRange, toTextEdit } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { DIAGNOSTIC_SOURCE } from '../features/diagnostics';
import { unitsOverlapping } from '../features/unitLookup';
import { severityOf, type SxsSettings } from '../settings';
import type { ArticleWorkspaceFindings } from '../workspace/findings/articleWorkspaceFindings';
import { normalizeSentence } from '../workspace/memory/matchScore';
import type { TranslationMemory } from '../workspace/memory/translationMemory';
import { displayPath, memoryMatchesFor } from './workspaceHover';

/** Memory offers per unit. */
export const MEMORY_OFFERS = 3;

export function workspaceCodeActions(
  snapshot: DocumentSnapshot,
  range: Range,
  context: CodeActionContext,
  result: ArticleWorkspaceFindings | undefined,
  memory: TranslationMemory,
  locale: string | undefined,
  settings: SxsSettings,
  documentChanges: boolean,
): CodeAction[] {
  if (!snapshot.isLocalized || (context.only && context.only.length > 0 && !context.only.some((kind) => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`)))) return [];
  const actions: CodeAction[] = [];
  for (const unit of unitsOverlapping(snapshot.model, toOffsetRange(snapshot.lines, range))) {
    const findings = (result?.findings ?? []).filter((finding) => finding.unit === unit.index && severityOf(finding.code, settings) !== 'off');
    for (const finding of findings) {
      const diagnostics = sentDiagnostics(snapshot, context, unit, finding.code);
      if (finding.fix) actions.push(action(snapshot, finding.fix.title, finding.fix.edits, diagnostics, true, documentChanges));
      for (const alternative of finding.alternatives ?? []) actions.push(action(snapshot, alternative.title, alternative.edits, diagnostics, false, documentChanges));
    }
    const stale = result?.unitStatus[unit.index] === 'stale';
    if (!locale || !unit.source || !(isEmpty(unit) || isUnchanged(unit) || stale)) continue;
    const diagnostics = [...sentDiagnostics(snapshot, context, unit, 'empty-translation'), ...sentDiagnostics(snapshot, context, unit, 'unchanged'), ...sentDiagnostics(snapshot, context, unit, 'source-changed')];
    for (const match of memoryMatchesFor(snapshot, unit, result, memory, locale, MEMORY_OFFERS)) {
      actions.push(action(snapshot, `Use ${match.percentage} % match from \`${displayPath(match.file)}\`: “${shorten(normalizeSentence(match.translation))}”`, [{ range: unit.translation.range, newText: match.translation }], diagnostics, false, documentChanges));
    }
  }
  return actions;
}

function isEmpty(unit: Unit): boolean {
  return unit.translation.raw.trim() === '' && unit.source!.raw.trim() !== '';
}

function isUnchanged(unit: Unit): boolean {
  return unit.translation.text.trim() !== '' && unit.translation.text.trim() === unit.source!.text.trim();
}

function sentDiagnostics(snapshot: DocumentSnapshot, context: CodeActionContext, unit: Unit, code: string): Diagnostic[] {
  const unitRange = toRange(snapshot.lines, unit.range);
  return context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === code && within(diagnostic.range, unitRange));
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function action(snapshot: DocumentSnapshot, title: string, edits: readonly OffsetEdit[], diagnostics: Diagnostic[], isPreferred: boolean, documentChanges: boolean): CodeAction {
  const textEdits: TextEdit[] = edits.map((edit) => toTextEdit(snapshot.lines, edit));
  const edit: WorkspaceEdit = documentChanges
    ? { documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version }, edits: textEdits }] }
    : { changes: { [snapshot.uri]: textEdits } };
  return { title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
