/**
 * The workspace file system of a server without a disk: every listing, read and stat is a
 * request to the client. Here the "client" answers from an in-memory workspace through the
 * same request types, and the workspace index is built over it as in the web worker.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RequestType } from 'vscode-languageserver-protocol';
import { listMarkdownFilesRequest, readWorkspaceFileRequest, statWorkspaceFileRequest } from '../../../server/src/protocol';
import { clientFileSystem, type RequestSender } from '../../../server/src/workspace/clientFileSystem';
import { InMemoryFileSystem } from '../../../server/src/workspace/inMemoryFileSystem';
import { indexWorkspace } from '../../../server/src/workspace/indexWorkspace';
import { diskOrElse } from '../../../server/src/workspace/schemeFileSystem';
import { article } from '../workspace/support/workspaceFixture';

const ROOT = 'vscode-vfs://github/contoso/docs';

/** A client answering the three requests from `files`, recording every request it gets. */
function clientOver(files: InMemoryFileSystem, asked: string[] = []): RequestSender {
  return {
    async sendRequest<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
      asked.push(type.method);
      const { folderUri, uri } = params as { folderUri?: string; uri?: string };
      if (type.method === listMarkdownFilesRequest.method) return (await files.listMarkdownFiles(folderUri!)) as R;
      if (type.method === readWorkspaceFileRequest.method) return ((await files.readFile(uri!)) ?? null) as R;
      if (type.method === statWorkspaceFileRequest.method) return ((await files.stat(uri!)) ?? null) as R;
      throw new Error(`unexpected request ${type.method}`);
    },
  };
}

describe('clientFileSystem (the web worker reads the workspace through the client)', () => {
  it('builds the workspace index of a virtual workspace and finds an article\'s English original', async () => {
    const files = new InMemoryFileSystem({
      [`${ROOT}/docs-pr.fr-fr/articles/a.md`]: article({ locale: 'fr-FR', units: [['Bonjour.', 'Hello.']] }),
      [`${ROOT}/docs-pr/articles/a.md`]: article({ english: ['Hello.'] }),
    });
    const asked: string[] = [];
    const { index, stats } = await indexWorkspace(clientFileSystem(clientOver(files, asked)), [ROOT]);
    assert.equal(stats.files, 2);
    assert.equal(stats.localizedFiles, 1);
    const french = `${ROOT}/docs-pr.fr-fr/articles/a.md`;
    const versions = await index.versionsOf(french, { english: false, assetId: undefined });
    assert.deepEqual(versions.map((version) => version.uri), [`${ROOT}/docs-pr/articles/a.md`]);
    assert.ok(asked.includes(listMarkdownFilesRequest.method) && asked.includes(readWorkspaceFileRequest.method));
  });

  it('reads a failed or refused request as an absent file, never as an error', async () => {
    const failing = clientFileSystem({ sendRequest: () => Promise.reject(new Error('connection closed')) });
    assert.deepEqual(await failing.listMarkdownFiles(ROOT), []);
    assert.equal(await failing.readFile(`${ROOT}/a.md`), undefined);
    assert.equal(await failing.stat(`${ROOT}/a.md`), undefined);
    const empty = clientFileSystem(clientOver(new InMemoryFileSystem()));
    assert.equal(await empty.readFile(`${ROOT}/missing.md`), undefined);
    assert.equal(await empty.stat(`${ROOT}/missing.md`), undefined);
  });

  it('on the desktop, file: URIs go to the disk and other schemes to the client', async () => {
    const disk = new InMemoryFileSystem({ 'file:///w/a.md': 'disk' });
    const remote = new InMemoryFileSystem({ [`${ROOT}/a.md`]: 'client' });
    const both = diskOrElse(disk, clientFileSystem(clientOver(remote)));
    assert.equal(await both.readFile('file:///w/a.md'), 'disk');
    assert.equal(await both.readFile(`${ROOT}/a.md`), 'client');
    assert.deepEqual(await both.listMarkdownFiles(ROOT), [`${ROOT}/a.md`]);
  });
});
