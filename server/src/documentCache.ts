/**
 * The snapshots of the open documents, one per uri, replaced when the version changes. Creating
 * a snapshot costs nothing (parsing waits for the first request that needs the model), so the
 * cache is filled on request, never on keystrokes. Each new snapshot starts from the previous
 * one, so its parse is incremental.
 */
import type { TextDocuments } from 'vscode-languageserver';
import { DocumentSnapshot } from './documentSnapshot';
import type { EditableDocument } from './editableDocument';

/** Snapshots of open documents, keyed by uri and version. */
export class DocumentCache {
  private readonly snapshots = new Map<string, DocumentSnapshot>();
  /** Counts snapshots made, so a reopened document at version 1 is not mistaken for the old one. */
  private made = 0;
  private readonly serials = new WeakMap<DocumentSnapshot, number>();

  constructor(private readonly documents: TextDocuments<EditableDocument>) {
    documents.onDidClose((event) => this.snapshots.delete(event.document.uri));
  }

  /** The snapshot of an open document at its current version; undefined when it is not open. */
  get(uri: string): DocumentSnapshot | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.snapshots.get(uri);
    if (cached && cached.version === document.version) return cached;
    // The previous version's model, when parsed, is re-parsed only where the text changed, which
    // the document knows from the changes it was sent.
    const base = cached?.baseForNextVersion();
    const snapshot = new DocumentSnapshot(uri, document.version, document.getText(), base, base && document.changeSince(base.version));
    this.snapshots.set(uri, snapshot);
    this.serials.set(snapshot, ++this.made);
    return snapshot;
  }

  /** A number unique to this snapshot in this server's life, for diagnostic result ids. */
  serialOf(snapshot: DocumentSnapshot): number {
    return this.serials.get(snapshot) ?? 0;
  }
}
