/**
 * XLIFF through the editor commands in a real VS Code: "Export to XLIFF" writes the article's
 * file, "Import XLIFF" of it with one target changed is one edit of that translation only, and
 * one undo takes it back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from '../../../server/src/core/parse';
import { escapeXmlText } from '../../../server/src/interchange/xmlText';
import type { ExportXliffOutcome } from '../../../client/src/interchange/exportXliffCommand';
import type { ImportXliffOutcome } from '../../../client/src/interchange/importXliffCommand';
import { closeAllEditors, frenchSeedArticle, openSample, runningSxsExtension, sampleUri, waitFor } from './helpers';
import { revertActiveEditor } from './clientHelpers';

suite('XLIFF export and import', () => {
  teardown(async () => {
    await revertActiveEditor();
    await closeAllEditors();
  });

  test('export, change one target, import: one undoable edit of that translation only', async () => {
    const editor = await openSample(frenchSeedArticle);
    await runningSxsExtension();
    const before = editor.document.getText();
    const output = sampleUri('xliff-out');
    const exported = await vscode.commands.executeCommand<ExportXliffOutcome>('sxs.exportXliff', editor.document.uri, undefined, { version: '1.2', outputFolder: output });
    assert.equal(exported?.written, 1);
    const xliffUri = vscode.Uri.joinPath(output, 'troubleshoot-flow-authentication-errors.xlf');
    const xliff = new TextDecoder().decode(await vscode.workspace.fs.readFile(xliffUri));

    // A translated unit without inline markup: its target in our own output is its text as written.
    const unit = parse(before).units.find((candidate) => candidate.source && candidate.translation.raw !== candidate.source.raw && /^[^<>&*`[\]_]{20,}$/.test(candidate.translation.raw));
    assert.ok(unit, 'a plain translated unit');
    const target = `<target state="translated">${escapeXmlText(unit.translation.raw)}</target>`;
    assert.ok(xliff.includes(target), 'the target as exported');
    await vscode.workspace.fs.writeFile(xliffUri, new TextEncoder().encode(xliff.replace(target, '<target state="translated">Phrase révisée dans un outil de TAO.</target>')));

    const imported = await vscode.commands.executeCommand<ImportXliffOutcome>('sxs.importXliff', xliffUri, editor.document.uri);
    assert.deepEqual(imported, { imported: 1, rejected: 0, skipped: 0 });
    const expected = before.slice(0, unit.translation.range.start) + 'Phrase révisée dans un outil de TAO.' + before.slice(unit.translation.range.end);
    assert.equal(editor.document.getText(), expected);
    assert.ok(editor.document.isDirty, 'an edit of the open document, not a write to disk');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === before, 5_000, 'one undo to restore the article');
  });
});
