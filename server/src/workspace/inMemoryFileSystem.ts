/**
 * A workspace held in a map from URI to text, for tests and for hosts without a disk. It behaves
 * like the Node file system: listing is recursive below a folder URI, missing files read as
 * undefined, and every write bumps the modification time.
 */
import type { WorkspaceFileStat, WorkspaceFileSystem } from './workspaceFileSystem';

/** A mutable in-memory workspace. */
export class InMemoryFileSystem implements WorkspaceFileSystem {
  private readonly files = new Map<string, { text: string; mtime: number }>();
  private clock = 0;

  /** Starts with `files` (URI → text). */
  constructor(files: Readonly<Record<string, string>> = {}) {
    for (const [uri, text] of Object.entries(files)) this.write(uri, text);
  }

  /** Creates or replaces a file. */
  write(uri: string, text: string): void {
    this.files.set(uri, { text, mtime: ++this.clock });
  }

  /** Removes a file; true when it existed. */
  delete(uri: string): boolean {
    return this.files.delete(uri);
  }

  async listMarkdownFiles(folderUri: string): Promise<string[]> {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    return [...this.files.keys()].filter((uri) => uri.startsWith(prefix) && uri.toLowerCase().endsWith('.md')).sort();
  }

  async readFile(uri: string): Promise<string | undefined> {
    return this.files.get(uri)?.text;
  }

  async stat(uri: string): Promise<WorkspaceFileStat | undefined> {
    const file = this.files.get(uri);
    return file ? { mtime: file.mtime, size: file.text.length } : undefined;
  }
}
