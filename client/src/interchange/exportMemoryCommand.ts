/**
 * "SxS: Export Translation Memory (TMX)…": the memory of every localized article in the
 * workspace folders as one TMX 1.4b file, for CAT tools (OmegaT's tm/, memoQ, Trados).
 */
import * as vscode from 'vscode';
import type { SxsServer } from '../languageClient/sxsServer';

export function registerExportMemory(server: SxsServer): vscode.Disposable {
  return vscode.commands.registerCommand('sxs.exportTranslationMemory', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder of localized articles to export its translation memory.'));
      return;
    }
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folders[0].uri, 'translation-memory.tmx'), filters: { TMX: ['tmx'] }, saveLabel: vscode.l10n.t('Export') });
    if (!target) return;
    const memory = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the translation memory…') }, () =>
      server.exportMemory({ folderUris: folders.map((folder) => folder.uri.toString()) }),
    );
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(memory.tmx));
    void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0} translation units from {1} article(s) to {2}.', memory.written, memory.articles, vscode.workspace.asRelativePath(target, false)));
  });
}
