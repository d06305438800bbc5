/**
 * Diagnostics given again for a new version: those whose places did not move are the very
 * objects of the answer before (nothing new to make, and an unchanged list is seen at once);
 * every other one is made again, so the list equals what a fresh snapshot answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Finding } from '../../../server/src/checks/finding';
import { LineIndex } from '../../../server/src/core/lineIndex';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { DiagnosticMemo } from '../../../server/src/features/diagnosticMemo';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { articleWorkspaceFindings } from '../../../server/src/workspace/findings/articleWorkspaceFindings';
import { ConsistencyCache } from '../../../server/src/workspace/findings/consistencyFindings';
import { workspaceDiagnostics } from '../../../server/src/workspaceReview/workspaceDiagnostics';
import { FIXTURE_URI, settings, unit } from './support/featureFixture';

const SETTINGS = settings();

/** The diagnostics of `snapshot` with the article's consistency findings, as the server makes them. */
function diagnostics(snapshot: DocumentSnapshot, consistency: ConsistencyCache, memo?: DiagnosticMemo): Diagnostic[] {
  const found = articleWorkspaceFindings({ uri: snapshot.uri, text: snapshot.text, model: snapshot.model, locale: 'fr-fr', consistency });
  return diagnosticsOf(snapshot, SETTINGS, workspaceDiagnostics(snapshot, found, SETTINGS, undefined), memo);
}

describe('diagnostics given again', () => {
  it('are the same objects where nothing moved, and new, as fresh ones, where a range, a related place or the unit moved', () => {
    const first = unit('f9f29-101', 'Sélectionnez Enregistrer.', 'Select Save.');
    const middle = unit('f9f29-102', 'Ouvrez le fichier', 'Open the file.');
    const last = unit('f9f29-103', 'Choisissez Enregistrer.', 'Select Save.');
    let text = [first, middle, last].join('\n\n');
    let snapshot = new DocumentSnapshot(FIXTURE_URI, 1, text);
    const consistency = new ConsistencyCache();
    const memo = new DiagnosticMemo();
    let before = diagnostics(snapshot, consistency, memo);
    const byCode = (list: Diagnostic[], code: string) => list.filter((diagnostic) => diagnostic.code === code);
    assert.equal(byCode(before, 'inconsistent-translation').length, 2, 'units 101 and 103 translate “Select Save.” two ways');
    assert.equal(byCode(before, 'end-punctuation').length, 1, 'unit 102 lacks its full stop');

    const edit = (start: number, end: number, inserted: string): Diagnostic[] => {
      text = text.slice(0, start) + inserted + text.slice(end);
      snapshot = new DocumentSnapshot(FIXTURE_URI, snapshot.version + 1, text, snapshot.baseForNextVersion(), { range: { start, end }, text: inserted });
      const after = diagnostics(snapshot, consistency, memo);
      assert.deepEqual(after, diagnostics(new DocumentSnapshot(FIXTURE_URI, snapshot.version, text), new ConsistencyCache()), 'as a fresh snapshot answers');
      return after;
    };

    // A letter typed into unit 102: the two units of “Select Save.” are on other lines.
    const typed = text.indexOf('le fichier');
    let after = edit(typed, typed, 'X');
    for (const [index, diagnostic] of byCode(after, 'inconsistent-translation').entries()) assert.equal(diagnostic, byCode(before, 'inconsistent-translation')[index], 'not made again');
    assert.notEqual(byCode(after, 'end-punctuation')[0], byCode(before, 'end-punctuation')[0], 'the finding of the edited unit is new');

    // A paragraph added between them: unit 101's squiggle stays, its related place (unit 103) moves down, and 103 becomes the fourth unit.
    before = after;
    const between = text.indexOf('\n\n') + 2;
    after = edit(between, between, `${unit('f9f29-104', 'Fermez la fenêtre.', 'Close the window.')}\n\n`);
    const [ofFirst, ofLast] = byCode(after, 'inconsistent-translation');
    assert.deepEqual(ofFirst.range, byCode(before, 'inconsistent-translation')[0].range);
    assert.notEqual(ofFirst, byCode(before, 'inconsistent-translation')[0], 'its related place moved: made again');
    assert.equal(ofFirst.relatedInformation![0].location.range.start.line, 6);
    assert.deepEqual(ofLast.data, { unit: 3 });

    // A unit appended to unit 102's line: unit 103 keeps its place but is now the fifth unit, as code actions read in `data`.
    before = after;
    const lineEnd = text.indexOf('\n', text.indexOf('f9f29-102'));
    after = edit(lineEnd, lineEnd, ` ${unit('f9f29-105', 'Enregistrez.', 'Save it.')}`);
    assert.deepEqual(byCode(after, 'inconsistent-translation')[1].range, byCode(before, 'inconsistent-translation')[1].range);
    assert.deepEqual(byCode(after, 'inconsistent-translation')[1].data, { unit: 4 });
  });

  it('makes a diagnostic again when a line break before its range on the same line moved it to the next line, the offsets unchanged', () => {
    const finding: Finding = { code: 'quotes', message: 'unbalanced', range: { start: 10, end: 12 }, severity: 'warning' };
    const memo = new DiagnosticMemo();
    const make = (lines: LineIndex) => (): Diagnostic => ({ range: { start: lines.positionAt(10), end: lines.positionAt(12) }, message: finding.message });
    const oneLine = new LineIndex('0123456789abcdef');
    const first = memo.diagnosticOf(finding, oneLine, SETTINGS, make(oneLine));
    assert.equal(memo.diagnosticOf(finding, oneLine, SETTINGS, make(oneLine)), first, 'nothing moved: the same object');
    // A character before it replaced by a line break: line 0 still starts at 0, but offset 10 is now on line 1.
    const twoLines = new LineIndex('01234\n6789abcdef');
    const again = memo.diagnosticOf(finding, twoLines, SETTINGS, make(twoLines));
    assert.notEqual(again, first);
    assert.deepEqual(again!.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
  });
});
