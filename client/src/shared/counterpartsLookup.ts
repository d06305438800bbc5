/**
 * Asks the workspace index for the other versions of an article (`sxs/counterparts`): its
 * English original and its other locales. Never fails: without an answer there are none.
 */
import type * as vscode from 'vscode';
import type { Counterparts } from '../../../server/src/protocol';
import type { SxsServer } from '../languageClient/sxsServer';

/** The counterparts of `uri`, or undefined when the server cannot tell. */
export async function findCounterparts(server: SxsServer, uri: vscode.Uri): Promise<Counterparts | undefined> {
  try {
    return await server.counterparts(uri.toString());
  } catch {
    return undefined;
  }
}
