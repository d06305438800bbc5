/**
 * The CAT-tool exchange over the bundled server (stdio), as the editor commands use it:
 * `sxs/exportXliff` of a corpus article, `sxs/xliffOriginals`, `sxs/importXliff` giving LSP
 * edits that, applied to the article, give exactly the import's text, and `sxs/exportMemory`.
 * Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exportMemoryRequest, exportXliffRequest, importXliffRequest, xliffOriginalsRequest, type ExportedMemory, type ExportedXliff, type ImportedXliff, type XliffOriginals } from '../../server/src/protocol';
import { readTmx } from '../../server/src/interchange/tmxRead';
import { corpusMissing, corpusRoot } from '../support/paths';
import { LspTestClient } from './support/lspTestClient';

const folder = path.join(corpusRoot, 'customer-insights-pr');
const article = path.join(folder, 'fr-fr', 'ci-docs', 'audience-insights', 'apis.md');
const relative = 'customer-insights-pr/fr-fr/ci-docs/audience-insights/apis.md';

describe('interchange requests over stdio', { skip: corpusMissing }, () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('exports an article, names its original, and imports a changed target as edits of the translation only', async () => {
    const uri = pathToFileURL(article).href;
    const [exported] = await client.request<unknown, ExportedXliff[]>(exportXliffRequest, { articles: [{ uri, path: relative }], version: '1.2' });
    assert.equal(exported.error, undefined);
    assert.equal(exported.unitCount, 78);
    const originals = await client.request<unknown, XliffOriginals>(xliffOriginalsRequest, { xliff: exported.xliff });
    assert.deepEqual(originals.paths, [relative]);

    const text = fs.readFileSync(article, 'utf8');
    const changed = exported.xliff!.replace('<target state="translated">Utiliser les API de Customer Insights</target>', '<target state="translated">Travailler avec les API</target>');
    assert.notEqual(changed, exported.xliff);
    const imported = await client.request<unknown, ImportedXliff>(importXliffRequest, { uri, text, xliff: changed, path: relative });
    assert.equal(imported.imported, 1);
    assert.equal(imported.edits.length, 1);
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), imported.edits.map((edit) => ({ range: edit.range, newText: edit.newText })));
    assert.equal(after, text.replace('>Utiliser les API de Customer Insights<', '>Travailler avec les API<'));
    assert.match(imported.summary[0], /imported 1 unit\(s\); 77 unchanged/);
  });

  it('answers a broken XLIFF with a message and no edits, and keeps serving', async () => {
    const uri = pathToFileURL(article).href;
    const imported = await client.request<unknown, ImportedXliff>(importXliffRequest, { uri, text: fs.readFileSync(article, 'utf8'), xliff: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><xliff/>', path: relative });
    assert.deepEqual(imported.edits, []);
    assert.match(imported.error ?? '', /declares entities/);
    const originals = await client.request<unknown, XliffOriginals>(xliffOriginalsRequest, { xliff: 'not xml' });
    assert.match(originals.error ?? '', /not a readable XLIFF file/);
  });

  it('exports the memory of a folder as TMX with paths relative to it', async () => {
    const memory = await client.request<unknown, ExportedMemory>(exportMemoryRequest, { folderUris: [pathToFileURL(folder).href], locale: 'fr-fr' });
    assert.ok(memory.articles > 5 && memory.written > 500, `${memory.written} units from ${memory.articles} articles`);
    const entries = readTmx(memory.tmx);
    assert.equal(entries.length, memory.written);
    assert.ok(entries.some((entry) => entry.properties['x-file'] === 'fr-fr/ci-docs/audience-insights/apis.md' && entry.target === 'Utiliser les API de Customer Insights'));
  });
});
