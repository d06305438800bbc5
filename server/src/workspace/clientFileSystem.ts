/**
 * The workspace file system of a server without a disk (a web worker): every listing, read and
 * stat is a request to the client, which reaches the files through `vscode.workspace.fs`, so
 * virtual workspaces (github.dev's `vscode-vfs:`) are served as well as local ones.
 */
import type { RequestType } from 'vscode-languageserver-protocol';
import { listMarkdownFilesRequest, readWorkspaceFileRequest, statWorkspaceFileRequest } from '../protocol';
import type { WorkspaceFileStat, WorkspaceFileSystem } from './workspaceFileSystem';

/** The one thing needed of the connection. */
export interface RequestSender {
  sendRequest<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
}

/** A `WorkspaceFileSystem` answered by the client; a failed request reads as an absent file. */
export function clientFileSystem(client: RequestSender): WorkspaceFileSystem {
  const ask = async <P, R>(type: RequestType<P, R, void>, params: P, absent: R): Promise<R> => {
    try {
      return (await client.sendRequest(type, params)) ?? absent;
    } catch {
      return absent;
    }
  };
  return {
    listMarkdownFiles: (folderUri) => ask(listMarkdownFilesRequest, { folderUri }, []),
    readFile: async (uri) => (await ask(readWorkspaceFileRequest, { uri }, null)) ?? undefined,
    stat: async (uri): Promise<WorkspaceFileStat | undefined> => (await ask(statWorkspaceFileRequest, { uri }, null)) ?? undefined,
  };
}
