/**
 * Entry of the desktop's second client bundle (`client/out/languageClientMain.js`): the
 * language client library is most of the client's code, so the desktop entry loads it just
 * after activation (see lazySxsServer.ts).
 */
import { createDesktopLanguageClient } from './desktopLanguageClient';
import { PulledDiagnostics } from './pulledDiagnostics';
import { startSxsServer, type LanguageClientStarter } from './sxsServerOverClient';

/** Creates the desktop language client, starts it (without waiting) and returns the server interface. */
export const startSxsLanguageClient: LanguageClientStarter = (context, policy, report, onStartFailure, onDiagnosticsPulled) => {
  const pulled = new PulledDiagnostics(onDiagnosticsPulled);
  return startSxsServer(context, createDesktopLanguageClient(context, policy, report, pulled), pulled, onStartFailure);
};
