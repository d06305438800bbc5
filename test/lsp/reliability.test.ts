/**
 * The bundled server survives what an editor and a damaged workspace throw at it: a storm of
 * malformed documents, hundreds of incremental changes a second, requests for documents that
 * are closed or were never opened, positions out of range and broken parameters, cancelled
 * requests, and a 50 MB article. Every request is answered within a timeout (an error or an
 * empty result is fine, a crash or a hang is not), the server logs no handler failure, and the
 * next ordinary request gets the right answer. Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DefinitionRequest,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  SelectionRangeRequest,
  WorkspaceFoldersRequest,
  WorkspaceSymbolRequest,
  type Diagnostic,
  type Hover,
  type Location,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { parse } from '../../server/src/core/parse';
import { DocumentSnapshot } from '../../server/src/documentSnapshot';
import { diagnosticsOf, FILE_TOO_LARGE_CODE } from '../../server/src/features/diagnostics';
import { documentUnitsRequest, englishArticleRequest } from '../../server/src/protocol';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { corpusMissing, corpusRoot } from '../support/paths';
import { applyChange, mutationArbitrary, mutationChange, randomDocumentArbitrary, unitMarkup } from '../unit/reliability/articleMutations';
import { assertHarmlessMarkdown, hostileArticle } from '../unit/reliability/hostileArticle';
import { corpusTexts } from '../unit/reliability/reliabilityCorpus';
import { LspTestClient } from './support/lspTestClient';

const frenchSeed = path.join(corpusRoot, 'seeds', 'fr-fr', 'troubleshoot-flow-authentication-errors.md');

/** What became of a request: its result, or the error the server answered with. */
type Outcome = { readonly result: unknown } | { readonly error: ResponseError<unknown> };

/** Waits for a request; a server error is an answer too, a timeout or a dead connection is not. */
async function answered(request: Promise<unknown>, what: string): Promise<Outcome> {
  try {
    return { result: await request };
  } catch (error) {
    if (error instanceof ResponseError) return { error };
    throw new Error(`${what}: no answer (${error instanceof Error ? error.message : String(error)})`);
  }
}

function hoverValue(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as { value: string }).value;
}

/** Diagnostics as comparable lines: code, range, message. */
function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

/** The French seed hovers with its English: the proof that the server still answers correctly. */
async function assertStillCorrect(client: LspTestClient): Promise<void> {
  const uri = 'file:///check/fr-fr/articles/still-alive.md';
  await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
  const value = hoverValue(await client.hover(uri, client.positionOf(uri, 'Faites défiler jusqu’à la connexion')));
  assert.ok(value.includes('Scroll to the connection for which you saw the Unauthorized error message.'), value);
  assert.deepEqual(diagnosticLines(await client.diagnostics(uri)), diagnosticLines(diagnosticsOf(new DocumentSnapshot(uri, 1, client.document(uri).getText()), DEFAULT_SETTINGS)));
  await client.close(uri);
}

/** Every request an editor sends about one document, at a few positions. */
function everyRequest(client: LspTestClient, uri: string, positions: readonly Position[]): Promise<Outcome>[] {
  const textDocument = { uri };
  const whole = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };
  const requests: [string, Promise<unknown>][] = [
    ['documentSymbol', client.request(DocumentSymbolRequest.type, { textDocument })],
    ['foldingRange', client.request(FoldingRangeRequest.type, { textDocument })],
    ['selectionRange', client.request(SelectionRangeRequest.type, { textDocument, positions })],
    ['diagnostic', client.request(DocumentDiagnosticRequest.type, { textDocument })],
    ['codeAction', client.request(CodeActionRequest.type, { textDocument, range: whole, context: { diagnostics: [] } })],
    ['fixAll', client.request(CodeActionRequest.type, { textDocument, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } })],
    ['documentUnits', client.request(documentUnitsRequest, { uri })],
    ['englishArticle', client.request(englishArticleRequest, { uri })],
    ...positions.flatMap((position): [string, Promise<unknown>][] => [
      ['hover', client.request(HoverRequest.type, { textDocument, position })],
      ['highlight', client.request(DocumentHighlightRequest.type, { textDocument, position })],
    ]),
  ];
  return requests.map(([method, request]) => answered(request, `${method} on ${uri}`));
}

