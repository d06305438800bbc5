/**
 * The status bar entry of a localized article, and reading mode: the English halves hidden,
 * the tags dimmed, the cursor's units left visible, remembered per document.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, waitFor } from './helpers';
import { asRange, exportArticle, placeCursor, sxsTesting, unitsOf, unitWithId } from './clientHelpers';

suite('status bar', () => {
  teardown(closeAllEditors);

  test('shows locale, translation type, units and findings of the active article, and hides for English', async () => {
    const french = await openSample(exportArticle.french);
    const units = await unitsOf(french);
    const testing = await sxsTesting();
    const findings = units.reduce((sum, unit) => sum + unit.findings, 0);
    const text = await waitFor(() => testing.statusBarText(), 10_000, 'the status bar entry');
    assert.equal(text, `$(globe) fr-fr · HT · ${units.length} units · ${findings > 0 ? `$(warning) ${findings}` : '$(check)'}`);
    await openSample(exportArticle.english);
    await waitFor(() => testing.statusBarText() === undefined, 10_000, 'the entry to hide on the English original');
  });
});

suite('reading mode', () => {
  teardown(closeAllEditors);

  test('hides every English half except on the cursor line, dims the tags, and turns off again', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    const testing = await sxsTesting();
    const cursorUnit = unitWithId(units, '01895-109');
    placeCursor(editor, asRange(cursorUnit.translationRange).start);
    await vscode.commands.executeCommand('sxs.toggleReadingMode');
    const ranges = await waitFor(() => testing.readingMode(editor.document.uri).ranges, 10_000, 'reading mode to apply');
    assert.equal(testing.readingMode(editor.document.uri).on, true);
    const cursorLine = asRange(cursorUnit.range).start.line;
    const onCursorLine = units.filter((unit) => asRange(unit.range).start.line === cursorLine).length;
    assert.equal(ranges.hidden.length, units.length - onCursorLine);
    for (const range of ranges.hidden) {
      assert.match(editor.document.getText(asRange(range)), /^<\/span><span class="sxs-lookup"><span data-stu-id="01895-\d+">[\s\S]*<\/span><\/span>$/);
    }
    assert.ok(ranges.dimmed.some((range) => editor.document.getText(asRange(range)) === '<span data-ttu-id="01895-103">'));
    assert.ok(ranges.dimmed.some((range) => editor.document.getText(asRange(range)) === '<a name="power-automate-triggers"></a>'));

    placeCursor(editor, asRange(unitWithId(units, '01895-127').range).start);
    await waitFor(() => testing.readingMode(editor.document.uri).ranges?.hidden.some((range) => range.start.line === cursorLine), 5_000, 'the first cursor line to be hidden again');
    assert.ok(!testing.readingMode(editor.document.uri).ranges!.hidden.some((range) => range.start.line === asRange(unitWithId(units, '01895-127').range).start.line));

    await vscode.commands.executeCommand('sxs.toggleReadingMode');
    assert.equal(testing.readingMode(editor.document.uri).on, false);
    assert.equal(testing.readingMode(editor.document.uri).ranges, undefined);
  });

  test('is remembered for the document when it is opened again, and only for it', async () => {
    const french = await openSample(exportArticle.french);
    await unitsOf(french);
    const testing = await sxsTesting();
    await vscode.commands.executeCommand('sxs.toggleReadingMode');
    await closeAllEditors();
    const again = await openSample(exportArticle.french);
    await waitFor(() => testing.readingMode(again.document.uri).ranges, 10_000, 'reading mode to come back');
    const norwegian = await openSample(exportArticle.norwegian);
    await unitsOf(norwegian);
    assert.equal(testing.readingMode(norwegian.document.uri).on, false);
    await openSample(exportArticle.french);
    await vscode.commands.executeCommand('sxs.toggleReadingMode');
    assert.equal(testing.readingMode(again.document.uri).on, false);
  });
});
