/**
 * What a group of request handlers gets from the server, and the shape of such a group. The
 * server is a list of `ServerFeature`s: each announces its capabilities and registers its
 * handlers, so a new group (the workspace index, say) is one more entry in `server.ts`.
 */
import type { CancellationToken, ClientCapabilities, Connection, ResponseError, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentCache } from './documentCache';
import type { DocumentSnapshot } from './documentSnapshot';
import type { SxsSettings } from './settings';
import type { SettingsStore } from './settingsStore';
import type { WorkspaceExtrasSlot } from './workspaceReview/workspaceExtras';

/** The shared state of the server, handed to every feature. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: DocumentCache;
  readonly settings: SettingsStore;
  /** The client's capabilities; read them in handlers, they are set by `initialize`. */
  readonly client: () => ClientCapabilities;
  /** What the workspace adds to a document's own answers, once the workspace feature fills it. */
  readonly workspaceExtras: WorkspaceExtrasSlot;
  /**
   * Answers a request about one open document: finds its snapshot and settings and calls
   * `compute`, safely (see `runSafe`). A document that is not open gets `fallback`.
   */
  answer<T>(what: string, uri: string, token: CancellationToken, fallback: T, compute: (snapshot: DocumentSnapshot, settings: SxsSettings) => T): Promise<T | ResponseError<void>>;
}

/** A group of handlers: its capabilities and its registration. */
export interface ServerFeature {
  /** What to announce in the `initialize` result, given the client's capabilities. */
  capabilities?(client: ClientCapabilities): ServerCapabilities;
  /** Registers the handlers; called once, before the connection listens. */
  register(context: ServerContext): void;
  /** Called after the client's `initialized` notification (dynamic registrations go here). */
  initialized?(context: ServerContext): void;
}
