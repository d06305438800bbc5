/**
 * The cross-file features of the bundled server over stdio, on the real corpus as the workspace
 * folder: Go to Definition from a French unit into the seven other `customer-insights-pr`
 * locales and the English original, workspace symbols by id and by text, `sxs/counterparts` both
 * ways, and a file created while the server runs. Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL, fileURLToPath } from 'url';
import {
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ReferencesRequest,
  WorkspaceFoldersRequest,
  WorkspaceSymbolRequest,
  type Location,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { counterpartsRequest, type Counterparts } from '../../server/src/protocol';
import { corpusMissing, corpusRoot } from '../support/paths';
import { LspTestClient } from './support/lspTestClient';

const ARTICLE = 'ci-docs/audience-insights/export-power-automate.md';
const LOCALES = ['ar-sa', 'de-de', 'fr-fr', 'he-il', 'ja-jp', 'nb-no', 'ru-ru', 'zh-cn'];
const localizedFile = (locale: string): string => path.join(corpusRoot, 'customer-insights-pr', locale, ARTICLE);
const englishFile = path.join(corpusRoot, 'customer-insights', 'en-us', ARTICLE);
const articleMissing = corpusMissing || (LOCALES.every((locale) => fs.existsSync(localizedFile(locale))) && fs.existsSync(englishFile) ? false : `${ARTICLE} not in all eight locales under ${corpusRoot}`);

/** A client that announces workspace folders and reports `folders` when the server asks. */
async function startWithFolders(folders: readonly string[]): Promise<LspTestClient> {
  const client = await LspTestClient.start({ capabilities: { workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } } } });
  client.connection.onRequest(WorkspaceFoldersRequest.type, () => folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })));
  return client;
}

/** The text a location covers, read from disk. */
function covered(location: Location): string {
  const lines = fs.readFileSync(fileURLToPath(location.uri), 'utf8').split('\n');
  const { start, end } = location.range;
  assert.equal(start.line, end.line, 'a one-line range');
  return lines[start.line].slice(start.character, end.character);
}

/** `<repository>/<locale>` of a corpus uri. */
function versionOf(uri: string): string {
  return path.relative(corpusRoot, fileURLToPath(uri)).split(path.sep).slice(0, 2).join('/');
}

