/**
 * What the client's features ask of the language server, as one small interface. The main
 * bundle knows only this; the language client library lives in a second bundle loaded just
 * after activation (see lazySxsServer.ts), so activation stays quick.
 */
import type * as vscode from 'vscode';
import type { VersionedDiagnostics } from './pulledDiagnostics';
import type { Counterparts, DocumentUnits, EnglishArticle, ExportedMemory, ExportedXliff, ExportMemoryParams, ExportXliffParams, ImportedXliff, ImportXliffParams, MemoryMatchesParams, MemoryMatchSummary, XliffOriginals } from '../../../server/src/protocol';

/** The language server, reached through the language client. */
export interface SxsServer {
  /** `sxs/documentUnits`: the units of an open document, null when it has none. */
  documentUnits(uri: string): Promise<DocumentUnits | null>;
  /** `sxs/englishArticle`: the English rebuilt from an article, null when it has no units. */
  englishArticle(uri: string, token?: vscode.CancellationToken): Promise<EnglishArticle | null>;
  /** `sxs/counterparts`: the other versions of an article in the workspace. */
  counterparts(uri: string): Promise<Counterparts>;
  /** `sxs/exportXliff`, `sxs/xliffOriginals`, `sxs/importXliff`, `sxs/exportMemory`: the CAT-tool exchange. */
  exportXliff(params: ExportXliffParams): Promise<ExportedXliff[]>;
  xliffOriginals(xliff: string): Promise<XliffOriginals>;
  importXliff(params: ImportXliffParams): Promise<ImportedXliff>;
  exportMemory(params: ExportMemoryParams): Promise<ExportedMemory>;
  /** `sxs/memoryMatches`: translation-memory matches of one unit, null without a workspace memory. */
  memoryMatches(params: MemoryMatchesParams): Promise<MemoryMatchSummary[] | null>;
  /** The diagnostics of the document at `uri` as the last answered pull gave them, with the version they describe. */
  pulledDiagnostics(uri: string): VersionedDiagnostics | undefined;
  /** True once the server answered `initialize` and while it runs. */
  isRunning(): boolean;
  /** Stops and starts the server again. */
  restart(): Promise<void>;
  /** Stops the server (on deactivation). */
  stop(): Promise<void>;
}