/** Positions spread over a text, its edges included. */
function positionsIn(text: string, count: number): Position[] {
  const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
  const positions: Position[] = [document.positionAt(0), document.positionAt(text.length)];
  for (let index = 1; index < count; index++) positions.push(document.positionAt(Math.floor((text.length * index) / count)));
  return positions;
}

/** Starts a server for the enclosing suite and stops it after; each request may take `timeout` ms. */
function serverForSuite(timeout: number): () => LspTestClient {
  let client: LspTestClient | undefined;
  before(async () => {
    // Workspace folders announced: the server indexes what the client names (none unless asked).
    client = await LspTestClient.start({ timeout, capabilities: { workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } } } });
  });
  after(async () => {
    await client?.stop();
  });
  return () => client!;
}

describe('language server under stress', { skip: corpusMissing }, () => {
  const server = serverForSuite(60_000);

  it('answers every request on a storm of malformed documents', async (t) => {
    const client = server();
    const texts = corpusTexts();
    const damaged = fc.sample(
      fc.oneof(
        randomDocumentArbitrary(),
        fc.tuple(fc.constantFrom(...texts), fc.array(mutationArbitrary(true), { minLength: 1, maxLength: 6 })).map(([text, mutations]) => {
          let result = text;
          for (const mutation of mutations) result = applyChange(result, mutationChange(result, mutation));
          return result;
        }),
      ),
      { seed: 7201, numRuns: 40 },
    );
    let requests = 0;
    let errors = 0;
    for (const [index, text] of damaged.entries()) {
      const uri = `file:///storm/fr-fr/articles/damaged-${index}.md`;
      await client.open(uri, text);
      const outcomes = await Promise.all(everyRequest(client, uri, positionsIn(text, 4)));
      requests += outcomes.length;
      errors += outcomes.filter((outcome) => 'error' in outcome).length;
      await client.close(uri);
    }
    t.diagnostic(`${damaged.length} damaged documents, ${requests} requests answered (${errors} with an error)`);
    assert.deepEqual(client.errorLogs(), [], 'a handler failed on a damaged document');
    await assertStillCorrect(client);
  });

  it('keeps up with hundreds of incremental changes a second and ends in sync', async (t) => {
    const client = server();
    const uri = 'file:///burst/fr-fr/articles/typing.md';
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    const pending: Promise<Outcome>[] = [];
    const random = fc.sample(fc.tuple(fc.nat({ max: 1_000_000 }), fc.constantFrom('a', 'é', ' ', '\n', '<', '</span>', '"', '`', '🙂', '\r\n', ''), fc.nat({ max: 3 })), { seed: 7202, numRuns: 600 });
    const started = process.hrtime.bigint();
    for (const [index, [where, inserted, removed]] of random.entries()) {
      const document = client.document(uri);
      const text = document.getText();
      // Half the edits type inside a unit's translation, as a reviewer does; the others land anywhere.
      const anchor = text.indexOf('data-ttu-id="f9f29-1', (where * 7919) % Math.max(1, text.length));
      const at = index % 2 === 0 && anchor !== -1 ? anchor + 30 : where % (text.length + 1);
      const end = Math.min(text.length, at + removed);
      void client.edit(uri, [{ range: { start: document.positionAt(at), end: document.positionAt(end) }, newText: inserted }]);
      if (index % 20 === 0) pending.push(answered(client.hover(uri, document.positionAt(at)), 'hover during typing'));
      if (index % 50 === 0) pending.push(answered(client.pullDiagnostics(uri), 'diagnostics during typing'));
    }
    const outcomes = await Promise.all(pending);
    // The server's copy of the text is the client's: its diagnostics are the ones of the client's text.
    const text = client.document(uri).getText();
    const final = await client.diagnostics(uri);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    t.diagnostic(`${random.length} changes and ${outcomes.length} requests between them handled in ${seconds.toFixed(2)} s (${Math.round(random.length / seconds)} changes a second)`);
    assert.deepEqual(diagnosticLines(final), diagnosticLines(diagnosticsOf(new DocumentSnapshot(uri, 1, text), DEFAULT_SETTINGS)));
    const units = parse(text).units;
    const middle = units[units.length >> 1];
    if (middle?.source) {
      const hover = hoverValue(await client.hover(uri, client.document(uri).positionAt(middle.translation.range.start)));
      assert.ok(hover.includes(`\`${middle.id.text}\``), hover);
    }
    await client.close(uri);
    assert.deepEqual(client.errorLogs(), []);
  });

  it('answers requests for documents never opened or already closed', async () => {
    const client = server();
    const closed = 'file:///closed/fr-fr/articles/closed.md';
    await client.open(closed, fs.readFileSync(frenchSeed, 'utf8'));
    await client.close(closed);
    for (const uri of [closed, 'file:///nowhere/never-opened.md', 'untitled:Untitled-1', 'not a uri at all']) {
      const outcomes = await Promise.all(everyRequest(client, uri, [{ line: 3, character: 4 }]));
      for (const outcome of outcomes) {
        if ('result' in outcome) assert.ok(outcome.result === null || (Array.isArray(outcome.result) && outcome.result.length === 0) || isEmptyReport(outcome.result), `${uri}: ${JSON.stringify(outcome.result)}`);
      }
    }
    // A change or a close for a document that is not open must not hurt the server either.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere/ghost.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///nowhere/ghost.md' } });
    await assertStillCorrect(client);
  });

  it('survives notifications that make no sense', async () => {
    const client = server();
    const uri = 'file:///nonsense/fr-fr/articles/nonsense.md';
    const text = fs.readFileSync(frenchSeed, 'utf8');
    const open = (version: number, content: string) => client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: content } });
    const change = (version: number, contentChanges: unknown[]) => client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    await open(1, text);
    await open(1, 'opened twice');
    await change(2, [{ range: { start: { line: 900, character: 0 }, end: { line: 999, character: 5 } }, text: 'past the end' }]);
    await change(1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'version went back ' }]);
    await change(3, [{ range: { start: { line: 2, character: 9 }, end: { line: 1, character: 0 } }, text: 'start after end' }]);
    await change(4, []);
    await change(5, [{ text: '\u0000\ud800 binary' }, { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, text: '\n\n' }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sxs: { maxFileSize: 'huge', diagnostics: { severity: 42 } } } });
    await client.connection.sendNotification('sxs/unknownNotification', { anything: true });
    await assertStillCorrect(client);
    assert.deepEqual(client.errorLogs(), []);
  });

  it('answers positions out of range and broken parameters', async () => {
    const client = server();
    const uri = 'file:///edges/fr-fr/articles/edges.md';
    await client.open(uri, fs.readFileSync(frenchSeed, 'utf8'));
    const textDocument = { uri };
    const positions: Position[] = [
      { line: 1_000_000, character: 0 },
      { line: 0, character: 1_000_000 },
      { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: 1.5, character: 0.5 },
    ];
    for (const position of positions) {
      const outcomes = await Promise.all(everyRequest(client, uri, [position]));
      assert.equal(outcomes.length, 10);
    }
    const broken: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 'x', character: null } }],
      ['textDocument/codeAction', { textDocument, range: null, context: null }],
      ['textDocument/selectionRange', { textDocument, positions: null }],
      ['textDocument/diagnostic', null],
      ['sxs/documentUnits', { uri: null }],
      ['sxs/englishArticle', []],
      ['sxs/noSuchRequest', {}],
    ];
    for (const [method, params] of broken) await answered(client.request({ method }, params), `${method} with ${JSON.stringify(params)}`);
    await client.close(uri);
    await assertStillCorrect(client);
  });

  it('answers cancelled requests, and the next request normally', async (t) => {
    const client = server();
    const uri = 'file:///cancel/fr-fr/articles/cancel.md';
    const units = Array.from({ length: 20_000 }, (_, index) => unitMarkup('f9f29', 103 + index, `Phrase **${index}** avec \`code\` [lien](a.md).`, `Sentence **${index}** with \`code\` [link](a.md).`));
    await client.open(uri, `# Titre\n\n${units.join('\n\n')}\n`);
    let cancelled = 0;
    const outcomes: Outcome[] = [];
    for (let round = 0; round < 20; round++) {
      const source = new CancellationTokenSource();
      const textDocument = { uri };
      // Each answer is awaited from the moment it is asked for: an early cancellation is an answer too.
      const requests = [
        client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }, source.token),
        client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 2 + 2 * round, character: 40 } }, source.token),
        client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }, source.token),
      ].map((request) => answered(withTimeout(request as Promise<unknown>, 60_000), 'cancelled request'));
      // Cancel at once on even rounds, after the work has started on odd ones.
      if (round % 2) await new Promise((resolve) => setTimeout(resolve, 5));
      source.cancel();
      for (const outcome of await Promise.all(requests)) {
        if ('error' in outcome) {
          assert.ok(outcome.error.code === LSPErrorCodes.RequestCancelled || outcome.error.code === LSPErrorCodes.ServerCancelled, `cancelled with ${outcome.error.code} ${outcome.error.message}`);
          cancelled++;
        }
        outcomes.push(outcome);
      }
    }
    t.diagnostic(`${outcomes.length} requests cancelled by the client, ${cancelled} answered RequestCancelled, the others with their result`);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnosticLines(diagnostics), diagnosticLines(diagnosticsOf(new DocumentSnapshot(uri, 1, client.document(uri).getText()), DEFAULT_SETTINGS)));
    await client.close(uri);
    await assertStillCorrect(client);
  });
});

