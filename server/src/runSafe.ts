/**
 * Runs a request handler so that nothing it does can hurt the server: an exception becomes the
 * handler's neutral answer (and a log line), a cancelled request becomes the LSP
 * `RequestCancelled` error, and the work starts only after pending messages are read, so a
 * cancellation or a `didChange` that arrived just after the request is seen first.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { nextTurn } from './nextTurn';

/** Where errors of handlers are logged. */
export interface ErrorLog {
  error(message: string): void;
}

/** Runs `work` safely; `fallback` is what the client gets if it throws. */
export function runSafe<T>(log: ErrorLog, what: string, token: CancellationToken, fallback: T, work: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    nextTurn(async () => {
      if (token.isCancellationRequested) return resolve(cancelled());
      try {
        const result = await work();
        resolve(token.isCancellationRequested ? cancelled() : result);
      } catch (error) {
        log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        resolve(fallback);
      }
    });
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
