/**
 * Side-by-side panes kept in step: the cursor or the scroll position in one pane reveals and
 * highlights the matching unit in the other (the rebuilt English, another locale, the English
 * original), with no ping-pong, and not at all when `sxs.sideBySide.sync` is off.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, waitFor } from './helpers';
import { asRange, exportArticle, placeCursor, sxsTesting, unitsOf, unitWithId, withSetting } from './clientHelpers';
import type { FollowRecord } from '../../../client/src/sideBySide/sideBySideSync';

async function openBeside(defaultChoice: string): Promise<{ article: vscode.TextEditor; beside: vscode.TextEditor }> {
  const restore = await withSetting('sxs.sideBySide', 'default', defaultChoice);
  try {
    await vscode.commands.executeCommand('sxs.openSideBySide');
  } finally {
    await restore();
  }
  const beside = await waitFor(() => vscode.window.visibleTextEditors.find((editor) => editor.viewColumn === vscode.ViewColumn.Two), 20_000, 'an editor beside');
  const article = vscode.window.visibleTextEditors.find((editor) => editor.viewColumn === vscode.ViewColumn.One)!;
  return { article, beside };
}

/** The follows made so far, to tell new ones from. */
async function followsSoFar(): Promise<ReadonlySet<FollowRecord>> {
  return new Set((await sxsTesting()).follows());
}

/** Waits for a follow not in `before` matching `expected` and returns it. */
async function followMatching(before: ReadonlySet<FollowRecord>, expected: (record: FollowRecord) => boolean, what: string): Promise<FollowRecord> {
  const testing = await sxsTesting();
  return waitFor(() => testing.follows().find((record) => !before.has(record) && expected(record)), 10_000, what).catch((error: Error) => {
    throw new Error(`${error.message}; follows: ${describeFollows(testing.follows().filter((record) => !before.has(record)))}`);
  });
}

/** Follows as text, for failure messages. */
function describeFollows(records: readonly FollowRecord[]): string {
  return records.map((record) => `${record.cause} ${record.from.path.split('/').slice(-3).join('/')}:${record.fromId} → ${record.toId} line ${record.highlight.start.line}`).join('; ') || 'none';
}

function isVisible(editor: vscode.TextEditor, range: vscode.Range): boolean {
  return editor.visibleRanges.some((visible) => visible.intersection(range) !== undefined);
}

/**
 * Waits until the panes are still: every event delivered has been followed or taken as the
 * echo of our own move, and no echo is still expected. What has not moved by then never will.
 */
async function syncSettled(): Promise<void> {
  const testing = await sxsTesting();
  await waitFor(() => testing.sideBySideSettled(), 15_000, 'the side-by-side panes to settle');
}

/** Waits for the selection change VS Code reports after `change`, for `editor` (the sync hears the same event). */
async function selectionReported(editor: vscode.TextEditor, change: () => void): Promise<void> {
  const reported = new Promise<void>((resolve) => {
    const listener = vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document.uri.toString() !== editor.document.uri.toString()) return;
      listener.dispose();
      resolve();
    });
  });
  change();
  await reported;
}

