/**
 * Custom requests between the client and the language server, typed once for both sides.
 * Ranges are LSP ranges (line/character) in the document they name.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';
import type { MemoryMatch } from './workspace/memory/translationMemory';

/** Identifies a document the server has open (or can read from the workspace). */
export interface DocumentParams {
  readonly uri: string;
}

/** The English article rebuilt from the sxs-lookup halves, for the side-by-side view. */
export interface EnglishArticle {
  /** Front matter kept, each unit replaced by its English source text. */
  readonly text: string;
  /** Where each unit (by its id) stands in `text`. */
  readonly units: readonly { readonly id: string; readonly range: Range }[];
}

/** The review status of a unit, as the Segments view and the status bar show it. */
export type UnitStatus = 'ok' | 'finding' | 'empty' | 'stale' | 'unchanged' | 'broken';

/** One unit, as the client lists it. */
export interface UnitSummary {
  readonly index: number;
  readonly id: string;
  /** The whole unit. */
  readonly range: Range;
  /** The translation text, which the navigation commands select. */
  readonly translationRange: Range;
  readonly sourceRange: Range | undefined;
  /** Translation and English as a reader sees them (entities decoded). */
  readonly translation: string;
  readonly source: string;
  readonly status: UnitStatus;
  /** Number of findings on the unit. */
  readonly findings: number;
  /** Index into `DocumentUnits.headings` of the section the unit sits in, -1 before any heading. */
  readonly heading: number;
}

/** A heading of the article, for grouping units. */
export interface HeadingSummary {
  readonly level: number;
  readonly title: string;
  readonly sourceTitle: string;
  readonly range: Range;
}

/** Everything the client shows about one localized document. */
export interface DocumentUnits {
  /** `ms.contentlocale`, lower-cased (`fr-fr`), when present. */
  readonly locale: string | undefined;
  /** `ms.translationtype`: `HT`, `MT` or undefined. */
  readonly translationType: string | undefined;
  readonly units: readonly UnitSummary[];
  readonly headings: readonly HeadingSummary[];
}

/** Another version of the same article found in the workspace. */
export interface Counterpart {
  readonly uri: string;
  /** Locale such as `nb-no`, or `en-us` for the English original. */
  readonly locale: string;
  readonly kind: 'english' | 'localized';
}

/** The other versions of a document: its English original and its other locales. */
export interface Counterparts {
  /** Whether the document itself is an English original (no units). */
  readonly isEnglish: boolean;
  readonly counterparts: readonly Counterpart[];
}

export const englishArticleRequest = new RequestType<DocumentParams, EnglishArticle | null, void>('sxs/englishArticle');
export const documentUnitsRequest = new RequestType<DocumentParams, DocumentUnits | null, void>('sxs/documentUnits');
export const counterpartsRequest = new RequestType<DocumentParams, Counterparts, void>('sxs/counterparts');

/** `sxs/exportXliff`: articles (`path` as the XLIFF names it, relative to the workspace folder) to XLIFF. */
export interface ExportXliffParams {
  readonly articles: readonly { readonly uri: string; readonly path: string }[];
  readonly version: '1.2' | '2.0';
}

/** One article's XLIFF, or why it has none. */
export interface ExportedXliff {
  readonly uri: string;
  readonly xliff?: string;
  readonly unitCount: number;
  /** Units marked stale; absent when the English original was not found. */
  readonly staleCount?: number;
  readonly skipped: readonly { readonly unitId: string; readonly reason: string }[];
  readonly error?: string;
}

/** `sxs/importXliff`: an XLIFF file's translations into the article text the editor holds. */
export interface ImportXliffParams {
  readonly uri: string;
  readonly text: string;
  readonly xliff: string;
  readonly path: string;
}

export interface ImportedXliff {
  /** Edits of `text`, each inside one translation half; empty when `error` is set. */
  readonly edits: readonly { readonly range: Range; readonly newText: string }[];
  readonly imported: number;
  readonly rejected: number;
  readonly skipped: number;
  /** The report, a line each. */
  readonly summary: readonly string[];
  /** Why nothing can be imported (malformed, another article's file, another language). */
  readonly error?: string;
}

/** `sxs/exportMemory`: the translation memory of the localized articles under folders, as TMX 1.4b. */
export interface ExportMemoryParams {
  readonly folderUris: readonly string[];
  readonly locale?: string;
}

export interface ExportedMemory {
  readonly tmx: string;
  readonly written: number;
  readonly articles: number;
}

/** `sxs/xliffOriginals`: the article paths an XLIFF file names (its `<file original>`s). */
export interface XliffOriginals {
  readonly paths: readonly string[];
  readonly error?: string;
}

export const xliffOriginalsRequest = new RequestType<{ readonly xliff: string }, XliffOriginals, void>('sxs/xliffOriginals');
export const exportXliffRequest = new RequestType<ExportXliffParams, ExportedXliff[], void>('sxs/exportXliff');
export const importXliffRequest = new RequestType<ImportXliffParams, ImportedXliff, void>('sxs/importXliff');
export const exportMemoryRequest = new RequestType<ExportMemoryParams, ExportedMemory, void>('sxs/exportMemory');

/** `sxs/memoryMatches`: translation-memory matches for one unit of an open article (the segment editor's panel). */
export interface MemoryMatchesParams {
  readonly uri: string;
  /** The unit's `data-ttu-id` as written. */
  readonly unitId: string;
  readonly limit?: number;
}

/** One match: its translation as written (Markdown), the English it was stored for, how close, where from. */
export type MemoryMatchSummary = MemoryMatch;

/** Null when the server has no workspace memory (no workspace, or a locale-less article). */
export const memoryMatchesRequest = new RequestType<MemoryMatchesParams, MemoryMatchSummary[] | null, void>('sxs/memoryMatches');
/**
 * The workspace's files, asked of the client by a server that has no disk of its own (the web
 * worker): the client answers through `vscode.workspace.fs` and `findFiles`.
 */
export interface WorkspaceFolderParams {
  readonly folderUri: string;
}
/** Every `*.md` below a folder (no `node_modules`, no hidden folders), as URIs. */
export const listMarkdownFilesRequest = new RequestType<WorkspaceFolderParams, string[], void>('sxs/workspace/listMarkdownFiles');
/** A file's text (UTF-8, a byte-order mark kept), null when it cannot be read. */
export const readWorkspaceFileRequest = new RequestType<DocumentParams, string | null, void>('sxs/workspace/readFile');
/** A file's size and modification time, null when it is not a file. */
export const statWorkspaceFileRequest = new RequestType<DocumentParams, { mtime: number; size: number } | null, void>('sxs/workspace/stat');