describe('language server on a hostile article', () => {
  const server = serverForSuite(60_000);

  it('hovers every unit with harmless Markdown over the wire', async (t) => {
    const client = server();
    const uri = 'file:///hostile/fr-fr/articles/hostile.md';
    const text = hostileArticle();
    await client.open(uri, text);
    const document = client.document(uri);
    let hovers = 0;
    for (const unit of parse(text).units) {
      for (const offset of [unit.translation.range.start, unit.source?.range.start]) {
        if (offset === undefined) continue;
        const hover = await client.hover(uri, document.positionAt(offset));
        assert.ok(hover, `a hover on ${unit.id.text}`);
        assert.deepEqual(Object.keys(hover.contents).sort(), ['kind', 'value'], 'plain MarkupContent: nothing asks to be trusted');
        assertHarmlessMarkdown(hoverValue(hover), `hover on ${JSON.stringify(unit.id.text)}`);
        hovers++;
      }
    }
    t.diagnostic(`${hovers} hovers over stdio, all harmless`);
    await client.close(uri);
    assert.deepEqual(client.errorLogs(), []);
  });
});

describe('language server on a hostile workspace folder', { skip: corpusMissing }, () => {
  const server = serverForSuite(180_000);
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-hostile-workspace-'));
    for (const locale of ['fr-fr', 'nb-no']) {
      fs.mkdirSync(path.join(folder, locale));
      fs.copyFileSync(path.join(corpusRoot, 'seeds', locale, 'troubleshoot-flow-authentication-errors.md'), path.join(folder, locale, 'troubleshoot-flow-authentication-errors.md'));
    }
    const junk = path.join(folder, 'junk');
    fs.mkdirSync(junk);
    // Bytes that are no UTF-8, NUL bytes, a 60 MB article, a folder and a FIFO named like articles, a link loop.
    fs.writeFileSync(path.join(junk, 'binary.md'), Buffer.from(Array.from({ length: 65536 }, (_, index) => (index * 7919) % 256)));
    fs.writeFileSync(path.join(junk, 'nul.md'), '\u0000'.repeat(1000) + unitMarkup('f9f29', 103, '\u0000', '\u0000'));
    const huge = fs.openSync(path.join(junk, 'huge.md'), 'w');
    for (let block = 0; block < 60; block++) fs.writeSync(huge, Array.from({ length: 7000 }, (_, index) => unitMarkup('abcde', block * 7000 + index + 103, 'Phrase.', 'Sentence.')).join('\n\n').padEnd(1024 * 1024, ' ') + '\n\n');
    fs.closeSync(huge);
    fs.mkdirSync(path.join(junk, 'folder.md'));
    fs.symlinkSync(folder, path.join(junk, 'loop'));
    fs.symlinkSync('/dev/zero', path.join(junk, 'zero.md'));
    spawnSync('mkfifo', [path.join(junk, 'fifo.md')]);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('indexes what it can, skips the rest, and still finds counterparts', async (t) => {
    const client = server();
    client.connection.onRequest(WorkspaceFoldersRequest.type, () => [{ uri: pathToFileURL(folder).href, name: 'hostile' }]);
    const started = Date.now();
    const symbols = await answered(client.request(WorkspaceSymbolRequest.type, { query: 'f9f29-103' }), 'workspace symbols');
    t.diagnostic(`workspace of ${fs.readdirSync(path.join(folder, 'junk')).length} hostile entries indexed and searched in ${Date.now() - started} ms`);
    assert.ok('result' in symbols, 'workspace symbols answered');
    const french = await client.openFile(path.join(folder, 'fr-fr', 'troubleshoot-flow-authentication-errors.md'));
    const definition = await client.request<unknown, Location[] | null>(DefinitionRequest.type, { textDocument: { uri: french }, position: client.positionOf(french, 'f9f29-107">', 12) });
    assert.ok(definition?.some((location) => location.uri.includes('/nb-no/')), `the Norwegian counterpart: ${JSON.stringify(definition)}`);
    await client.close(french);
    assert.deepEqual(client.errorLogs(), []);
    await assertStillCorrect(client);
  });
});

