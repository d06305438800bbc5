/**
 * Translation-memory matches for the segment editor's selected row, asked of the language
 * server (which holds the workspace's memory). Undefined means no memory is available.
 */
import type * as vscode from 'vscode';
import type { SxsServer } from '../languageClient/sxsServer';

/** One match: the English it was found for, its translation as written (Markdown), how close. */
export interface TranslationMatch {
  readonly percent: number;
  readonly source: string;
  readonly translation: string;
  readonly origin: string;
}

/** Matches for the unit `unitId` of `document`, best first. */
export type TranslationMatches = (document: vscode.Uri, unitId: string) => Promise<readonly TranslationMatch[] | undefined>;

/** Until a server is there: no memory. */
export const noTranslationMemory: TranslationMatches = async () => undefined;

/** The workspace memory of the language server (`sxs/memoryMatches`), three matches at most. */
export function serverTranslationMemory(server: Pick<SxsServer, 'memoryMatches'>): TranslationMatches {
  return async (document, unitId) => {
    const found = await server.memoryMatches({ uri: document.toString(), unitId, limit: 3 }).catch(() => null);
    return found?.map((match) => ({
      percent: match.percentage,
      source: match.english,
      translation: match.translation,
      origin: `${fileName(match.file)} · ${match.unitId}${match.occurrences > 1 ? ` (${match.occurrences}×)` : ''}`,
    }));
  };
}

function fileName(uri: string): string {
  const path = decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  return path.split('/').slice(-3).join('/');
}
