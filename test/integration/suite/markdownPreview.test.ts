/**
 * The preview's markdown-it plugin as VS Code's Markdown extension gets it (`extendMarkdownIt`
 * from the extension's exports), in this extension host — the Node host or the web worker: the
 * article's locale and findings come from the language server, the toggle from its command.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { revertActiveEditor, sxsTesting } from './clientHelpers';
import { closeAllEditors, frenchSeedArticle, openSample, runningSxsExtension, waitFor } from './helpers';

/** What the Markdown extension's engine does: our plugin on its markdown-it, the document in `env`. */
async function renderPreview(document: vscode.TextDocument): Promise<string> {
  const api = await runningSxsExtension();
  const md = api.extendMarkdownIt(new MarkdownIt({ html: true }));
  return md.render(document.getText(), { currentDocument: document.uri });
}

suite('Markdown preview plugin', () => {
  teardown(async () => {
    await revertActiveEditor();
    await closeAllEditors();
  });

  test('renders each translation with its English as the hover, in the article\'s language', async () => {
    const editor = await openSample(frenchSeedArticle);
    const testing = await sxsTesting();
    await waitFor(async () => (await testing.documentUnits(editor.document))?.units.length, 30_000, 'the units of the article');
    const html = await renderPreview(editor.document);
    assert.match(html, /<span class="sxs-unit" data-sxs-unit="f9f29-102" title="Troubleshoot Flow authentication errors" lang="fr-fr">Résoudre les erreurs d’authentification de flux<\/span>/);
    assert.doesNotMatch(html, /sxs-lookup|data-stu-id/);
  });

  test('marks a unit with a finding, the message in its hover', async () => {
    const editor = await openSample(frenchSeedArticle);
    const testing = await sxsTesting();
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\n<span data-ttu-id="f9f29-120"></span><span class="sxs-lookup"><span data-stu-id="f9f29-120">Sign in again.</span></span>\n'));
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).find((diagnostic) => diagnostic.code === 'empty-translation' || (diagnostic.code as { value?: string })?.value === 'empty-translation'), 20_000, 'the empty-translation finding');
    await waitFor(async () => (await testing.documentUnits(editor.document))?.units.some((unit) => unit.id === 'f9f29-120' && unit.findings > 0), 20_000, 'the unit with its finding');
    // The units store refetches once the findings settle, and a render meanwhile has no units to
    // mark; the preview renders again when the store has them, so the test renders until then.
    const unit = await waitFor(
      async () => /<span class="sxs-unit sxs-unit-finding" data-sxs-unit="f9f29-120" title="([^"]*)"/.exec(await renderPreview(editor.document)),
      20_000,
      'the unit marked as having a finding in a render',
    );
    assert.match(unit[1], /^Sign in again\.\n\n⚠ /);
  });

  test('the toggle shows the English under each sentence, and is remembered', async () => {
    const editor = await openSample(frenchSeedArticle);
    const testing = await sxsTesting();
    assert.equal(testing.previewShowsEnglish(), false);
    await vscode.commands.executeCommand('sxs.preview.toggleEnglish');
    try {
      assert.equal(testing.previewShowsEnglish(), true);
      assert.equal(vscode.workspace.getConfiguration('sxs').inspect('preview.showEnglish')?.globalValue, true, 'kept in the user settings');
      const html = await renderPreview(editor.document);
      assert.match(html, /<span class="sxs-english sxs-english-shown" lang="en" dir="ltr">Troubleshoot Flow authentication errors<\/span>/);
    } finally {
      await vscode.commands.executeCommand('sxs.preview.toggleEnglish');
    }
    assert.equal(testing.previewShowsEnglish(), false);
  });
});
