/**
 * Translation-memory matches for the segment editor's selected row, asked of the language
 * server (which holds the workspace's memory). Undefined means no memory is available.
 */
import type * as vscode from 'vscode';

/** One match: the English it was found for, its translation as written (Markdown), how close. */
export interface TranslationMatch {
  readonly percent: number;
  readonly source: string;
  readonly translation: string;
  readonly origin: string;
}

/** Matches for the English half `english` (as written) of a unit in `document`, best first. */
export type TranslationMatches = (document: vscode.Uri, english: string, locale: string | undefined) => Promise<readonly TranslationMatch[] | undefined>;

/** Until the server offers a memory: none available. */
export const noTranslationMemory: TranslationMatches = async () => undefined;
