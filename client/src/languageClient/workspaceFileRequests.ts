/**
 * Answers a diskless server's questions about the workspace's files (a web worker cannot read
 * them itself) through `vscode.workspace.fs` and `findFiles`, which serve local, remote and
 * virtual workspaces alike.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { listMarkdownFilesRequest, readWorkspaceFileRequest, statWorkspaceFileRequest } from '../../../server/src/protocol';

/** Folders that never hold articles, as the desktop server skips them too. */
const NOT_WALKED = '{**/node_modules/**,**/.*/**}';
/** The text as the desktop server reads it: UTF-8, a byte-order mark kept (the checks report it). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Registers the handlers on `client`; what cannot be read answers null, never an error. */
export function answerWorkspaceFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(listMarkdownFilesRequest, async ({ folderUri }) => {
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folderUri), '**/*.md'), NOT_WALKED);
      return files.map((file) => file.toString()).sort();
    }),
    client.onRequest(readWorkspaceFileRequest, async ({ uri }) => {
      try {
        return utf8.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      } catch {
        return null;
      }
    }),
    client.onRequest(statWorkspaceFileRequest, async ({ uri }) => {
      try {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return stat.type & vscode.FileType.File ? { mtime: stat.mtime, size: stat.size } : null;
      } catch {
        return null;
      }
    }),
  ];
}
