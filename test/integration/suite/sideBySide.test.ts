/**
 * "SxS: Open Side by Side…": the English rebuilt from the article, the English original and the
 * other locales shown in the group beside, read-only where virtual, following edits, swapped in
 * place; from an English original, its translations.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, sampleUri, waitFor } from './helpers';
import { exportArticle, revertActiveEditor, sxsTesting, unitsOf, unitWithId, withSetting } from './clientHelpers';

/** The editor shown in the second group, once there is one. */
function besideEditor(): Promise<vscode.TextEditor> {
  return waitFor(() => vscode.window.visibleTextEditors.find((editor) => editor.viewColumn === vscode.ViewColumn.Two), 20_000, 'an editor in the second group');
}

/**
 * Runs the command, waits for its pick of versions, moves down it to the row whose label
 * includes `label` (waiting for the pick to highlight each row in turn) and accepts that row.
 * Returns the labels of the rows passed, the accepted one last.
 */
async function openSideBySideChoosing(label: string): Promise<string[]> {
  const testing = await sxsTesting();
  const running = vscode.commands.executeCommand('sxs.openSideBySide');
  const first = await waitFor(() => testing.sideBySidePickHighlight(), 20_000, 'the pick of versions to open');
  const seen = [first];
  while (!seen[seen.length - 1].includes(label)) {
    if (seen.length > 10) throw new Error(`the pick offers no row "${label}" (rows: ${seen.join(' | ')})`);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    const previous = seen[seen.length - 1];
    const next = await waitFor(() => (testing.sideBySidePickHighlight() !== previous ? testing.sideBySidePickHighlight() : undefined), 10_000, `the pick to move down from "${previous}"`);
    if (next === first) throw new Error(`the pick offers no row "${label}" (rows: ${seen.join(' | ')})`);
    seen.push(next);
  }
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await running;
  return seen;
}

suite('side by side', () => {
  const restore: (() => Promise<void>)[] = [];
  teardown(async () => {
    await revertActiveEditor();
    await closeAllEditors();
    while (restore.length > 0) await restore.pop()!();
  });

  test('shows the English rebuilt from the article beside it, without taking focus, and it cannot be edited', async () => {
    restore.push(await withSetting('sxs.sideBySide', 'default', 'englishFromArticle'));
    const french = await openSample(exportArticle.french);
    await unitsOf(french);
    await vscode.commands.executeCommand('sxs.openSideBySide');
    const english = await besideEditor();
    assert.equal(english.document.uri.scheme, 'sxs-english');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), french.document.uri.toString(), 'the article keeps the focus');
    assert.equal(english.document.languageId, 'markdown');
    const text = english.document.getText();
    assert.match(text, /^# <a name="power-automate-connector-preview"><\/a>Power Automate connector \(preview\)$/m);
    assert.ok(!text.includes('data-ttu-id') && !text.includes('sxs-lookup'), 'no unit markup left');
    assert.ok(!text.includes('Déclenchez') && text.includes('Trigger specific events to occur automatically'), 'the body is English');
    await vscode.window.showTextDocument(english.document, { viewColumn: english.viewColumn, preserveFocus: false });
    await vscode.commands.executeCommand('type', { text: 'typed ' });
    assert.equal(english.document.getText(), text, 'typing in the rebuilt English changes nothing');
    assert.equal(english.document.isDirty, false);
    assert.equal(await english.document.save(), false, 'the rebuilt English cannot be saved');
    const pairs = (await sxsTesting()).sideBySidePairs();
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0].choiceKey, 'english-article');
  });

  test('the rebuilt English follows edits of the article', async () => {
    restore.push(await withSetting('sxs.sideBySide', 'default', 'englishFromArticle'));
    const french = await openSample(exportArticle.french);
    const units = await unitsOf(french);
    await vscode.commands.executeCommand('sxs.openSideBySide');
    const english = await besideEditor();
    const source = unitWithId(units, '01895-105').sourceRange!;
    await french.edit((builder) => builder.replace(new vscode.Range(source.start.line, source.start.character, source.end.line, source.end.character), 'Power Automate triggers, revised'));
    await waitFor(() => english.document.getText().includes('## <a name="power-automate-triggers"></a>Power Automate triggers, revised'), 10_000, 'the English to show the edit');
  });

  test('asks which version, lists the English original and the other locales, and opens the chosen locale beside', async () => {
    restore.push(await withSetting('sxs.sideBySide', 'default', 'ask'));
    const french = await openSample(exportArticle.french);
    await unitsOf(french);
    const rows = await openSideBySideChoosing('nb-no');
    assert.ok(rows.includes('English original') && rows.some((row) => row.includes('ja-jp')), `the pick lists the English original and the other locales (rows: ${rows.join(' | ')})`);
    const beside = await besideEditor();
    assert.equal(beside.document.uri.toString(), sampleUri(exportArticle.norwegian).toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), french.document.uri.toString());
  });

  test('swapping replaces the version beside the article by the next one, in the same group', async () => {
    restore.push(await withSetting('sxs.sideBySide', 'default', 'englishFromArticle'));
    const french = await openSample(exportArticle.french);
    await unitsOf(french);
    await vscode.commands.executeCommand('sxs.openSideBySide');
    await besideEditor();
    await vscode.commands.executeCommand('sxs.swapSideBySide');
    const original = await waitFor(() => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === sampleUri(exportArticle.english).toString()), 10_000, 'the English original beside');
    assert.equal(original.viewColumn, vscode.ViewColumn.Two);
    const groupTwo = vscode.window.tabGroups.all.find((group) => group.viewColumn === vscode.ViewColumn.Two)!;
    assert.ok(!groupTwo.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'sxs-english'), 'the rebuilt English tab was replaced');
    assert.equal(vscode.window.tabGroups.all.length, 2, 'no third group');
  });

  test('from an English original, offers the translations and opens the chosen one beside', async () => {
    restore.push(await withSetting('sxs.sideBySide', 'default', 'ask'));
    const english = await openSample(exportArticle.english);
    await openSideBySideChoosing('fr-fr');
    const beside = await besideEditor();
    assert.equal(beside.document.uri.toString(), sampleUri(exportArticle.french).toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), english.document.uri.toString());
  });
});
