/**
 * The diagnostics the server last answered a pull with, per document, and the document version
 * they describe. VS Code's own (`languages.getDiagnostics`) carry no version: for a while after
 * an edit they can be those of the version before, and matched with the new version's units a
 * mark would land one unit off. Recorded by language client middleware, so a list and its
 * version always go together, whatever the client then does with the answer.
 */
import type * as vscode from 'vscode';
import type { Middleware, vsdiag } from 'vscode-languageclient';

/** One answered pull: the diagnostics, and the version of the document they were computed for. */
export interface VersionedDiagnostics {
  readonly version: number;
  readonly diagnostics: readonly vscode.Diagnostic[];
}

export class PulledDiagnostics {
  private readonly byDocument = new Map<string, VersionedDiagnostics & { readonly resultId: string | undefined }>();

  /** @param recorded told the URI of each document whose pull was recorded ("unchanged" answers change no diagnostics, so VS Code tells nobody) */
  constructor(private readonly recorded: (uri: string) => void = () => undefined) {}

  /** Records every answered pull of an open document (pulls of a bare URI have no version). */
  readonly middleware: Pick<Middleware, 'provideDiagnostics'> = {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const live = document as Partial<vscode.TextDocument>;
      // Read before the request: a document object is live, and an edit during it bumps its version.
      let version = live.version;
      let asked = previousResultId;
      let report = await next(document, asked, token);
      if (!report || typeof version !== 'number') return report;
      const key = (document as vscode.TextDocument).uri.toString();
      const known = this.byDocument.get(key);
      // "Unchanged" means the list of the result id asked about: known only if that is the one recorded.
      const listOf = (answer: vsdiag.DocumentDiagnosticReport) => ('items' in answer ? answer.items : asked !== undefined && known?.resultId === asked ? known.diagnostics : undefined);
      if (!token.isCancellationRequested && listOf(report) === undefined) {
        // Such an answer names a list the preview never saw: ask for the list itself.
        version = live.version!;
        asked = undefined;
        report = await next(document, undefined, token);
        if (!report) return report;
      }
      // A pull cancelled (by an edit) while its answer was converted may hand on a list cut short.
      const diagnostics = token.isCancellationRequested ? undefined : listOf(report);
      if (!diagnostics) {
        this.byDocument.delete(key);
        return report;
      }
      this.byDocument.set(key, { version, diagnostics, resultId: report.resultId });
      this.recorded(key);
      return report;
    },
  };

  /** The last answered pull of the document at `uri`, undefined before the first. */
  of(uri: string): VersionedDiagnostics | undefined {
    return this.byDocument.get(uri);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.byDocument.delete(uri);
  }
}