describe('cross-file features on the corpus', { skip: articleMissing }, () => {
  let client: LspTestClient;
  let frenchUri: string;
  before(async () => {
    client = await startWithFolders([corpusRoot]);
    frenchUri = await client.openFile(localizedFile('fr-fr'));
  });
  after(async () => {
    await client.stop();
  });

  it('announces definition, references and workspace symbols', () => {
    const capabilities = client.initializeResult!.capabilities;
    assert.ok(capabilities.definitionProvider && capabilities.referencesProvider && capabilities.workspaceSymbolProvider);
  });

  it('definition on a French unit: the same unit in the seven other locales and the English sentence', async () => {
    const position = client.positionOf(frenchUri, 'Déclencheurs Power Automate', 3);
    const locations = await client.request<unknown, Location[]>(DefinitionRequest.type, { textDocument: { uri: frenchUri }, position });
    assert.deepEqual(locations.map((location) => versionOf(location.uri)).sort(), [
      'customer-insights-pr/ar-sa',
      'customer-insights-pr/de-de',
      'customer-insights-pr/he-il',
      'customer-insights-pr/ja-jp',
      'customer-insights-pr/nb-no',
      'customer-insights-pr/ru-ru',
      'customer-insights-pr/zh-cn',
      'customer-insights/en-us',
    ]);
    for (const location of locations) {
      const line = fs.readFileSync(fileURLToPath(location.uri), 'utf8').split('\n')[location.range.start.line];
      if (versionOf(location.uri) === 'customer-insights/en-us') {
        assert.equal(covered(location), 'Power Automate triggers');
        assert.equal(line, '## Power Automate triggers');
      } else {
        // The translation of unit 105, whose English half is the French unit's English.
        assert.match(line.slice(0, location.range.start.character), /<span data-ttu-id="[0-9a-f]{5}-105">$/);
        assert.ok(line.slice(location.range.end.character).startsWith('</span><span class="sxs-lookup"><span data-stu-id="'), line);
        assert.ok(line.includes('-105">Power Automate triggers</span></span>'), line);
        assert.ok(covered(location).length > 0);
      }
    }
  });

  it('references on the same unit: the definition plus the unit itself', async () => {
    const position = client.positionOf(frenchUri, 'Déclencheurs Power Automate', 3);
    const locations = await client.request<unknown, Location[]>(ReferencesRequest.type, { textDocument: { uri: frenchUri }, position, context: { includeDeclaration: true } });
    assert.equal(locations.length, 9);
    assert.ok(locations.some((location) => location.uri === frenchUri && covered(location) === 'Déclencheurs Power Automate'));
  });

  it('workspace symbols by id: that unit, named with its translation', async () => {
    const symbols = await client.request<unknown, SymbolInformation[]>(WorkspaceSymbolRequest.type, { query: '01895-105' });
    assert.equal(symbols.length, 1, JSON.stringify(symbols));
    assert.equal(symbols[0].name, '01895-105 Déclencheurs Power Automate');
    assert.equal(symbols[0].location.uri, frenchUri);
    assert.equal(covered(symbols[0].location), 'Déclencheurs Power Automate');
  });

  it('workspace symbols by English text: the unit in every locale that translates it', async () => {
    const symbols = await client.request<unknown, SymbolInformation[]>(WorkspaceSymbolRequest.type, { query: 'data source refresh fails' });
    // Units 107 ("Trigger when…") and 128 ("Post a message… if a data source refresh fails.") of each locale.
    const trigger = symbols.filter((symbol) => symbol.location.uri.endsWith(ARTICLE) && /^[0-9a-f]{5}-107 /.test(symbol.name));
    assert.deepEqual(trigger.map((symbol) => versionOf(symbol.location.uri)).sort(), LOCALES.map((locale) => `customer-insights-pr/${locale}`));
    for (const symbol of trigger) assert.match(symbol.name, /^[0-9a-f]{5}-107 Trigger when a data source refresh fails\.$/);
    assert.equal(symbols.length, 16, symbols.map((symbol) => symbol.name).join('\n'));
  });

  it('workspace symbols by translated text', async () => {
    const symbols = await client.request<unknown, SymbolInformation[]>(WorkspaceSymbolRequest.type, { query: 'déclencher échoue' });
    assert.deepEqual(
      symbols.map((symbol) => `${versionOf(symbol.location.uri)} ${symbol.name}`),
      ['customer-insights-pr/fr-fr 01895-107 Déclencher quand une actualisation source de données échoue.'],
    );
  });

  it('counterparts of the French article: the English original, then the seven other locales', async () => {
    const result = await client.request<unknown, Counterparts>(counterpartsRequest, { uri: frenchUri });
    assert.equal(result.isEnglish, false);
    assert.deepEqual(
      result.counterparts.map((counterpart) => `${counterpart.kind} ${counterpart.locale} ${versionOf(counterpart.uri)}`),
      ['english en-us customer-insights/en-us', ...LOCALES.filter((locale) => locale !== 'fr-fr').map((locale) => `localized ${locale} customer-insights-pr/${locale}`)],
    );
  });

  it('counterparts of the English original (not even open): its eight translations', async () => {
    const result = await client.request<unknown, Counterparts>(counterpartsRequest, { uri: pathToFileURL(englishFile).href });
    assert.equal(result.isEnglish, true);
    assert.deepEqual(
      result.counterparts.map((counterpart) => `${counterpart.kind} ${counterpart.locale}`),
      LOCALES.map((locale) => `localized ${locale}`),
    );
  });

  it('no handler failed', () => {
    assert.deepEqual(client.errorLogs(), []);
  });
});

describe('file events keep the index current', { skip: articleMissing }, () => {
  let client: LspTestClient;
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-workspace-'));
    for (const locale of ['fr-fr', 'nb-no']) {
      fs.mkdirSync(path.join(folder, 'docs-pr', locale), { recursive: true });
      fs.copyFileSync(localizedFile(locale), path.join(folder, 'docs-pr', locale, 'export.md'));
    }
    client = await startWithFolders([folder]);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function localesBeside(uri: string): Promise<string[]> {
    const result = await client.request<unknown, Counterparts>(counterpartsRequest, { uri });
    return result.counterparts.map((counterpart) => counterpart.locale);
  }

  it('a locale created, then deleted, while the server runs', async () => {
    const frenchUri = pathToFileURL(path.join(folder, 'docs-pr', 'fr-fr', 'export.md')).href;
    assert.deepEqual(await localesBeside(frenchUri), ['nb-no']);

    const german = path.join(folder, 'docs-pr', 'de-de', 'export.md');
    fs.mkdirSync(path.dirname(german));
    fs.copyFileSync(localizedFile('de-de'), german);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(german).href, type: FileChangeType.Created }] });
    assert.deepEqual(await localesBeside(frenchUri), ['de-de', 'nb-no']);

    fs.rmSync(german);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(german).href, type: FileChangeType.Deleted }] });
    assert.deepEqual(await localesBeside(frenchUri), ['nb-no']);
  });
});
