/**
 * What integration tests share: opening sample articles, reaching the activated extension,
 * and waiting for the language server's asynchronous effects. The workspace is a fresh copy of
 * samples/, so a test may edit and even save files.
 */
import * as vscode from 'vscode';
import type { SxsExtensionApi } from '../../../client/src/extensionApi';
import { waitFor as waitForCondition } from '../../harness/timeLimit';

/** `publisher.name` from package.json. */
export const sxsExtensionId = 'sxs-authoring.sxs-authoring';

/** Whether the suite runs in the browser's web worker extension host (no Node there). */
export const inWebWorkerHost = typeof process === 'undefined' || typeof process.versions?.node !== 'string';

/** The French seed, the article most tests start from. */
export const frenchSeedArticle = 'seeds/fr-fr/troubleshoot-flow-authentication-errors.md';

/** The URI of a file of the sample workspace, from its path relative to samples/. */
export function sampleUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner opens a copy of samples/');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a sample article in an editor, as clicking it in the explorer does, and returns the editor. */
export async function openSample(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(sampleUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, so each test starts from an empty editor area. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Polls `condition` until it returns a truthy value and returns that value; fails with `what`
 * after `timeoutMilliseconds`. For effects that arrive asynchronously from the language server.
 */
export function waitFor<T>(condition: () => T | Promise<T>, timeoutMilliseconds = 15_000, what = 'condition'): Promise<NonNullable<T>> {
  return waitForCondition(condition, timeoutMilliseconds, what);
}

/** The extension as VS Code knows it; fails when it is not installed in this host. */
export function sxsExtension(): vscode.Extension<SxsExtensionApi> {
  const extension = vscode.extensions.getExtension<SxsExtensionApi>(sxsExtensionId);
  if (!extension) throw new Error(`${sxsExtensionId} is not loaded in this extension host`);
  return extension;
}

/**
 * The extension's API once it is active and its language client runs. Waits for activation
 * instead of forcing it, so a test that opens a file first checks the manifest's activation events.
 */
export async function runningSxsExtension(timeoutMilliseconds = 30_000): Promise<SxsExtensionApi> {
  const extension = sxsExtension();
  await waitFor(() => extension.isActive, timeoutMilliseconds, `${sxsExtensionId} to activate`);
  const api = extension.exports;
  await waitFor(() => api.languageClientIsRunning(), timeoutMilliseconds, 'the language client to be running');
  return api;
}

/** The text of every hover VS Code would show at `position` (all providers), joined by blank lines. */
export async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}
