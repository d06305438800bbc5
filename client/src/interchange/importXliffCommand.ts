/**
 * "SxS: Import XLIFF…": an XLIFF file's translations into its article as one undoable edit
 * (only the translation halves that differ), with a summary; the details go to an output
 * channel. The article is the one the command was run on, else the one the file names, else
 * the active article, else the user picks it. Scripts may pass the XLIFF file and the article.
 */
import * as vscode from 'vscode';
import { decodeXmlBytes } from '../../../server/src/interchange/xmlBytes';
import type { SxsServer } from '../languageClient/sxsServer';

let details: vscode.OutputChannel | undefined;

/** What the command did, for scripts and tests; undefined when it was cancelled or refused. */
export interface ImportXliffOutcome {
  readonly imported: number;
  readonly rejected: number;
  readonly skipped: number;
}

export function registerImportXliff(server: SxsServer): vscode.Disposable {
  // The Explorer passes the clicked file and the selection (an array); a script may pass the article.
  return vscode.commands.registerCommand('sxs.importXliff', async (clicked?: vscode.Uri, into?: vscode.Uri | vscode.Uri[]): Promise<ImportXliffOutcome | undefined> => {
    const isXliff = (uri: vscode.Uri): boolean => /\.(xlf|xliff)$/i.test(uri.path);
    const xliffUri =
      clicked && isXliff(clicked)
        ? clicked
        : (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { XLIFF: ['xlf', 'xliff'] }, openLabel: vscode.l10n.t('Import') }))?.[0];
    if (!xliffUri) return;
    const xliff = decodeXmlBytes(await vscode.workspace.fs.readFile(xliffUri));
    const given = into instanceof vscode.Uri ? into : clicked && !isXliff(clicked) ? clicked : undefined;
    const articleUri = given ?? (await namedArticle(server, xliff)) ?? activeArticle() ?? (await pickArticle());
    if (!articleUri) return;
    const document = await vscode.workspace.openTextDocument(articleUri);
    const version = document.version;
    const path = vscode.workspace.asRelativePath(articleUri, false);
    const result = await server.importXliff({ uri: articleUri.toString(), text: document.getText(), xliff, path });
    if (result.error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported from {0}: {1}', vscode.workspace.asRelativePath(xliffUri, false), result.error));
      return;
    }
    if (document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed during the import; nothing was imported. Run the import again.', path));
      return;
    }
    if (result.edits.length) {
      const edit = new vscode.WorkspaceEdit();
      for (const change of result.edits) {
        edit.replace(articleUri, new vscode.Range(change.range.start.line, change.range.start.character, change.range.end.line, change.range.end.character), change.newText);
      }
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be edited; nothing was imported.', path));
        return;
      }
    }
    details ??= vscode.window.createOutputChannel('SxS XLIFF');
    details.appendLine(result.summary.join('\n'));
    const message = vscode.l10n.t('Imported {0} unit(s) into {1}; {2} rejected, {3} skipped.', result.imported, path, result.rejected, result.skipped);
    const show = vscode.l10n.t('Show Details');
    const shown = result.rejected || result.skipped ? vscode.window.showWarningMessage(message, show) : vscode.window.showInformationMessage(message, show);
    void shown.then((choice) => choice === show && details?.show(true));
    return { imported: result.imported, rejected: result.rejected, skipped: result.skipped };
  });
}

/** The article the XLIFF file names, found below a workspace folder. */
async function namedArticle(server: SxsServer, xliff: string): Promise<vscode.Uri | undefined> {
  const { paths } = await server.xliffOriginals(xliff);
  if (paths.length !== 1) return undefined;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const candidate = vscode.Uri.joinPath(folder.uri, paths[0]);
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

function activeArticle(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

async function pickArticle(): Promise<vscode.Uri | undefined> {
  return (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Markdown: ['md'] }, openLabel: vscode.l10n.t('Import Into This Article') }))?.[0];
}
