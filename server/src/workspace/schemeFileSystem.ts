/**
 * One workspace file system made of several, chosen by each URI's scheme: the desktop server
 * reads `file:` URIs from the disk and asks the client for the rest (a virtual workspace such
 * as `vscode-vfs:` opened in desktop VS Code).
 */
import type { WorkspaceFileSystem } from './workspaceFileSystem';

/** Sends `file:` URIs to `disk` and every other scheme to `other`. */
export function diskOrElse(disk: WorkspaceFileSystem, other: WorkspaceFileSystem): WorkspaceFileSystem {
  const pick = (uri: string) => (uri.startsWith('file:') ? disk : other);
  return {
    listMarkdownFiles: (folderUri) => pick(folderUri).listMarkdownFiles(folderUri),
    readFile: (uri) => pick(uri).readFile(uri),
    stat: (uri) => pick(uri).stat(uri),
  };
}
