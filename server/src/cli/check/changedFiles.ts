/**
 * `--changed-since REF`: the files a pull request touches, from git (added, copied, modified,
 * renamed or retyped since the merge base of REF and HEAD, uncommitted edits included), and the
 * translations of every English original among them, which a changed original may have made stale.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { identitiesOfEnglishFile, locateArticle } from '../../workspace/articleLocation';
import { uriKey } from '../../workspace/uriKey';
import { UsageError } from '../subcommand';

/** Absolute paths of the files changed since `ref` in the repository at `root`. */
export function changedSince(ref: string, root: string): Set<string> {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new UsageError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ''}${args[0] === 'merge-base' ? ' (in CI, fetch the history: actions/checkout with fetch-depth: 0)' : ''}`);
    }
  };
  const base = git('merge-base', ref, 'HEAD').trim();
  const names = git('diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', base, '--').split('\0').filter(Boolean);
  return new Set(names.map((name) => path.resolve(root, name)));
}

/**
 * The candidates that changed, or whose English original changed (`customer-insights/en-us/x.md`
 * changed → `customer-insights-pr/fr-fr/x.md` is checked again).
 */
export function affectedFiles(candidates: readonly string[], changed: ReadonlySet<string>): string[] {
  const changedIdentities = new Set<string>();
  for (const file of changed) for (const identity of identitiesOfEnglishFile(uriKey(pathToFileURL(file).href))) changedIdentities.add(identity);
  return candidates.filter((file) => {
    if (changed.has(file)) return true;
    const location = locateArticle(uriKey(pathToFileURL(file).href));
    return location !== undefined && location.locale !== 'en-us' && changedIdentities.has(location.identity);
  });
}
