/** The extension activates when a reviewer opens a localized article, and its language server runs. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, frenchSeedArticle, inWebWorkerHost, openSample, runningSxsExtension, sxsExtension } from './helpers';

suite('activation', () => {
  teardown(closeAllEditors);

  test('opening a localized article activates the extension and starts its language client', async () => {
    await openSample(frenchSeedArticle);
    const api = await runningSxsExtension();
    assert.equal(sxsExtension().isActive, true);
    assert.equal(api.languageClientIsRunning(), true);
  });

  (inWebWorkerHost ? test.skip : test)('the extension runs in the workspace extension host, beside the files, where its Node server can start', () => {
    // On code-server that host is the remote one; on a desktop VS Code it is the local one.
    assert.ok(vscode.workspace.workspaceFolders?.[0], 'a workspace folder is open');
    assert.equal(sxsExtension().extensionKind, vscode.ExtensionKind.Workspace);
  });

  (inWebWorkerHost ? test : test.skip)('the extension runs in the browser\'s web worker extension host, with no Node', () => {
    // The web worker host runs beside the UI (as on github.dev and vscode.dev), not beside the files.
    assert.equal(sxsExtension().extensionKind, vscode.ExtensionKind.UI);
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(inWebWorkerHost, true, 'no Node in the web worker');
  });
});
