/**
 * The workspace file system on a real disk: the one file under `server/src/workspace/` that
 * touches Node's `fs`. Folders that never hold articles (`node_modules`, hidden folders such as
 * `.git`) are not walked, and symbolic links are not followed, so a link loop cannot hang the
 * index.
 */
import { promises as fs, readFile } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceFileStat, WorkspaceFileSystem } from './workspaceFileSystem';


/** Reads `file:` URIs from the local disk; other schemes list and read nothing. */
export const nodeFileSystem: WorkspaceFileSystem = {
  async listMarkdownFiles(folderUri: string): Promise<string[]> {
    const folder = pathOf(folderUri);
    if (folder === undefined) return [];
    const found: string[] = [];
    const pending = [folder];
    while (pending.length > 0) {
      const directory = pending.pop()!;
      let entries;
      try {
        entries = await fs.readdir(directory, { withFileTypes: true });
      } catch {
        continue; // vanished or unreadable: the rest of the workspace still counts
      }
      for (const entry of entries) {
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) pending.push(path.join(directory, entry.name));
        } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
          found.push(pathToFileURL(path.join(directory, entry.name)).href);
        }
      }
    }
    return found.sort();
  },

  async readFile(uri: string): Promise<string | undefined> {
    const file = pathOf(uri);
    if (file === undefined) return undefined;
    // The callback form: the promise form costs several times more per file in Node 20.
    return new Promise((resolve) => readFile(file, 'utf8', (error, text) => resolve(error ? undefined : text)));
  },

  async stat(uri: string): Promise<WorkspaceFileStat | undefined> {
    const file = pathOf(uri);
    if (file === undefined) return undefined;
    try {
      const stats = await fs.stat(file);
      return stats.isFile() ? { mtime: stats.mtimeMs, size: stats.size } : undefined;
    } catch {
      return undefined;
    }
  },
};

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
