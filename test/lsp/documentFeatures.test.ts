/**
 * The bundled language server over a real JSON-RPC connection (stdio), as an editor uses it:
 * hover, diagnostics (pulled and pushed), outline, code actions applied and re-checked, edits
 * followed by fresh answers, settings changes, the custom requests, and silence on Markdown
 * that has no units. Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { checkDocument } from '../../server/src/checks';
import { parse } from '../../server/src/core/parse';
import { articleWorkspaceFindings } from '../../server/src/workspace/findings/articleWorkspaceFindings';
import { documentUnitsRequest, englishArticleRequest, type DocumentUnits, type EnglishArticle } from '../../server/src/protocol';
import { corpusArticles, corpusMissing, corpusRoot } from '../support/paths';
import { LspTestClient } from './support/lspTestClient';

const seedFolder = path.join(corpusRoot, 'seeds');
const frenchSeed = path.join(seedFolder, 'fr-fr', 'troubleshoot-flow-authentication-errors.md');
const norwegianSeed = path.join(seedFolder, 'nb-no', 'troubleshoot-flow-authentication-errors.md');
const seedsMissing = fs.existsSync(frenchSeed) && fs.existsSync(norwegianSeed) ? false : `seed articles not found under ${seedFolder}`;

function hoverValue(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as { value: string }).value;
}

function structuralCodes(text: string): string[] {
  return parse(text).problems.map((problem) => problem.code);
}

describe('language server over stdio (pull diagnostics)', { skip: seedsMissing }, () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('announces the document features', () => {
    const capabilities = client.initializeResult!.capabilities;
    assert.ok(capabilities.hoverProvider);
    assert.deepEqual(capabilities.documentSymbolProvider, { label: 'SxS translation' });
    assert.ok(capabilities.diagnosticProvider, 'pull diagnostics for a client that supports them');
    assert.equal(capabilities.textDocumentSync, 2, 'incremental sync');
  });

  it('hovers the French seed with the English of the unit under the mouse', async () => {
    const uri = await client.openFile(frenchSeed);
    const value = hoverValue(await client.hover(uri, client.positionOf(uri, 'Faites défiler jusqu’à la connexion')));
    assert.match(value, /^\*\*English\*\* · `f9f29-107`/);
    assert.ok(value.includes('Scroll to the connection for which you saw the Unauthorized error message.'), value);
    const back = hoverValue(await client.hover(uri, client.positionOf(uri, 'Scroll to the connection')));
    assert.ok(back.includes('Faites défiler jusqu’à la connexion'), back);
  });

  it('hovers the Norwegian seed, a heading unit included', async () => {
    const uri = await client.openFile(norwegianSeed);
    const value = hoverValue(await client.hover(uri, client.positionOf(uri, '830ff-102">Feilsøke', '830ff-102">'.length)));
    assert.ok(value.includes('`830ff-102`') && value.includes('Troubleshoot Flow authentication errors'), value);
  });

  it('pulls the diagnostics of the seed: only the machine-translation note', async () => {
    const uri = await client.openFile(frenchSeed);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => `${d.source}/${d.code}`),
      ['sxs/machine-translated'],
    );
  });

  it('answers "unchanged" when the document and settings have not changed', async () => {
    const uri = await client.openFile(frenchSeed);
    const first = await client.pullDiagnostics(uri);
    assert.equal(first.kind, 'full');
    const second = await client.pullDiagnostics(uri, first.resultId);
    assert.equal(second.kind, 'unchanged');
  });

  it('answers "unchanged" after an edit that leaves every diagnostic as it was, and the full list after one that does not', async () => {
    const uri = 'file:///test/fr-fr/typed-seed.md';
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    const opened = await client.pullDiagnostics(uri);
    assert.equal(opened.kind, 'full');
    // A word retyped in a unit far from the one diagnostic (the front matter's note): nothing the editor shows moves.
    const word = client.positionOf(uri, 'défiler jusqu’à');
    await client.edit(uri, [{ range: { start: word, end: { line: word.line, character: word.character + 'défiler'.length } }, newText: 'défilez' }]);
    const typed = await client.pullDiagnostics(uri, opened.resultId);
    assert.equal(typed.kind, 'unchanged', 'the same diagnostics are not sent again');
    assert.notEqual(typed.resultId, opened.resultId, 'a new result id for the new version');
    // The translation emptied: a finding is new, and comes with the whole list.
    const translation = client.positionOf(uri, 'Faites défilez');
    const lineText = client.document(uri).getText({ start: { line: translation.line, character: 0 }, end: { line: translation.line + 1, character: 0 } });
    await client.edit(uri, [{ range: { start: translation, end: { line: translation.line, character: lineText.indexOf('</span>', translation.character) } }, newText: '' }]);
    const emptied = await client.pullDiagnostics(uri, typed.resultId);
    assert.equal(emptied.kind, 'full');
    assert.deepEqual(emptied.items.map((d) => d.code).sort(), ['empty-translation', 'machine-translated']);
    // A client that holds an older answer gets the whole list too.
    const stale = await client.pullDiagnostics(uri, opened.resultId);
    assert.equal(stale.kind, 'full');
    assert.deepEqual(stale.items, emptied.items);
  });

  it('gives the outline of headings named by the translation, English as detail', async () => {
    const uri = await client.openFile(frenchSeed);
    const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => `${symbol.name} | ${symbol.detail}`),
      ['Résoudre les erreurs d’authentification de flux | Troubleshoot Flow authentication errors'],
    );
  });

  it('repairs a broken unit with a quick fix: the finding is gone and no structural problem is new', async () => {
    const uri = 'file:///test/fr-fr/broken-seed.md';
    const original = fs.readFileSync(frenchSeed, 'utf8');
    // A translator deleted the `</span>` that closes the translation of unit 107.
    const broken = original.replace('le message d’erreur non autorisé.</span>', 'le message d’erreur non autorisé.');
    assert.notEqual(broken, original);
    await client.open(uri, broken);
    const diagnostics = await client.diagnostics(uri);
    const malformed = diagnostics.filter((d) => d.code === 'malformed-unit');
    assert.equal(malformed.length, 1, JSON.stringify(diagnostics));
    const actions = (await client.codeActions(uri, malformed[0].range, malformed)) as CodeAction[];
    const fix = actions.find((action) => action.kind === 'quickfix' && action.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix among ${actions.map((a) => a.title).join(', ')}`);
    await client.applyWorkspaceEdit(fix.edit);
    const repaired = client.document(uri).getText();
    assert.equal(repaired, original);
    assert.deepEqual(structuralCodes(repaired), structuralCodes(original));
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'malformed-unit'), 'the server sees the repair');
  });

  it('answers from the new text after didChange', async () => {
    const uri = 'file:///test/fr-fr/edited-seed.md';
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    const position = client.positionOf(uri, 'Faites défiler jusqu’à la connexion');
    assert.ok(hoverValue(await client.hover(uri, position)).includes('Scroll to the connection'));
    // Edit the English of that unit in place, as a reviewer correcting the source might.
    const start = client.positionOf(uri, 'Scroll to the connection');
    await client.edit(uri, [{ range: { start, end: { line: start.line, character: start.character + 'Scroll'.length } }, newText: 'Move' }]);
    assert.ok(hoverValue(await client.hover(uri, position)).includes('Move to the connection for which'));
    // Empty a translation: the next pull reports it.
    const translation = client.positionOf(uri, 'Faites défiler');
    const lineText = client.document(uri).getText({ start: { line: translation.line, character: 0 }, end: { line: translation.line + 1, character: 0 } });
    const closing = lineText.indexOf('</span>', translation.character);
    await client.edit(uri, [{ range: { start: translation, end: { line: translation.line, character: closing } }, newText: '' }]);
    assert.ok((await client.diagnostics(uri)).some((d) => d.code === 'empty-translation'));
  });

  it('serves the English article and the document units', async () => {
    const uri = await client.openFile(frenchSeed);
    const english = (await client.request(englishArticleRequest, { uri })) as EnglishArticle;
    assert.ok(english.text.includes('# <a name="troubleshoot-flow-authentication-errors"></a>Troubleshoot Flow authentication errors'));
    assert.ok(!english.text.includes('data-ttu-id'));
    const ids = parse(client.document(uri).getText()).units.map((unit) => unit.id.text);
    assert.deepEqual(english.units.map((unit) => unit.id), ids);
    const units = (await client.request(documentUnitsRequest, { uri })) as DocumentUnits;
    assert.equal(units.locale, 'fr-fr');
    assert.equal(units.translationType, 'MT');
    assert.deepEqual(
      units.units.map((u) => `${u.id} ${u.status}`),
      ids.map((id) => `${id} ok`),
    );
    assert.equal(ids.length, 9);
  });

  it('follows the settings: a code turned off disappears after the configuration changes', async () => {
    const uri = await client.openFile(frenchSeed);
    const refreshesBefore = client.refreshRequests;
    await client.changeSettings({ diagnostics: { severity: { 'machine-translated': 'off' } } });
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.ok(client.refreshRequests > refreshesBefore, 'the server asked the client to pull again');
    await client.changeSettings({});
    assert.equal((await client.diagnostics(uri)).length, 1);
  });

  it('stays silent on Markdown without units', async () => {
    const uri = 'file:///test/en-us/plain.md';
    await client.open(uri, '---\ntitle: Plain\n---\n# Title\n\nSome text with <span>a span</span>.\n\n## Section\n\nMore.\n');
    assert.equal(await client.hover(uri, { line: 5, character: 3 }), null);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.deepEqual((await client.documentSymbols(uri)) ?? [], []);
    assert.deepEqual((await client.foldingRanges(uri)) ?? [], []);
    assert.equal(await client.request(englishArticleRequest, { uri }), null);
    assert.deepEqual((await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } })) ?? [], []);
  });

  it('logged no handler error', () => {
    assert.deepEqual(client.errorLogs(), []);
  });
});

describe('language server over stdio (pushed diagnostics)', { skip: seedsMissing }, () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ pullDiagnostics: false });
  });
  after(async () => {
    await client.stop();
  });

  it('announces no pull diagnostics and pushes them after open and after each change', async () => {
    assert.equal(client.initializeResult!.capabilities.diagnosticProvider, undefined);
    const uri = 'file:///test/fr-fr/pushed.md';
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    const opened = await client.waitForPublished(uri, (params) => params.version === 1);
    assert.deepEqual(opened.diagnostics.map((d) => d.code), ['machine-translated']);
    const at = client.positionOf(uri, 'data-stu-id="f9f29-104"', 'data-stu-id="'.length);
    await client.edit(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 'f9f29-104'.length } }, newText: 'f9f29-999' }]);
    const changed = await client.waitForPublished(uri, (params) => params.version === 2);
    assert.deepEqual(changed.diagnostics.map((d) => d.code).sort(), ['id-mismatch', 'machine-translated']);
  });

  it('pushes again when the settings change', async () => {
    const uri = 'file:///test/fr-fr/pushed-settings.md';
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    await client.waitForPublished(uri, (params) => params.diagnostics.length === 1);
    await client.changeSettings({ diagnostics: { severity: { 'machine-translated': 'off' } } });
    await client.waitForPublished(uri, (params) => params.diagnostics.length === 0);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///test/fr-fr/pushed-closed.md';
    await client.changeSettings({});
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    await client.waitForPublished(uri, (params) => params.diagnostics.length === 1);
    await client.close(uri);
    await client.waitForPublished(uri, (params) => params.diagnostics.length === 0);
  });
});

describe('language server over the corpus', { skip: corpusMissing }, () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('hovers units of every corpus article with their English, and answers every feature', async () => {
    for (const file of corpusArticles()) {
      const uri = await client.openFile(file);
      const model = parse(client.document(uri).getText());
      const document = client.document(uri);
      // First, middle and last unit: enough to cross the whole file over the wire.
      const picks = [...new Set([0, model.units.length >> 1, model.units.length - 1])].filter((index) => index >= 0 && index < model.units.length);
      for (const index of picks) {
        const unit = model.units[index];
        const value = hoverValue(await client.hover(uri, document.positionAt(Math.floor((unit.translation.range.start + unit.translation.range.end) / 2))));
        assert.ok(value.includes(`\`${unit.id.text}\``), `${file}: hover of ${unit.id.text}`);
      }
      const diagnostics = await client.diagnostics(uri);
      // The article's own findings, and the in-file consistency findings the workspace adds.
      const consistency = articleWorkspaceFindings({ uri, text: document.getText(), model, locale: undefined }).findings.length;
      const expected = model.units.length ? checkDocument(model, {}).length + consistency : 0;
      assert.ok(diagnostics.length <= expected + 1, `${file}: ${diagnostics.length} diagnostics for ${expected} findings`);
      await client.documentSymbols(uri);
      await client.close(uri);
    }
    assert.deepEqual(client.errorLogs(), []);
  });
});
