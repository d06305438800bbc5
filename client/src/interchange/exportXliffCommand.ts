/**
 * "SxS: Export to XLIFF…": the article or folder chosen in the Explorer (or the active
 * article) as XLIFF 1.2 or 2.0 files in a folder the user picks.
 */
import * as vscode from 'vscode';
import type { SxsServer } from '../languageClient/sxsServer';
import { xliffFileName } from './xliffFileNames';

/** Given by scripts and keybindings to skip the questions. */
export interface ExportXliffOptions {
  readonly version?: '1.2' | '2.0';
  readonly outputFolder?: vscode.Uri;
}

/** What the command did, for scripts and tests. */
export interface ExportXliffOutcome {
  readonly written: number;
  readonly units: number;
}

export function registerExportXliff(server: SxsServer): vscode.Disposable {
  return vscode.commands.registerCommand('sxs.exportXliff', async (clicked?: vscode.Uri, selected?: vscode.Uri[], options: ExportXliffOptions = {}): Promise<ExportXliffOutcome | undefined> => {
    const targets = selected?.length ? selected : clicked ? [clicked] : vscode.window.activeTextEditor ? [vscode.window.activeTextEditor.document.uri] : [];
    if (!targets.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose an article or a folder in the Explorer, or open an article, to export.'));
      return;
    }
    const articles: { uri: vscode.Uri; name: string }[] = [];
    for (const target of targets) {
      const stat = await Promise.resolve(vscode.workspace.fs.stat(target)).catch(() => undefined); // an untitled article has no file
      if (stat && stat.type & vscode.FileType.Directory) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(target, '**/*.md'), '**/node_modules/**');
        for (const uri of found.sort((a, b) => a.path.localeCompare(b.path))) articles.push({ uri, name: xliffFileName(uri.path, target.path) });
      } else articles.push({ uri: target, name: xliffFileName(target.path, undefined) });
    }
    const version = options.version ? { version: options.version } : await vscode.window.showQuickPick(
      [
        { label: 'XLIFF 1.2', description: vscode.l10n.t('OmegaT, memoQ, Trados Studio and most CAT tools'), version: '1.2' as const },
        { label: 'XLIFF 2.0', description: vscode.l10n.t('tools that read XLIFF 2'), version: '2.0' as const },
      ],
      { title: vscode.l10n.t('Export to XLIFF'), placeHolder: vscode.l10n.t('XLIFF version') },
    );
    if (!version) return;
    const [folder] = options.outputFolder
      ? [options.outputFolder]
      : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Export Here'), defaultUri: vscode.workspace.getWorkspaceFolder(targets[0])?.uri })) ?? [];
    if (!folder) return;
    const results = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting to XLIFF…') }, () =>
      server.exportXliff({ articles: articles.map(({ uri }) => ({ uri: uri.toString(), path: vscode.workspace.asRelativePath(uri, false) })), version: version.version }),
    );
    let written = 0;
    let units = 0;
    const failures: string[] = [];
    for (const [index, result] of results.entries()) {
      if (result.xliff === undefined) {
        // Plain Markdown and English files in a folder are not articles to translate: said once, not per file.
        if (targets.length === 1 && articles.length === 1) failures.push(result.error ?? '');
        continue;
      }
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, articles[index].name), new TextEncoder().encode(result.xliff));
      written++;
      units += result.unitCount;
    }
    if (written === 0) void vscode.window.showWarningMessage(failures[0] || vscode.l10n.t('No localized article to export.'));
    else void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} article(s), {1} units, to {2}.', written, units, vscode.workspace.asRelativePath(folder, false)));
    return { written, units };
  });
}