suite('side by side sync', () => {
  const restore: (() => Promise<void>)[] = [];
  teardown(async () => {
    await closeAllEditors();
    while (restore.length > 0) await restore.pop()!();
  });

  test('opening the English beside leaves the article where it was', async () => {
    const french = await openSample(exportArticle.french);
    const units = await unitsOf(french);
    const target = asRange(unitWithId(units, '01895-128').range);
    french.revealRange(target, vscode.TextEditorRevealType.AtTop);
    placeCursor(french, target.start);
    await waitFor(() => isVisible(french, target), 10_000, 'the article to show the unit');
    await syncSettled();
    const topBefore = french.visibleRanges[0].start.line;
    const before = await followsSoFar();
    const { beside } = await openBeside('englishFromArticle');
    const record = await followMatching(before, (follow) => follow.cause === 'open', 'the English to open at the cursor unit');
    assert.equal(record.toId, '01895-128');
    await syncSettled();
    // The group beside narrows the article, and word wrap may then shift its top by a line: what
    // must hold is that nothing moved it (no follow into it) and the cursor's unit stayed in view.
    const since = (await sxsTesting()).follows().filter((follow) => !before.has(follow));
    assert.deepEqual(since.filter((follow) => follow.to.toString() === french.document.uri.toString()), [], `nothing scrolled the article (follows: ${describeFollows(since)})`);
    assert.ok(isVisible(french, target), `the article still shows the unit at the cursor (top line ${topBefore} before, ${french.visibleRanges[0].start.line} after)`);
    await waitFor(() => isVisible(beside, record.highlight), 10_000, 'the English unit to be on screen');
  });

  test('the cursor in the article reveals and highlights the same unit in the rebuilt English', async () => {
    const french = await openSample(exportArticle.french);
    const units = await unitsOf(french);
    const { beside } = await openBeside('englishFromArticle');
    const target = unitWithId(units, '01895-121');
    const before = await followsSoFar();
    placeCursor(french, asRange(target.translationRange).start.translate(0, 2));
    const record = await followMatching(before, (follow) => follow.cause === 'cursor' && follow.fromId === '01895-121', 'the English to follow the cursor');
    assert.equal(record.toId, '01895-121');
    assert.equal(record.to.toString(), beside.document.uri.toString());
    assert.equal(beside.document.getText(record.highlight), unitWithId(units, '01895-121').source);
    await waitFor(() => isVisible(beside, record.highlight), 5_000, 'the English unit to be on screen');
  });

  test('scrolling the English scrolls the article to the same unit, and nothing bounces back', async () => {
    const french = await openSample(exportArticle.french);
    await unitsOf(french);
    const before = await followsSoFar();
    const { beside } = await openBeside('englishFromArticle');
    await followMatching(before, (follow) => follow.cause === 'open', 'the English to open at the cursor unit');
    await syncSettled();
    const beforeScroll = await followsSoFar();
    const lastLine = beside.document.lineCount - 1;
    beside.revealRange(new vscode.Range(lastLine - 3, 0, lastLine - 3, 0), vscode.TextEditorRevealType.AtTop);
    const record = await followMatching(beforeScroll, (follow) => follow.cause === 'scroll' && follow.from.scheme === 'sxs-english', 'the article to follow the scroll');
    assert.ok(record.highlight.start.line > 40, `the article scrolled to line ${record.highlight.start.line}, near its end`);
    assert.equal(record.to.toString(), french.document.uri.toString());
    // The reveal reaches the editor, and comes back as its scroll, after the follow is recorded.
    await waitFor(() => isVisible(french, record.highlight), 10_000, 'the matching French unit to be on screen');
    await syncSettled();
    const after = (await sxsTesting()).follows().filter((follow) => !beforeScroll.has(follow));
    assert.deepEqual(after.slice(after.indexOf(record) + 1), [], `the article scrolling did not move the English again (follows: ${describeFollows(after)})`);
  });

  test('between two locales, the cursor finds the unit with the same number under the other prefix', async () => {
    const french = await openSample(exportArticle.french);
    await unitsOf(french);
    await openBeside('englishFromArticle');
    // Show Next Version steps through the versions (English original, ja-jp, nb-no, ...) to the Norwegian.
    const besideIsNorwegian = () => vscode.window.visibleTextEditors.find((editor) => editor.viewColumn === vscode.ViewColumn.Two && editor.document.uri.path.includes('/nb-no/'));
    for (let step = 0; step < 6 && !besideIsNorwegian(); step++) await vscode.commands.executeCommand('sxs.swapSideBySide');
    const norwegian = await waitFor(besideIsNorwegian, 10_000, 'the Norwegian article beside');
    const norwegianUnits = await unitsOf(norwegian);
    const frenchUnits = await unitsOf(french);
    const before = await followsSoFar();
    placeCursor(french, asRange(unitWithId(frenchUnits, '01895-116').range).start);
    const record = await followMatching(before, (follow) => follow.fromId === '01895-116' && follow.to.path.includes('/nb-no/'), 'the Norwegian to follow');
    const match = norwegianUnits.find((unit) => unit.id === record.toId)!;
    assert.match(record.toId, /-116$/);
    assert.notEqual(record.toId, '01895-116');
    assert.equal(match.source, unitWithId(frenchUnits, '01895-116').source);
    assert.deepEqual(record.highlight, asRange(match.translationRange));
  });

  test('the English original beside the article follows it sentence by sentence', async () => {
    const french = await openSample(exportArticle.french);
    const units = await unitsOf(french);
    const { beside } = await openBeside('englishOriginal');
    assert.equal(beside.document.uri.path.includes('/en-us/'), true);
    const before = await followsSoFar();
    placeCursor(french, asRange(unitWithId(units, '01895-110').range).start);
    const record = await followMatching(before, (follow) => follow.fromId === '01895-110' && follow.to.path.includes('/en-us/'), 'the English original to follow');
    assert.equal(beside.document.getText(record.highlight), 'The trigger is limited to crossing above the threshold.');
  });

  test('with sxs.sideBySide.sync off, the panes move independently', async () => {
    const french = await openSample(exportArticle.french);
    const units = await unitsOf(french);
    await openBeside('englishFromArticle');
    restore.push(await withSetting('sxs.sideBySide', 'sync', false));
    await waitFor(() => vscode.workspace.getConfiguration('sxs.sideBySide').get('sync') === false, 10_000, 'the setting to reach the extension');
    const before = await followsSoFar();
    await selectionReported(french, () => placeCursor(french, asRange(unitWithId(units, '01895-119').range).start));
    await syncSettled();
    assert.deepEqual((await sxsTesting()).follows().filter((follow) => !before.has(follow)), []);
  });
});
