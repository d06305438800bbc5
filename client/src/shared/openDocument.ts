import * as vscode from 'vscode';

/**
 * The open text document at `uri` (compared as strings, as VS Code keys its documents), or
 * undefined when none is open. `uri` may be given as a string key.
 */
export function openDocument(uri: vscode.Uri | string | undefined): vscode.TextDocument | undefined {
  if (uri === undefined) return undefined;
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
}
