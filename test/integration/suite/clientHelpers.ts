/**
 * What the client feature tests share on top of helpers.ts: the extension's testing read-outs,
 * units by id, settings changed for one test, the sample articles of the side-by-side tests.
 */
import * as vscode from 'vscode';
import type { UnitSummary } from '../../../server/src/protocol';
import type { SxsTestingApi } from '../../../client/src/extensionApi';
import { runningSxsExtension, waitFor } from './helpers';

/** The customer-insights article in every form the samples hold. */
export const exportArticle = {
  french: 'customer-insights-pr/fr-fr/ci-docs/audience-insights/export-power-automate.md',
  norwegian: 'customer-insights-pr/nb-no/ci-docs/audience-insights/export-power-automate.md',
  japanese: 'customer-insights-pr/ja-jp/ci-docs/audience-insights/export-power-automate.md',
  english: 'customer-insights/en-us/ci-docs/audience-insights/export-power-automate.md',
};

/** The extension's testing read-outs, once it runs. */
export async function sxsTesting(): Promise<SxsTestingApi> {
  return (await runningSxsExtension()).testing;
}

/** The units of an editor's document as the server describes them, waiting for the first answer. */
export async function unitsOf(editor: vscode.TextEditor): Promise<readonly UnitSummary[]> {
  const testing = await sxsTesting();
  const answer = await waitFor(
    async () => {
      const units = await testing.documentUnits(editor.document);
      return units && units.units.length > 0 ? units : undefined;
    },
    30_000,
    'the units of the article',
  );
  return answer.units;
}

/** The unit with `id`, failing clearly when the article has none. */
export function unitWithId(units: readonly UnitSummary[], id: string): UnitSummary {
  const unit = units.find((candidate) => candidate.id === id);
  if (!unit) throw new Error(`no unit ${id} among ${units.length} units`);
  return unit;
}

/** A protocol range as a VS Code range. */
export function asRange(range: UnitSummary['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Sets an `sxs.*` setting for the workspace; returns what puts it back. */
export async function withSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const configuration = vscode.workspace.getConfiguration(section);
  const before = configuration.inspect(key)?.workspaceValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Workspace);
  };
}

/** Places the cursor at `position` in `editor` as a click would. */
export function placeCursor(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
}

/** Throws away unsaved edits of the active editor's document (the sample copy stays as on disk). */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
