/**
 * The only way the workspace index reaches files. The language server passes the Node
 * implementation (`nodeFileSystem.ts`); tests pass the in-memory one, so everything else under
 * `server/src/workspace/` stays free of Node built-ins and runs anywhere.
 */

/** What the index needs to know about a file without reading it. */
export interface WorkspaceFileStat {
  /** Last modification time in milliseconds. */
  readonly mtime: number;
  /** Size in bytes. */
  readonly size: number;
}

/** Files of the workspace, addressed by URI strings (`file:///…`). */
export interface WorkspaceFileSystem {
  /** Every Markdown file (`*.md`) below a workspace folder, as URIs; an absent folder lists nothing. */
  listMarkdownFiles(folderUri: string): Promise<string[]>;
  /** The text of a file, or undefined when it cannot be read (deleted meanwhile, say). */
  readFile(uri: string): Promise<string | undefined>;
  /** Size and modification time, or undefined when the file does not exist. */
  stat(uri: string): Promise<WorkspaceFileStat | undefined>;
}
