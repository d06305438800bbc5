/**
 * Which files `sxs check` reads: named files as they are; folders and globs walked for `*.md`,
 * with hidden entries, `node_modules` and what `.gitignore` files (and `.git/info/exclude`)
 * ignore left out unless named. Symbolic links are followed, a link back into a folder being
 * walked is reported and skipped, and a folder that cannot be read is reported while the rest
 * is walked. Globs are picomatch patterns relative to the current folder.
 */
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** The part of `node:fs` the walk uses (tests pass one that fails on purpose). */
export type WalkFileSystem = Pick<typeof nodeFs, 'readdirSync' | 'statSync' | 'realpathSync' | 'readFileSync'>;

/** What the targets name. */
export interface FileSelection {
  /** Absolute paths, sorted by their path relative to the root, without repeats. */
  readonly files: readonly string[];
  /** Input that could not be read (exit code 2; the other files are still checked). */
  readonly problems: readonly string[];
  /** Things skipped on purpose that a user may want to know (a link loop, a glob matching nothing). */
  readonly notices: readonly string[];
}

export interface SelectionOptions {
  readonly cwd: string;
  /** The repository root: `.gitignore` files from here down apply; report paths are relative to it. */
  readonly root: string;
  readonly fs?: WalkFileSystem;
}

/** The files the targets name, walked as described above. */
export function selectFiles(targets: readonly string[], options: SelectionOptions): FileSelection {
  const fs = options.fs ?? nodeFs;
  const files = new Set<string>();
  const problems: string[] = [];
  const notices: string[] = [];
  const ignores = new GitIgnores(options.root, fs);
  const shown = (absolute: string): string => path.relative(options.cwd, absolute) || '.';

  const walk = (directory: string, ancestors: ReadonlySet<string>, accept: (file: string) => boolean, hidden: boolean): number => {
    let entries: nodeFs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      problems.push(`${shown(directory)}: cannot read the folder (${errorCode(error)})`);
      return 0;
    }
    let found = 0;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name === '.git' || entry.name === 'node_modules' || (!hidden && entry.name.startsWith('.'))) continue;
      const full = path.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = fs.statSync(full, { throwIfNoEntry: false });
        if (!target) {
          notices.push(`${shown(full)}: skipped, a symbolic link to nothing`);
          continue;
        }
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (ignores.ignores(full, isDirectory)) continue;
      if (isDirectory) {
        const real = realPath(fs, full);
        if (ancestors.has(real)) {
          notices.push(`${shown(full)}: skipped, a symbolic link loop (it leads back to ${shown(real)})`);
          continue;
        }
        found += walk(full, new Set([...ancestors, real]), accept, hidden);
      } else if (isFile && entry.name.toLowerCase().endsWith('.md') && accept(full)) {
        files.add(full);
        found++;
      }
    }
    return found;
  };

  for (const target of targets) {
    const scan = picomatch.scan(target);
    if (scan.isGlob) {
      const base = path.resolve(options.cwd, scan.base || '.');
      const matches = picomatch(path.resolve(options.cwd, target).split(path.sep).join('/'));
      const namesHidden = /(^|\/)\.[^/]/.test(scan.glob);
      const found = fs.statSync(base, { throwIfNoEntry: false })?.isDirectory() ? walk(base, new Set([realPath(fs, base)]), (file) => matches(file.split(path.sep).join('/')), namesHidden) : 0;
      if (found === 0) notices.push(`${target}: no Markdown files match this pattern`);
      continue;
    }
    const absolute = path.resolve(options.cwd, target);
    let stat: nodeFs.Stats | undefined;
    try {
      stat = fs.statSync(absolute, { throwIfNoEntry: false });
    } catch (error) {
      problems.push(`${target}: cannot read (${errorCode(error)})`);
      continue;
    }
    if (!stat) problems.push(`${target}: no such file or folder`);
    else if (stat.isDirectory()) {
      if (walk(absolute, new Set([realPath(fs, absolute)]), () => true, false) === 0) notices.push(`${target}: no Markdown files in this folder (hidden and .gitignored ones are skipped unless named)`);
    } else if (stat.isFile()) files.add(absolute);
    else problems.push(`${target}: not a regular file or folder`);
  }
  const relative = (file: string): string => path.relative(options.root, file);
  return { files: [...files].sort((a, b) => (relative(a) < relative(b) ? -1 : relative(a) > relative(b) ? 1 : 0)), problems, notices };
}

/** The `.gitignore` rules of each folder from the root down, read once per folder. */
class GitIgnores {
  private readonly byFolder = new Map<string, Ignore | undefined>();

  constructor(
    private readonly root: string,
    private readonly fs: WalkFileSystem,
  ) {
    const exclude = this.read(path.join(root, '.git', 'info', 'exclude'));
    const rootRules = this.read(path.join(root, '.gitignore'));
    this.byFolder.set(root, exclude || rootRules ? ignore().add(exclude ?? '').add(rootRules ?? '') : undefined);
  }

  /** Whether a `.gitignore` in a folder between the root and `file` ignores it. */
  ignores(file: string, isDirectory: boolean): boolean {
    const fromRoot = path.relative(this.root, file);
    if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return false;
    const parts = fromRoot.split(path.sep);
    let folder = this.root;
    for (let index = 0; index < parts.length; index++) {
      const rules = this.rulesOf(folder);
      const below = parts.slice(index).join('/') + (isDirectory ? '/' : '');
      if (rules?.ignores(below)) return true;
      folder = path.join(folder, parts[index]);
    }
    return false;
  }

  private rulesOf(folder: string): Ignore | undefined {
    if (!this.byFolder.has(folder)) {
      const text = this.read(path.join(folder, '.gitignore'));
      this.byFolder.set(folder, text === undefined ? undefined : ignore().add(text));
    }
    return this.byFolder.get(folder);
  }

  private read(file: string): string | undefined {
    try {
      return this.fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }
}

function realPath(fs: WalkFileSystem, file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'too many symbolic links' : (code ?? String(error));
}
