/**
 * Export one article found through `WorkspaceFileSystem`: its locale (front matter, else path),
 * which units are stale (their English changed in the current English original, when the
 * workspace has it), and the XLIFF. Shared by the command line and the editor command.
 */
import { parse } from '../core/parse';
import type { SxsDocument } from '../core/model';
import { englishOriginalCandidates, locateArticle } from '../workspace/articleLocation';
import { articleWorkspaceFindings, isUsableOriginal, staleUnitIds } from '../workspace/findings/articleWorkspaceFindings';
import { isEnglishLocale } from '../workspace/localeCodes';
import { uriKey } from '../workspace/uriKey';
import type { WorkspaceFileSystem } from '../workspace/workspaceFileSystem';
import { InterchangeError } from './interchangeError';
import { exportXliff, type XliffExport, type XliffVersion } from './xliffExport';

export interface ArticleExport extends XliffExport {
  readonly locale: string;
  /** Units marked stale; undefined when no English original was found to compare with. */
  readonly staleCount: number | undefined;
}

/** Whether `text` is a localized article (units, a locale that is not English). */
export function localeOfArticle(uri: string, document: SxsDocument): string | undefined {
  const locale = document.frontMatter?.keys.contentLocale ?? locateArticle(uriKey(uri))?.locale;
  return locale && !isEnglishLocale(locale) && document.units.length > 0 ? locale : undefined;
}

/** Exports the article at `uri` (its `path` is what the XLIFF names as its original). */
export async function exportArticle(fs: WorkspaceFileSystem, uri: string, version: XliffVersion, options: { path: string; text?: string; copySourceToEmptyTargets?: boolean }): Promise<ArticleExport> {
  const text = options.text ?? (await fs.readFile(uri));
  if (text === undefined) throw new InterchangeError(`${options.path}: cannot be read`);
  const document = parse(text);
  const locale = localeOfArticle(uri, document);
  if (!locale) throw new InterchangeError(`${options.path}: not a localized article (no units, or no locale other than English)`);
  const stale = await staleUnitsOf(fs, uri, document, locale);
  const result = exportXliff(document, version, { path: options.path, locale, staleUnitIds: stale, copySourceToEmptyTargets: options.copySourceToEmptyTargets });
  return { ...result, locale, staleCount: stale?.size };
}

/** The units whose English changed or left the current English original, when it is found. */
export async function staleUnitsOf(fs: WorkspaceFileSystem, uri: string, document: SxsDocument, locale: string): Promise<Set<string> | undefined> {
  const location = locateArticle(uriKey(uri));
  if (!location) return undefined;
  for (const candidate of englishOriginalCandidates(location)) {
    const original = await fs.readFile(encodeURI(candidate));
    if (original === undefined || !isUsableOriginal(original)) continue;
    const { unitStatus } = articleWorkspaceFindings({ uri, text: document.text, model: document, locale, original: { uri: candidate, text: original } });
    return staleUnitIds(document, unitStatus);
  }
  return undefined;
}
