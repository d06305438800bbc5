/**
 * Asks the workspace index for the other versions of an article (`sxs/counterparts`): its
 * English original and its other locales. Never fails: without an answer there are none.
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { counterpartsRequest, type Counterparts } from '../../server/src/protocol';

/** The counterparts of `uri`, or undefined when the server cannot tell. */
export async function findCounterparts(client: LanguageClient, uri: vscode.Uri): Promise<Counterparts | undefined> {
  try {
    return await client.sendRequest(counterpartsRequest, { uri: uri.toString() });
  } catch {
    return undefined;
  }
}
