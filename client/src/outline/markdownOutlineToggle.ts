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
    const hidden = vscode.workspace.getConfiguration('outline', { languageId: 'markdown' }).get<boolean>('showStrings') === false;
    // A workspace setting, so other projects keep the Markdown outline; user settings without a folder.
    const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const configuration = vscode.workspace.getConfiguration();
    const inspected = configuration.inspect<Record<string, unknown>>(MARKDOWN_OVERRIDE);
    const override = { ...((inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {}) };
    for (const key of HIDING_KEYS) {
      if (hidden) delete override[key];
      else override[key] = false;
    }
    // One write of the whole language section: two writes in a row can lose the first.
    await configuration.update(MARKDOWN_OVERRIDE, Object.keys(override).length ? override : undefined, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    void vscode.window.showInformationMessage(
      hidden
        ? vscode.l10n.t('The Outline shows the Markdown headings again.')
        : vscode.l10n.t('The Outline hides the Markdown headings of this workspace; localized articles keep the SxS translation outline.'),
    );
  });
}

const MARKDOWN_OVERRIDE = '[markdown]';

/** The kind filters that hide the built-in Markdown headings (kind String) in the Outline and the breadcrumbs. */
const HIDING_KEYS = ['outline.showStrings', 'breadcrumbs.showStrings'];
