/**
 * In-memory workspaces for the workspace index and the cross-file features: articles written in
 * a few lines, a file system that counts what it is asked, and renderings of locations as text.
 */
import type { Location, Range } from 'vscode-languageserver-types';
import { InMemoryFileSystem } from '../../../../server/src/workspace/inMemoryFileSystem';
import { WorkspaceIndex, type WorkspaceIndexOptions } from '../../../../server/src/workspace/workspaceIndex';
import { showRange, unit } from '../../features/support/featureFixture';

/** The folder every fixture workspace lives in. */
export const ROOT = 'file:///w';

/** What goes into a fixture article. */
export interface ArticleSpec {
  /** `ms.contentlocale` as written (`fr-FR`); omitted for English originals. */
  readonly locale?: string;
  readonly assetId?: string;
  /** Id prefix of the units; the unit numbers start at 103. */
  readonly prefix?: string;
  /** `[translation, English]` per unit; a heading when the English starts with `# `. */
  readonly units?: readonly (readonly [string, string])[];
  /** English originals: their Markdown lines. */
  readonly english?: readonly string[];
}

/** The text of a localized article (or of an English original when `english` is given). */
export function article(spec: ArticleSpec): string {
  const keys = [spec.locale ? `ms.contentlocale: ${spec.locale}` : '', spec.assetId ? `ms.assetid: ${spec.assetId}` : ''].filter(Boolean);
  const frontMatter = `---\ntitle: Fixture\n${keys.map((key) => `${key}\n`).join('')}---\n`;
  if (spec.english) return `${frontMatter}${spec.english.join('\n\n')}\n`;
  const body = (spec.units ?? []).map(([translation, english], index) => {
    const id = `${spec.prefix ?? 'aaaaa'}-${103 + index}`;
    const heading = /^(#+) /.exec(english);
    return heading ? `${heading[1]} ${unit(id, translation.replace(/^#+ /, ''), english.slice(heading[0].length))}` : unit(id, translation, english);
  });
  return `${frontMatter}${body.join('\n\n')}\n`;
}

/** An in-memory file system that counts reads and listings. */
export class CountingFileSystem extends InMemoryFileSystem {
  reads: string[] = [];
  listings = 0;

  override async listMarkdownFiles(folderUri: string): Promise<string[]> {
    this.listings++;
    return super.listMarkdownFiles(folderUri);
  }

  override async readFile(uri: string): Promise<string | undefined> {
    this.reads.push(uri);
    return super.readFile(uri);
  }
}

/** A workspace of `files` (paths below `ROOT` → text) and its index, not yet built. */
export function workspaceOf(files: Readonly<Record<string, string>>, options: WorkspaceIndexOptions = {}): { fileSystem: CountingFileSystem; index: WorkspaceIndex } {
  const fileSystem = new CountingFileSystem(Object.fromEntries(Object.entries(files).map(([path, text]) => [`${ROOT}/${path}`, text])));
  return { fileSystem, index: new WorkspaceIndex(fileSystem, [ROOT], options) };
}

/** The path below `ROOT` of a uri. */
export function pathOf(uri: string): string {
  return uri.startsWith(`${ROOT}/`) ? uri.slice(ROOT.length + 1) : uri;
}

/** `path line:character-line:character «covered text»`, one per location, sorted by path. */
export async function showLocations(locations: readonly Location[], fileSystem: InMemoryFileSystem): Promise<string[]> {
  const shown = await Promise.all(locations.map(async (location) => `${pathOf(location.uri)} ${showRange((await fileSystem.readFile(location.uri)) ?? '', location.range as Range)}`));
  return shown.sort();
}
