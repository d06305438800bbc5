/**
 * What the reviewer is told when the language server process dies: once that it was restarted,
 * and, when it keeps dying, that it was given up on, with a button to try again.
 */
import * as vscode from 'vscode';
import type { RestartDecision, ServerRestartPolicy } from './serverRestartPolicy';

/** Tells the reviewer about a restart (once per session) or that the server was given up on. */
export function announceServerRestart(decision: RestartDecision, policy: ServerRestartPolicy): void {
  if (decision.notice === 'restarted') {
    void vscode.window.showInformationMessage(vscode.l10n.t('The SxS language server stopped unexpectedly and was restarted.'));
  } else if (decision.notice === 'gave-up') {
    const restart = vscode.l10n.t('Restart Server');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('The SxS language server stopped {0} times in {1} minutes and will not be restarted automatically.', policy.maxCrashes + 1, policy.windowMilliseconds / 60_000), restart)
      .then((choice) => (choice === restart ? vscode.commands.executeCommand('sxs.restartServer') : undefined));
  }
}
