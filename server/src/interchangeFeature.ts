/**
 * The CAT-tool exchange requests: `sxs/exportXliff`, `sxs/xliffOriginals`, `sxs/importXliff`,
 * `sxs/exportMemory`.
 * Thin over the pure `interchange/` modules; articles are read through the workspace file
 * system unless the editor has them open (its text wins), and nothing is written here: the
 * client writes the files and applies the import as one undoable edit.
 */
import { toTextEdit } from './convert';
import { LineIndex } from './core/lineIndex';
import { exportArticle } from './interchange/articleExport';
import { formatImportReport } from './interchange/importSummary';
import { InterchangeError } from './interchange/interchangeError';
import { writeTmx } from './interchange/tmxWrite';
import { collectWorkspaceMemory } from './interchange/workspaceMemory';
import { readXliff } from './interchange/xliffRead';
import { importXliff } from './interchange/xliffImport';
import { exportMemoryRequest, exportXliffRequest, importXliffRequest, xliffOriginalsRequest, type ExportedXliff, type ImportedXliff, type XliffOriginals } from './protocol';
import { runSafe } from './runSafe';
import type { ServerFeature } from './serverContext';
import type { WorkspaceFileSystem } from './workspace/workspaceFileSystem';

export function createInterchangeFeature(fileSystem: WorkspaceFileSystem): ServerFeature {
  return {
    register(context) {
      const { connection, documents } = context;
      connection.onRequest(exportXliffRequest, ({ articles, version }, token) =>
        runSafe(connection.console, 'XLIFF export', token, [], async () => {
          const results: ExportedXliff[] = [];
          for (const { uri, path } of articles) {
            if (token.isCancellationRequested) break;
            try {
              const result = await exportArticle(fileSystem, uri, version, { path, text: documents.get(uri)?.getText() });
              results.push({ uri, xliff: result.xliff, unitCount: result.unitCount, staleCount: result.staleCount, skipped: result.skipped });
            } catch (error) {
              if (!(error instanceof InterchangeError)) throw error;
              results.push({ uri, unitCount: 0, skipped: [], error: error.message });
            }
          }
          return results;
        }),
      );
      connection.onRequest(xliffOriginalsRequest, ({ xliff }, token) =>
        runSafe(connection.console, 'XLIFF originals', token, { paths: [] }, (): XliffOriginals => {
          try {
            return { paths: [...new Set(readXliff(xliff).flatMap((file) => (file.path ? [file.path] : [])))] };
          } catch (error) {
            if (error instanceof InterchangeError) return { paths: [], error: error.message };
            throw error;
          }
        }),
      );
      const nothing: ImportedXliff = { edits: [], imported: 0, rejected: 0, skipped: 0, summary: [] };
      connection.onRequest(importXliffRequest, ({ text, xliff, path }, token) =>
        runSafe(connection.console, 'XLIFF import', token, nothing, (): ImportedXliff => {
          try {
            const { edits, report } = importXliff(text, xliff, { path });
            const lines = new LineIndex(text);
            return {
              edits: edits.map((edit) => toTextEdit(lines, edit)),
              imported: report.imported.length,
              rejected: report.rejected.length,
              skipped: report.skipped.length,
              summary: formatImportReport(path, report),
            };
          } catch (error) {
            if (error instanceof InterchangeError) return { ...nothing, error: error.message };
            throw error;
          }
        }),
      );
      connection.onRequest(exportMemoryRequest, ({ folderUris, locale }, token) =>
        runSafe(connection.console, 'memory export', token, { tmx: '', written: 0, articles: 0 }, async () => {
          const displayPath = (uri: string): string => {
            const folder = folderUris.find((candidate) => uri.startsWith(candidate.endsWith('/') ? candidate : `${candidate}/`));
            const shown = folder ? uri.slice(folder.length).replace(/^\//, '') : uri;
            try {
              return decodeURIComponent(shown);
            } catch {
              return shown;
            }
          };
          const memory = await collectWorkspaceMemory(fileSystem, { folders: folderUris }, { locale, displayPath });
          const { tmx, written } = writeTmx(memory.pairs);
          return { tmx, written, articles: memory.articles };
        }),
      );
    },
  };
}
