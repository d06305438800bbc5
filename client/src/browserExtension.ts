/**
 * Browser entry (the web worker extension host: github.dev, vscode.dev, code-server with
 * `remote.extensionKind`). One bundle: a web worker host has no `require` for a second one.
 * The language server runs in a web worker of its own.
 */
import type * as vscode from 'vscode';
import { activateSxs, deactivateSxs } from './activateExtension';
import type { SxsExtensionApi } from './extensionApi';
import { startBrowserLanguageClient } from './languageClient/browserLanguageClient';

export function activate(context: vscode.ExtensionContext): SxsExtensionApi {
  return activateSxs(context, () => startBrowserLanguageClient);
}

export const deactivate = deactivateSxs;
