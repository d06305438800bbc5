/**
 * The article against its workspace, over LSP with the bundled server, on a workspace folder on
 * disk built from the corpus (`customer-insights-pr/<locale>` beside `customer-insights/en-us`):
 * untouched pairs get no stale finding; sentences edited in the original on disk and announced
 * with `workspace/didChangeWatchedFiles` make exactly those units stale in every open locale, with
 * the diff in the hover and a fix; a new article whose units carry English found elsewhere in the
 * locale is offered the memory's translations, exact and fuzzy. Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, WorkspaceFoldersRequest, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol';
import { corpusMissing, corpusRoot } from '../support/paths';
import { sxsUnit } from '../support/sxsUnit';
import { LspTestClient } from './support/lspTestClient';

const ARTICLE = 'ci-docs/audience-insights/apis.md';
const OTHER_ARTICLE = 'ci-docs/audience-insights/segment-builder.md';
const LOCALES = ['fr-fr', 'ja-jp'];
const EDITED = [
  ['Dynamics 365 Customer Insights provides APIs to build your own applications based on your data in Customer Insights.', 'Dynamics 365 Customer Insights provides REST APIs to build your own apps based on your data in Customer Insights.'],
  ['This article describes how to access the Customer Insights APIs, create an Azure App Registration, and get started with the available client libraries.', 'This article describes how to access the Customer Insights APIs, create an Azure app registration, and get started with the client libraries.'],
];
const sources = [ARTICLE, OTHER_ARTICLE].flatMap((article) => [
  path.join(corpusRoot, 'customer-insights', 'en-us', article),
  ...LOCALES.map((locale) => path.join(corpusRoot, 'customer-insights-pr', locale, article)),
]);
const missing = corpusMissing || (sources.every((file) => fs.existsSync(file)) ? false : 'the customer-insights articles are missing from the corpus');

/** Polls `probe` until it returns a value (the server works in the background), at most 30 s. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within 30 s${last ? ` (${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const workspaceCodes = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('source-'));

describe('the article against its workspace over LSP', { skip: missing }, () => {
  let folder: string;
  let client: LspTestClient;
  const uris: Record<string, string> = {};
  const file = (repository: string, locale: string, article = ARTICLE) => path.join(folder, repository, locale, article);

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-workspace-review-'));
    for (const article of [ARTICLE, OTHER_ARTICLE]) {
      for (const [repository, locale] of [['customer-insights', 'en-us'], ...LOCALES.map((locale) => ['customer-insights-pr', locale])]) {
        fs.mkdirSync(path.dirname(file(repository, locale, article)), { recursive: true });
        fs.copyFileSync(path.join(corpusRoot, repository, locale, article), file(repository, locale, article));
      }
    }
    client = await LspTestClient.start({ timeout: 30_000, capabilities: { workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true } } } });
    client.connection.onRequest(WorkspaceFoldersRequest.type, () => [{ uri: pathToFileURL(folder).href, name: 'loc' }]);
    for (const locale of LOCALES) uris[locale] = await client.openFile(file('customer-insights-pr', locale));
  });

  after(async () => {
    await client?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers the article’s own diagnostics at once, and no stale finding on the untouched pairs', async () => {
    const first = await client.diagnostics(uris['fr-fr']);
    assert.ok(Array.isArray(first));
    // The workspace findings follow once the original is read; the server asks for a re-pull.
    await eventually('a refresh request', async () => (client.refreshRequests > 0 ? true : undefined));
    for (const locale of LOCALES) assert.deepEqual(workspaceCodes(await client.diagnostics(uris[locale])).map((d) => d.message), [], locale);
  });

  it('makes exactly the units of the sentences edited on disk stale, in every open locale, after didChangeWatchedFiles', async () => {
    const original = file('customer-insights', 'en-us');
    let text = fs.readFileSync(original, 'utf8');
    for (const [before, after] of EDITED) {
      assert.ok(text.includes(before), before);
      text = text.replace(before, after);
    }
    // Written as editors and git do, whole: the server may be reading the file at any moment.
    fs.writeFileSync(`${original}.tmp`, text);
    fs.renameSync(`${original}.tmp`, original);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(original).href, type: FileChangeType.Changed }] });
    for (const locale of LOCALES) {
      const stale = await eventually(`source-changed in ${locale}`, async () => {
        const found = workspaceCodes(await client.diagnostics(uris[locale]));
        return found.length > 0 ? found : undefined;
      });
      const document = client.document(uris[locale]);
      const units = stale.map((diagnostic) => {
        const line = document.getText({ start: { line: diagnostic.range.start.line, character: 0 }, end: { line: diagnostic.range.start.line + 1, character: 0 } });
        return /data-stu-id="[0-9a-f]{5}-(\d+)">([^<]*)</.exec(line.slice(line.indexOf('sxs-lookup')))?.[1];
      });
      assert.deepEqual(stale.map((diagnostic) => diagnostic.code), ['source-changed', 'source-changed'], `${locale}: ${stale.slice(0, 3).map((diagnostic) => String(diagnostic.message)).join(' | ')}`);
      assert.deepEqual(units, ['104', '107'], locale);
      assert.match(String(stale[0].message), /“apps”|“REST”/);
      assert.equal(stale[0].relatedInformation?.[0].location.uri, pathToFileURL(original).href);
    }
  });

  it('shows the old and current English with the changed words marked in the hover, and fixes the English half only', async () => {
    const uri = uris['fr-fr'];
    const [stale] = workspaceCodes(await client.diagnostics(uri));
    const hover = await client.hover(uri, stale.range.start);
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /English changed in the original/);
    assert.match(value, /\*\*REST\*\*/, 'the added word is marked');
    assert.match(value, /~~applications~~/, 'the removed word is marked');
    const actions = (await client.codeActions(uri, stale.range, [stale])) as CodeAction[];
    const fix = actions.find((action) => action.title.startsWith('Take the current English'));
    assert.ok(fix, actions.map((action) => action.title).join('\n'));
    const before = client.document(uri).getText();
    await client.applyWorkspaceEdit(fix.edit!);
    const after = client.document(uri).getText();
    assert.ok(after.includes(`>${EDITED[0][1]}</span></span>`));
    assert.equal(after.replace(EDITED[0][1], EDITED[0][0]), before, 'only the English half changed');
    await eventually('the fixed unit is current', async () => {
      const remaining = workspaceCodes(await client.diagnostics(uri));
      return remaining.length === 1 ? true : undefined;
    });
  });

  it('offers the memory’s translation of the same English (100 %) and of a similar one on empty units of a new article', async () => {
    const french = fs.readFileSync(file('customer-insights-pr', 'fr-fr', OTHER_ARTICLE), 'utf8');
    const unit = /<span data-ttu-id="[0-9a-f]{5}-\d+">([^<]{20,})<\/span><span class="sxs-lookup"><span data-stu-id="[0-9a-f]{5}-\d+">([^<]{40,})<\/span><\/span>/.exec(french);
    assert.ok(unit, 'a unit with a plain sentence');
    const [, translation, english] = unit;
    const similar = english.replace(/\.$/, '') + ' now.';
    const created = file('customer-insights-pr', 'fr-fr', 'ci-docs/audience-insights/new-article.md');
    fs.writeFileSync(created, `# ${sxsUnit('abcde-103', '', english)}\n\n${sxsUnit('abcde-104', '', similar)}\n`);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(created).href, type: FileChangeType.Created }] });
    const uri = await client.openFile(created);
    const offers = async (needle: string) => {
      const position = client.positionOf(uri, needle);
      const actions = (await client.codeActions(uri, { start: position, end: position })) as CodeAction[];
      const memory = actions.filter((action) => action.title.startsWith('Use '));
      return memory.length > 0 ? memory : undefined;
    };
    const exact = await eventually('an exact memory offer', () => offers('abcde-103'));
    assert.match(exact[0].title, /^Use 100 % match from `ci-docs\/audience-insights\/segment-builder\.md`/);
    const edit = (exact[0].edit!.documentChanges![0] as { edits: { newText: string }[] }).edits;
    assert.deepEqual(edit.map((change) => change.newText), [translation], 'the edit is the stored translation');
    const fuzzy = await eventually('a fuzzy memory offer', () => offers('abcde-104'));
    const percentage = Number(/^Use (\d+) %/.exec(fuzzy[0].title)?.[1]);
    assert.ok(percentage >= 70 && percentage < 100, fuzzy[0].title);
    const hover = await client.hover(uri, client.positionOf(uri, 'abcde-104'));
    assert.match((hover?.contents as MarkupContent).value, /Translation memory/);
  });

  it('offers the entries of a TMX file named in sxs.translationMemory.files, and says when one cannot be read', async () => {
    fs.writeFileSync(
      path.join(folder, 'memory.tmx'),
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>' +
        '<tu tuid="cat-7"><tuv xml:lang="en-US"><seg>Export the segments to your CAT tool before the handoff.</seg></tuv><tuv xml:lang="fr-FR"><seg>Exportez les segments vers votre outil de TAO avant la remise.</seg></tuv></tu></body></tmx>',
    );
    const withMemory = await LspTestClient.start({
      timeout: 30_000,
      settings: { translationMemory: { files: ['memory.tmx', 'missing.tmx'] } },
      capabilities: { workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true } } },
    });
    const warnings: string[] = [];
    withMemory.connection.onRequest(WorkspaceFoldersRequest.type, () => [{ uri: pathToFileURL(folder).href, name: 'loc' }]);
    withMemory.connection.onRequest('window/showMessageRequest', (params: { message: string }) => void warnings.push(params.message));
    withMemory.connection.onNotification('window/showMessage', (params: { message: string }) => void warnings.push(params.message));
    try {
      const uri = pathToFileURL(file('customer-insights-pr', 'fr-fr', 'ci-docs/audience-insights/from-tmx.md')).href;
      await withMemory.open(uri, `${sxsUnit('fedcb-103', '', 'Export the segments to your CAT tool before the handoff.')}\n`);
      const offer = await eventually('the TMX offer', async () => {
        const actions = (await withMemory.codeActions(uri, { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } })) as CodeAction[];
        return actions.find((action) => action.title.startsWith('Use 100 % match from `memory.tmx`'));
      });
      assert.deepEqual((offer.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits.map((edit) => edit.newText), ['Exportez les segments vers votre outil de TAO avant la remise.']);
      await eventually('a message about the missing file', async () => (warnings.some((message) => /missing\.tmx was not found/.test(message)) ? true : undefined));
    } finally {
      await withMemory.stop();
    }
  });
});
