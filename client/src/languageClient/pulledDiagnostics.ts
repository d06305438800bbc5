/**
 * The diagnostics the server last answered a pull with, per document, and the document version
 * they describe. VS Code's own (`languages.getDiagnostics`) carry no version: for a while after
 * an edit they can be those of the version before, and matched with the new version's units a
 * mark would land one unit off. Recorded by language client middleware, so a list and its
 * version always go together, whatever the client then does with the answer.
 */
import type * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

/** One answered pull: the diagnostics, and the version of the document they were computed for. */
export interface VersionedDiagnostics {
  readonly version: number;
  readonly diagnostics: readonly vscode.Diagnostic[];
}

export class PulledDiagnostics {
  private readonly byDocument = new Map<string, VersionedDiagnostics & { readonly resultId: string | undefined }>();

  /** Records every answered pull of an open document (pulls of a bare URI have no version). */
  readonly middleware: Pick<Middleware, 'provideDiagnostics'> = {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      // Read before the request: a document object is live, and an edit during it bumps its version.
      const version = (document as Partial<vscode.TextDocument>).version;
      const report = await next(document, previousResultId, token);
      if (report && typeof version === 'number') {
        const key = (document as vscode.TextDocument).uri.toString();
        const known = this.byDocument.get(key);
        // "Unchanged" means the list of `previousResultId`: known only if that is the one recorded.
        const diagnostics = 'items' in report ? report.items : previousResultId !== undefined && known?.resultId === previousResultId ? known.diagnostics : undefined;
        if (diagnostics) this.byDocument.set(key, { version, diagnostics, resultId: report.resultId });
        else this.byDocument.delete(key);
      }
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
