/**
 * The workspace index over in-memory workspaces: the versions of an article in each repository
 * layout, pairing by `ms.assetid`, laziness, answers before the build is done, and updates from
 * file events.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OwnArticleFacts, WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';
import { article, pathOf, ROOT, workspaceOf } from './support/workspaceFixture';

const LOCALIZED: OwnArticleFacts = { english: false, assetId: undefined };
const ENGLISH: OwnArticleFacts = { english: true, assetId: undefined };

async function versions(index: WorkspaceIndex, path: string, own: OwnArticleFacts = LOCALIZED): Promise<string[]> {
  return (await index.versionsOf(`${ROOT}/${path}`, own)).map((version) => `${version.kind} ${version.locale} ${pathOf(version.uri)}`);
}

const fr = article({ locale: 'fr-FR', prefix: 'f9f29', units: [['Bonjour.', 'Hello.']] });
const nb = article({ locale: 'nb-NO', prefix: '830ff', units: [['Hei.', 'Hello.']] });
const de = article({ locale: 'de-DE', prefix: '0dc32', units: [['Hallo.', 'Hello.']] });
const en = article({ english: ['Hello.'] });

describe('versions of an article', () => {
  it('locale folders beside en-us, across the -pr twin', async () => {
    const { index } = workspaceOf({
      'customer-insights-pr/fr-fr/ci-docs/a.md': fr,
      'customer-insights-pr/nb-no/ci-docs/a.md': nb,
      'customer-insights-pr/nb-no/ci-docs/b.md': nb,
      'customer-insights/en-us/ci-docs/a.md': en,
      'other-docs-pr/de-de/ci-docs/a.md': de,
    });
    assert.deepEqual(await versions(index, 'customer-insights-pr/fr-fr/ci-docs/a.md'), [
      'english en-us customer-insights/en-us/ci-docs/a.md',
      'localized nb-no customer-insights-pr/nb-no/ci-docs/a.md',
    ]);
    assert.deepEqual(await versions(index, 'customer-insights/en-us/ci-docs/a.md', ENGLISH), [
      'localized fr-fr customer-insights-pr/fr-fr/ci-docs/a.md',
      'localized nb-no customer-insights-pr/nb-no/ci-docs/a.md',
    ]);
  });

  it('localization repositories <repo>.<locale> beside the English repository', async () => {
    const { index } = workspaceOf({
      'docs-pr.fr-fr/articles/a.md': fr,
      'docs-pr.de-de/articles/a.md': de,
      'docs-pr/articles/a.md': en,
      'docs-pr/articles/b.md': en,
    });
    assert.deepEqual(await versions(index, 'docs-pr.de-de/articles/a.md'), ['english en-us docs-pr/articles/a.md', 'localized fr-fr docs-pr.fr-fr/articles/a.md']);
    assert.deepEqual(await versions(index, 'docs-pr/articles/a.md', ENGLISH), ['localized de-de docs-pr.de-de/articles/a.md', 'localized fr-fr docs-pr.fr-fr/articles/a.md']);
    assert.deepEqual(await versions(index, 'docs-pr/articles/b.md', ENGLISH), []);
  });

  it('a public English repository pairs with private localization repositories', async () => {
    const { index } = workspaceOf({ 'docs-pr.fr-fr/a.md': fr, 'docs/a.md': en });
    assert.deepEqual(await versions(index, 'docs-pr.fr-fr/a.md'), ['english en-us docs/a.md']);
    assert.deepEqual(await versions(index, 'docs/a.md', ENGLISH), ['localized fr-fr docs-pr.fr-fr/a.md']);
  });

  it('files sharing ms.assetid pair wherever they sit, once summarized', async () => {
    const asset = 'fa6a6fcb-2597-44e7-93f8-8d1dd35d52ea';
    const { index } = workspaceOf({
      'skype-pr/ko-kr/old-name.md': article({ locale: 'ko-KR', assetId: asset.toUpperCase(), units: [['안녕.', 'Hello.']] }),
      'english/renamed.md': article({ assetId: asset, english: ['Hello.'] }),
      'english/unrelated.md': article({ assetId: 'other', english: ['Hello.'] }),
    });
    await index.whenComplete();
    assert.deepEqual(await versions(index, 'skype-pr/ko-kr/old-name.md', { english: false, assetId: asset }), ['english en-us english/renamed.md']);
    assert.deepEqual(await versions(index, 'english/renamed.md', { english: true, assetId: asset }), ['localized ko-kr skype-pr/ko-kr/old-name.md']);
  });

  it('the locale comes from ms.contentlocale, else from the path', async () => {
    const { index } = workspaceOf({ 'r/fr-fr/a.md': fr, 'r/fr-ca/a.md': article({ prefix: 'bbbbb', units: [['Allo.', 'Hello.']] }) });
    assert.deepEqual(await versions(index, 'r/fr-fr/a.md'), ['localized fr-ca r/fr-ca/a.md']);
  });
});

describe('building', () => {
  const files = { 'r/fr-fr/a.md': fr, 'r/nb-no/a.md': nb, 'r/de-de/a.md': de, 'r/en-us/a.md': en, 'r/fr-fr/b.md': fr, 'r/nb-no/b.md': nb };

  it('reads nothing until a feature asks', async () => {
    const { fileSystem, index } = workspaceOf(files);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(fileSystem.listings + fileSystem.reads.length, 0);
    await index.whenComplete();
    assert.equal(fileSystem.listings, 1);
    assert.deepEqual(index.stats(), { files: 6, localizedFiles: 5, englishFiles: 1, units: 5, headings: 0, filterBytes: index.stats().filterBytes });
  });

  it('answers about one article before the build is done, reading only its versions', async () => {
    // The background build never gets past its first files: the event loop "yield" never returns.
    const { fileSystem, index } = workspaceOf(files, { concurrency: 1, yieldToEventLoop: () => new Promise<void>(() => undefined) });
    assert.deepEqual(await versions(index, 'r/nb-no/b.md'), ['localized fr-fr r/fr-fr/b.md']);
    assert.equal(index.isComplete, false);
    // The first file of the listing (de-de/a.md) was read by the stalled build; the rest wait.
    assert.deepEqual(fileSystem.reads.map(pathOf).sort(), ['r/de-de/a.md', 'r/fr-fr/b.md']);
  });

  it('reads each file once, even when a feature and the background build want it together', async () => {
    const { fileSystem, index } = workspaceOf(files);
    await Promise.all([index.whenComplete(), versions(index, 'r/fr-fr/a.md'), versions(index, 'r/nb-no/a.md')]);
    assert.equal(fileSystem.reads.length, 6, fileSystem.reads.map(pathOf).join(', '));
  });
});

describe('file events', () => {
  it('a created file joins its article, a deleted one leaves it, a changed one is read again', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/a.md': fr, 'r/en-us/a.md': en });
    await index.whenComplete();
    fileSystem.write(`${ROOT}/r/ja-jp/a.md`, article({ locale: 'ja-JP', units: [['こんにちは。', 'Hello.']] }));
    index.fileChanged(`${ROOT}/r/ja-jp/a.md`);
    assert.deepEqual(await versions(index, 'r/fr-fr/a.md'), ['english en-us r/en-us/a.md', 'localized ja-jp r/ja-jp/a.md']);

    fileSystem.write(`${ROOT}/r/ja-jp/a.md`, article({ locale: 'ja-JP', assetId: 'x1', units: [['こんにちは。', 'Hello.']] }));
    index.fileChanged(`${ROOT}/r/ja-jp/a.md`);
    await index.whenComplete();
    assert.deepEqual(await versions(index, 'elsewhere/renamed.md', { english: true, assetId: 'x1' }), ['localized ja-jp r/ja-jp/a.md']);

    fileSystem.delete(`${ROOT}/r/en-us/a.md`);
    index.fileDeleted(`${ROOT}/r/en-us/a.md`);
    assert.deepEqual(await versions(index, 'r/fr-fr/a.md'), ['localized ja-jp r/ja-jp/a.md']);
    assert.equal(index.stats().files, 2);
  });

  it('a deleted folder takes its articles along', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/a.md': fr, 'r/nb-no/a.md': nb, 'r/en-us/a.md': en });
    await index.whenComplete();
    fileSystem.delete(`${ROOT}/r/nb-no/a.md`);
    index.fileDeleted(`${ROOT}/r/nb-no`);
    assert.deepEqual(await versions(index, 'r/fr-fr/a.md'), ['english en-us r/en-us/a.md']);
    assert.equal(index.stats().files, 2);
  });

  it('a file deleted without an event is forgotten when read', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/a.md': fr, 'r/nb-no/a.md': nb }, { concurrency: 1, yieldToEventLoop: () => new Promise<void>(() => undefined) });
    await index.whenListed();
    fileSystem.delete(`${ROOT}/r/nb-no/a.md`);
    assert.deepEqual(await versions(index, 'r/fr-fr/a.md'), []);
    assert.equal(index.stats().files, 1);
  });

  it('a folder moved in is listed: its articles join theirs (a watcher reports the folder, not what it holds)', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/ci/a.md': fr, 'r/en-us/ci/a.md': en });
    await index.whenComplete();
    fileSystem.write(`${ROOT}/r/de-de/ci/a.md`, de);
    index.entryCreated(`${ROOT}/r/de-de`);
    await waitUntil(async () => (await versions(index, 'r/fr-fr/ci/a.md')).length === 2);
    assert.deepEqual(await versions(index, 'r/fr-fr/ci/a.md'), ['english en-us r/en-us/ci/a.md', 'localized de-de r/de-de/ci/a.md']);
    assert.equal(index.stats().files, 3);
  });

  it('a folder created outside the workspace folders, or under a hidden one, is not listed', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/a.md': fr });
    await index.whenComplete();
    const listings = fileSystem.listings;
    index.entryCreated('file:///elsewhere/de-de');
    index.entryCreated(`${ROOT}/.cache/de-de`);
    index.entryCreated(`${ROOT}/r/node_modules/x`);
    assert.equal(fileSystem.listings, listings);
  });

  it('a version deleted without an event (in a folder the watcher missed) leaves the answer', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/a.md': fr, 'r/nb-no/a.md': nb, 'r/en-us/a.md': en });
    await index.whenComplete();
    fileSystem.delete(`${ROOT}/r/nb-no/a.md`);
    assert.deepEqual(await versions(index, 'r/fr-fr/a.md'), ['english en-us r/en-us/a.md']);
    assert.equal(index.stats().files, 2);
  });

  it('events before the first build are left to the listing', () => {
    const { fileSystem, index } = workspaceOf({});
    index.fileChanged(`${ROOT}/r/fr-fr/a.md`);
    assert.equal(fileSystem.reads.length, 0);
  });

  it('URIs spelled differently by the client name the same file', async () => {
    const { index } = workspaceOf({ 'r/fr-fr/a b.md': fr, 'r/nb-no/a b.md': nb });
    assert.deepEqual(await versions(index, 'r/fr-fr/a%20b.md'), ['localized nb-no r/nb-no/a b.md']);
  });
});

/** Lets the index's background work run until `done` holds (a listing and reads in flight). */
async function waitUntil(done: () => Promise<boolean>): Promise<void> {
  for (let turn = 0; turn < 1000 && !(await done()); turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe('disposing', () => {
  it('stops the background build and ignores later events', async () => {
    const { fileSystem, index } = workspaceOf({ 'r/fr-fr/a.md': fr, 'r/nb-no/a.md': nb, 'r/de-de/a.md': de }, { concurrency: 1 });
    await index.whenListed();
    index.dispose();
    await index.whenComplete();
    const reads = fileSystem.reads.length;
    assert.ok(reads <= 1, `${reads} files read after dispose`);
    index.fileChanged(`${ROOT}/r/fr-fr/a.md`);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(fileSystem.reads.length, reads);
  });
});
