/**
 * Applies every quick fix the server offers on an article, each on its own, the way the editor
 * applies it (LSP text edits through `TextDocument.applyEdits`), and asserts that it changed
 * only the intended bytes: the result equals the model's offset edits applied, nothing outside
 * the edited ranges differs, the edits stay in their unit, and the re-parsed text has the
 * finding gone and no new structural problem.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { checkDocument } from '../../../server/src/checks/index';
import { CHECK_CODES } from '../../../server/src/checks/checkCodes';
import type { Finding } from '../../../server/src/checks/finding';
import type { OffsetEdit, OffsetRange, SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { codeActionsOf, FIX_ALL_KIND } from '../../../server/src/features/codeActions';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { textChangeBetween } from '../../../server/src/textChange';
import { assertModelInvariants } from './modelInvariants';

/** What applying the fixes of one article did. */
export interface FixTally {
  /** Quick fixes applied, by finding code. */
  readonly applied: Map<string, number>;
  /** Certain repairs of the model or checks that the server did not offer, with the reason seen. */
  readonly notOffered: string[];
}

const STRUCTURE_CODES = new Set(Object.entries(CHECK_CODES).filter(([, info]) => info.family === 'structure').map(([code]) => code));

/** Applies offset edits (non-overlapping) to a text. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}

/** Counts findings by code. */
function countByCode(findings: readonly { code: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return counts;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The text edits of a code action addressed to `uri` (either form of workspace edit). */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.changes?.[uri];
  if (changes) return changes;
  const documentEdit = action.edit?.documentChanges?.find((change) => 'textDocument' in change && change.textDocument.uri === uri);
  return documentEdit && 'edits' in documentEdit ? (documentEdit.edits as TextEdit[]) : [];
}

/**
 * Asserts that `after` differs from `before` only between the first and the last edited offset
 * (offsets in `before`): everything before the first edit and after the last is byte-identical.
 */
export function assertChangedOnlyInside(before: string, after: string, ranges: readonly OffsetRange[], what: string): void {
  const first = Math.min(...ranges.map((range) => range.start));
  const last = Math.max(...ranges.map((range) => range.end));
  const keptEnd = before.length - last;
  assert.ok(after.length >= first + keptEnd, `${what}: the result is shorter than the bytes the edits must keep`);
  assert.ok(after.startsWith(before.slice(0, first)), `${what}: bytes before the edits (0-${first}) changed at ${textChangeBetween(before.slice(0, first), after.slice(0, first)).range.start}`);
  assert.ok(after.endsWith(before.slice(last)), `${what}: bytes after the edits (${last}-${before.length}) changed`);
}

/** Where a finding's fix may write: its unit, else its own range. */
function confinementOf(doc: SxsDocument, finding: Finding): OffsetRange {
  if (finding.unit !== undefined) return doc.units[finding.unit].range;
  const unit = doc.units.find((candidate) => candidate.range.start < finding.range.end && finding.range.start < candidate.range.end);
  return unit ? unit.range : finding.range;
}

/** The model's certain repair of a finding: the check's own, or the parser's for a structural problem. */
function certainRepair(doc: SxsDocument, finding: Finding): { readonly title: string; readonly edits: readonly OffsetEdit[] } | undefined {
  if (finding.fix) return finding.fix;
  return doc.problems.find((problem) => problem.code === finding.code && problem.range.start === finding.range.start && problem.range.end === finding.range.end)?.fix;
}

/** Checks the article after one applied fix: finding gone, no new structural problem, model sound. */
function assertRepaired(beforeCounts: Map<string, number>, after: string, code: string, locale: string | undefined, what: string): void {
  const doc = parse(after);
  assertModelInvariants(doc);
  const afterCounts = countByCode(checkDocument(doc, { locale }));
  assert.ok((afterCounts.get(code) ?? 0) < (beforeCounts.get(code) ?? 0), `${what}: still ${afterCounts.get(code) ?? 0} \`${code}\` findings after the fix (${beforeCounts.get(code)} before)`);
  for (const structural of STRUCTURE_CODES) {
    assert.ok((afterCounts.get(structural) ?? 0) <= (beforeCounts.get(structural) ?? 0), `${what}: the fix added a \`${structural}\` problem`);
  }
}

/**
 * Offers and applies every quick fix on `text` (one at a time, each on the original), then the
 * fix-all action; asserts each is exact. `uri` names the locale by its folder when the front
 * matter does not.
 */
export function applyEveryOfferedFix(text: string, uri: string, tally: FixTally): void {
  const snapshot = new DocumentSnapshot(uri, 1, text);
  const settings = DEFAULT_SETTINGS;
  const doc = snapshot.model;
  const locale = doc.frontMatter?.keys.contentLocale ?? /\/([a-z]{2}-[a-z]{2,4})\//i.exec(uri)?.[1];
  const findings = snapshot.findings(settings.maxFileSize).findings;
  const beforeCounts = countByCode(findings);
  const diagnostics = diagnosticsOf(snapshot, settings);
  const document = TextDocument.create(uri, 'markdown', 1, text);

  for (const finding of findings) {
    const repair = certainRepair(doc, finding);
    // Positions from the client's own library: a server that counted lines differently would miss here.
    const range = { start: document.positionAt(finding.range.start), end: document.positionAt(finding.range.end) };
    const sent: Diagnostic[] = diagnostics.filter((diagnostic) => diagnostic.code === finding.code && sameRange(diagnostic.range, range));
    const actions = codeActionsOf(snapshot, range, { diagnostics: sent, only: ['quickfix'] }, settings, { documentChanges: false }).filter((action) =>
      action.diagnostics?.some((diagnostic) => diagnostic.code === finding.code && sameRange(diagnostic.range, range)),
    );
    if (repair && actions.length === 0) tally.notOffered.push(`${finding.code} at ${finding.range.start}: ${finding.message}`);
    for (const action of actions) {
      const what = `${uri}: "${action.title}" for ${finding.code} at ${finding.range.start}`;
      const edits = editsOf(action, uri);
      assert.ok(edits.length > 0, `${what}: no edits`);
      const after = TextDocument.applyEdits(document, edits);
      const offsetRanges = edits.map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) }));
      assertChangedOnlyInside(text, after, offsetRanges, what);
      const confinement = confinementOf(doc, finding);
      for (const edited of offsetRanges) assert.ok(edited.start >= confinement.start && edited.end <= confinement.end, `${what}: edit ${edited.start}-${edited.end} leaves its unit ${confinement.start}-${confinement.end}`);
      if (repair && action.title === repair.title) assert.equal(after, applyOffsetEdits(text, repair.edits), `${what}: the editor's result differs from the model's edits`);
      assertRepaired(beforeCounts, after, finding.code, locale, what);
      tally.applied.set(finding.code, (tally.applied.get(finding.code) ?? 0) + 1);
    }
  }

  const fixAll = codeActionsOf(snapshot, { start: document.positionAt(0), end: document.positionAt(0) }, { diagnostics: [], only: [FIX_ALL_KIND] }, settings, { documentChanges: false });
  for (const action of fixAll) {
    const what = `${uri}: "${action.title}"`;
    const edits = editsOf(action, uri);
    const after = TextDocument.applyEdits(document, edits);
    const fixedDoc = parse(after);
    assertModelInvariants(fixedDoc);
    const afterCounts = countByCode(checkDocument(fixedDoc, { locale }));
    for (const structural of STRUCTURE_CODES) assert.ok((afterCounts.get(structural) ?? 0) <= (beforeCounts.get(structural) ?? 0), `${what}: added a \`${structural}\` problem`);
    const unitRanges = doc.units.map((unit) => unit.range);
    for (const edit of edits) {
      const start = document.offsetAt(edit.range.start);
      const end = document.offsetAt(edit.range.end);
      assert.ok(unitRanges.some((unit) => start >= unit.start && end <= unit.end), `${what}: edit ${start}-${end} is in no unit`);
    }
    tally.applied.set('(fix all)', (tally.applied.get('(fix all)') ?? 0) + 1);
  }
}
