/**
 * Desktop entry (the Node extension host). The language client library is most of the client's
 * code, so it is a second bundle (`client/out/languageClientMain.js`), required by a computed
 * path so that esbuild leaves it out of this one, and loaded just after activation.
 */
import * as path from 'path';
import type * as vscode from 'vscode';
import { activateSxs, deactivateSxs } from './activateExtension';
import type { SxsExtensionApi } from './extensionApi';

const languageClientBundle = 'languageClientMain.js';

export function activate(context: vscode.ExtensionContext): SxsExtensionApi {
  return activateSxs(context, () => (require(path.join(__dirname, languageClientBundle)) as typeof import('./languageClient/languageClientMain')).startSxsLanguageClient);
}

export const deactivate = deactivateSxs;
