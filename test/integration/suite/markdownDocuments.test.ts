/** Sample articles open as Markdown documents, with their text as it is on disk. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, frenchSeedArticle, openSample, sampleUri } from './helpers';

suite('Markdown documents', () => {
  teardown(closeAllEditors);

  test('a localized article opens in an editor as Markdown, with both halves of its units', async () => {
    const editor = await openSample(frenchSeedArticle);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sampleUri(frenchSeedArticle).toString());
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /<span data-ttu-id="f9f29-102">Résoudre les erreurs d’authentification de flux<\/span>/);
    assert.match(text, /<span data-stu-id="f9f29-102">Troubleshoot Flow authentication errors<\/span>/);
  });

  test('every locale of one article and its English original open as Markdown, text identical to the file', async () => {
    const article = 'ci-docs/audience-insights/export-power-automate.md';
    for (const relativePath of ['customer-insights-pr/fr-fr', 'customer-insights-pr/nb-no', 'customer-insights-pr/ja-jp', 'customer-insights/en-us'].map((folder) => `${folder}/${article}`)) {
      const editor = await openSample(relativePath);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri(relativePath)));
      assert.equal(editor.document.languageId, 'markdown', relativePath);
      // The editor shows the file as it is (line ends included); a UTF-8 BOM is the one thing it drops.
      assert.equal(editor.document.getText(), onDisk.replace(/^\uFEFF/, ''), relativePath);
    }
  });
});
