/**
 * One clean outline for localized articles. VS Code shows every document-symbol provider's tree
 * side by side; the built-in Markdown one runs each sxs heading's translation and English
 * together. Its headings are symbols of kind String, which the Outline and breadcrumbs can hide
 * per language (`outline.showStrings`), while the sxs outline uses other kinds. This command
 * hides them, or shows them again, for Markdown in the current workspace: opt-in, because plain
 * Markdown files of that workspace then have no outline (see docs/ARCHITECTURE.md).
 */
import * as vscode from 'vscode';

/** Registers the command that hides or shows the built-in Markdown headings in the Outline and breadcrumbs. */
export function registerMarkdownOutlineToggle(): vscode.Disposable {
  return vscode.commands.registerCommand('sxs.outline.toggleMarkdownHeadings', async () => {
    const markdown = { languageId: 'markdown' };
    const hidden = vscode.workspace.getConfiguration('outline', markdown).get<boolean>('showStrings') === false;
    // A workspace setting, so other projects keep the Markdown outline; user settings without a folder.
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    for (const section of ['outline', 'breadcrumbs']) {
      await vscode.workspace.getConfiguration(section, markdown).update('showStrings', hidden ? undefined : false, target, true);
    }
    void vscode.window.showInformationMessage(
      hidden
        ? vscode.l10n.t('The Outline shows the Markdown headings again.')
        : vscode.l10n.t('The Outline hides the Markdown headings of this workspace; localized articles keep the SxS translation outline.'),
    );
  });
}
