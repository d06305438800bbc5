/**
 * Builds a complete index in one call and says how long it took: what a benchmark or a
 * command-line report times. The language server builds the same index lazily instead.
 */
import type { WorkspaceFileSystem } from './workspaceFileSystem';
import { WorkspaceIndex, type IndexProgress, type IndexStats } from './workspaceIndex';

/** An index built to completion, with its counts and the wall time of the build. */
export interface IndexedWorkspace {
  readonly index: WorkspaceIndex;
  readonly stats: IndexStats;
  readonly milliseconds: number;
}

/** Lists and summarizes every Markdown file under `folders` (URIs). */
export async function indexWorkspace(
  fileSystem: WorkspaceFileSystem,
  folders: readonly string[],
  options: { readonly onProgress?: (progress: IndexProgress) => void; readonly concurrency?: number } = {},
): Promise<IndexedWorkspace> {
  const started = Date.now();
  const index = new WorkspaceIndex(fileSystem, folders, options);
  await index.whenComplete();
  return { index, stats: index.stats(), milliseconds: Date.now() - started };
}