describe('language server with a 50 MB article', { skip: corpusMissing }, () => {
  const server = serverForSuite(180_000);

  it('runs the structure checks only, says so, and still hovers and outlines', async (t) => {
    const client = server();
    const uri = 'file:///big/fr-fr/articles/huge.md';
    const parts = ['---\ntitle: Énorme\nms.contentlocale: fr-fr\n---\n\n'];
    let length = parts[0].length;
    for (let number = 103; length < 50 * 1024 * 1024; number++) {
      const heading = number % 500 === 0 ? `## ${unitMarkup('f9f29', number++, `Section ${number}`, `Section ${number}`)}\n\n` : '';
      const part = heading + unitMarkup('f9f29', number, `Phrase numéro ${number}, avec du texte.`, `Sentence number ${number}, with some text.`) + '\n\n';
      parts.push(part);
      length += part.length;
    }
    const text = parts.join('');
    const started = Date.now();
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    t.diagnostic(`${(text.length / 1024 / 1024).toFixed(1)} MB opened and checked in ${Date.now() - started} ms: ${diagnostics.length} diagnostics`);
    assert.equal(diagnostics[0]?.code, FILE_TOO_LARGE_CODE, 'the note that only structure checks ran');
    const middle = text.indexOf('f9f29-200001">') + 'f9f29-200001">'.length;
    const hover = hoverValue(await client.hover(uri, client.document(uri).positionAt(middle)));
    assert.ok(hover.includes('Sentence number 200001, with some text.'), hover);
    const outline = (await client.documentSymbols(uri)) ?? [];
    assert.ok(outline.length > 100, `outline of ${outline.length} entries`);
    // Typing in the huge file: the next answer reflects the edit.
    const document = client.document(uri);
    await client.edit(uri, [{ range: { start: document.positionAt(middle), end: document.positionAt(middle) }, newText: 'Nouveau ' }]);
    const edited = hoverValue(await client.hover(uri, client.document(uri).positionAt(middle + 3)));
    assert.ok(edited.includes('Sentence number 200001'), edited);
    const afterEdit = await client.diagnostics(uri);
    assert.equal(afterEdit[0]?.code, FILE_TOO_LARGE_CODE);
    await client.close(uri);
    assert.deepEqual(client.errorLogs(), []);
    await assertStillCorrect(client);
  });
});

function isEmptyReport(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { kind?: string }).kind === 'full' && ((result as { items?: unknown[] }).items ?? []).length === 0;
}

/** Rejects when `promise` takes longer than `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}
