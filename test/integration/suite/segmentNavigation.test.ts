/**
 * Moving between segments from the keyboard: next/previous segment, next with findings, next
 * untranslated, Go to Segment with preview. Each selects the translation so typing replaces it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, waitFor } from './helpers';
import { asRange, exportArticle, placeCursor, revertActiveEditor, sxsTesting, unitsOf, unitWithId } from './clientHelpers';
import type { UnitSummary } from '../../../server/src/protocol';

/** The id of the unit whose translation the editor's selection covers exactly, or what is selected instead. */
function selectedUnit(editor: vscode.TextEditor, units: readonly UnitSummary[]): string {
  const unit = units.find((candidate) => asRange(candidate.translationRange).isEqual(editor.selection));
  return unit ? unit.id : `no unit: ${JSON.stringify(editor.document.getText(editor.selection))}`;
}

/** Waits until the editor's selection previews unit `id`: the sign the Go to Segment list shows and highlights it. */
async function previewOf(editor: vscode.TextEditor, units: readonly UnitSummary[], id: string, what: string): Promise<void> {
  await waitFor(() => selectedUnit(editor, units) === id, 15_000, what).catch((error: Error) => {
    throw new Error(`${error.message} (selected: ${selectedUnit(editor, units)})`);
  });
}

/** Replaces a unit's translation, as a reviewer typing over it would. */
async function retranslate(editor: vscode.TextEditor, unit: UnitSummary, text: string): Promise<void> {
  await editor.edit((builder) => builder.replace(asRange(unit.translationRange), text));
}

/** Waits until the server reports the unit in `predicate`'s state, and returns the fresh units. */
async function unitsOnceServerSees(editor: vscode.TextEditor, id: string, predicate: (unit: UnitSummary) => boolean): Promise<readonly UnitSummary[]> {
  const testing = await sxsTesting();
  return waitFor(async () => {
    const units = (await testing.documentUnits(editor.document))?.units;
    const unit = units?.find((candidate) => candidate.id === id);
    return unit && predicate(unit) ? units : undefined;
  }, 15_000, `the server to report ${id} as expected`);
}

suite('segment navigation', () => {
  teardown(async () => {
    await revertActiveEditor();
    await closeAllEditors();
  });

  test('next and previous segment select each translation in turn, also across units on one line', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    placeCursor(editor, asRange(unitWithId(units, '01895-108').range).start);
    const visited: string[] = [];
    for (let step = 0; step < 3; step++) {
      await vscode.commands.executeCommand('sxs.nextSegment');
      visited.push(selectedUnit(editor, units));
    }
    await vscode.commands.executeCommand('sxs.previousSegment');
    visited.push(selectedUnit(editor, units));
    assert.deepEqual(visited, ['01895-109', '01895-110', '01895-111', '01895-110']);
  });

  test('typing after a jump replaces the translation', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    placeCursor(editor, asRange(unitWithId(units, '01895-121').range).start);
    await vscode.commands.executeCommand('sxs.nextSegment');
    await vscode.commands.executeCommand('type', { text: 'Sur la vignette **Power Automate**, cliquez sur **Configurer**.' });
    assert.match(editor.document.lineAt(asRange(unitWithId(units, '01895-122').range).start.line).text, /<span data-ttu-id="01895-122">Sur la vignette \*\*Power Automate\*\*, cliquez sur \*\*Configurer\*\*\.<\/span><span class="sxs-lookup">/);
  });

  test('next segment with findings goes to a unit whose bold markers the translation lost, round the end', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    await retranslate(editor, unitWithId(units, '01895-122'), 'Sur la vignette Power Automate, sélectionnez **Configurer**.');
    const fresh = await unitsOnceServerSees(editor, '01895-122', (unit) => unit.findings > 0);
    const firstWithFindings = fresh.find((unit) => unit.findings > 0)!.id;
    placeCursor(editor, asRange(unitWithId(fresh, '01895-122').range).end.translate(0, 1));
    await vscode.commands.executeCommand('sxs.nextProblem');
    const after = fresh.filter((unit) => unit.findings > 0 && unit.index > unitWithId(fresh, '01895-122').index);
    assert.equal(selectedUnit(editor, fresh), after[0]?.id ?? firstWithFindings);
    placeCursor(editor, new vscode.Position(0, 0));
    await vscode.commands.executeCommand('sxs.nextProblem');
    assert.equal(selectedUnit(editor, fresh), firstWithFindings);
  });

  test('next untranslated finds a unit left in English and one emptied', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    await retranslate(editor, unitWithId(units, '01895-128'), '');
    await retranslate(editor, unitWithId(await unitsOnceServerSees(editor, '01895-128', (unit) => unit.status === 'empty'), '01895-125'), 'Choose one of the available triggers and add more steps to your new flow.');
    const fresh = await unitsOnceServerSees(editor, '01895-125', (unit) => unit.status === 'unchanged');
    placeCursor(editor, asRange(unitWithId(fresh, '01895-121').range).start);
    await vscode.commands.executeCommand('sxs.nextUntranslated');
    assert.equal(selectedUnit(editor, fresh), '01895-125');
    await vscode.commands.executeCommand('sxs.nextUntranslated');
    assert.equal(selectedUnit(editor, fresh), '01895-128');
    assert.equal(editor.selection.isEmpty, true, 'an empty translation leaves the cursor between the tags, ready to type');
  });

  test('Go to Segment previews units as the list moves and puts the cursor back when cancelled', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    const start = asRange(unitWithId(units, '01895-104').range).start.translate(0, 3);
    placeCursor(editor, start);
    const picking = vscode.commands.executeCommand('sxs.goToSegment');
    await previewOf(editor, units, '01895-104', 'the list to open on the unit at the cursor and preview it');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await previewOf(editor, units, '01895-106', 'moving down the list to preview the unit');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await picking;
    assert.ok(editor.selection.isEmpty && editor.selection.active.isEqual(start), 'cancelling restores the cursor');

    const accepting = vscode.commands.executeCommand('sxs.goToSegment');
    await previewOf(editor, units, '01895-104', 'the list to open again on the unit at the cursor');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await previewOf(editor, units, '01895-105', 'the list to preview the next unit');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await accepting;
    assert.equal(selectedUnit(editor, units), '01895-105');
  });
});
