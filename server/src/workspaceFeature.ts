/**
 * The cross-file features: Go to Definition and Find References on a unit (the same sentence in
 * the other locales and in the English original), workspace symbols, `sxs/counterparts`, and the
 * file events that keep the workspace index current.
 *
 * The index is built on first need, over the folders the client reports
 * (`workspace/workspaceFolders`), in the background with progress shown when the client
 * supports it. The client must send `workspace/didChangeWatchedFiles` for `**\/*.md`.
 */
import { FileChangeType, type CancellationToken, type Connection, type FileEvent, type ResponseError } from 'vscode-languageserver';
import { DocumentSnapshot } from './documentSnapshot';
import { documentCounterpartsOf } from './features/documentCounterparts';
import { unitCounterpartsAt, unitReferencesAt, type ArticleVersions } from './features/unitCounterparts';
import { workspaceSymbolsFor, type SymbolSearchSource } from './features/workspaceSymbols';
import { counterpartsRequest, memoryMatchesRequest, type Counterparts } from './protocol';
import { runSafe } from './runSafe';
import type { ServerContext, ServerFeature } from './serverContext';
import type { WorkspaceFileSystem } from './workspace/workspaceFileSystem';
import { WorkspaceIndex, type ArticleVersion, type OwnArticleFacts } from './workspace/workspaceIndex';
import { unitMemoryMatches } from './workspaceReview/unitMemoryMatches';
import { WorkspaceReview } from './workspaceReview/workspaceReview';
import { loadTranslationMemoryFiles, tmxUri } from './workspaceReview/translationMemoryFiles';

const NO_COUNTERPARTS: Counterparts = { isEnglish: false, counterparts: [] };

/** How long an edit of an open English original settles before its translations are compared again. */
const ORIGINAL_EDIT_DELAY_MS = 150;

/** The cross-file features over `fileSystem` (the Node one in the language server). */
export function createWorkspaceFeature(fileSystem: WorkspaceFileSystem): ServerFeature {
  let workspace: WorkspaceSession | undefined;
  return {
    capabilities: (client) => ({
      definitionProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
      ...(client.workspace?.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    }),

    register(context) {
      const session = (workspace = new WorkspaceSession(context, fileSystem));
      const { connection } = context;
      // The article against its workspace: findings, hover sections and memory offers.
      context.workspaceExtras.current = session.review;
      session.review.onDidChange(() => context.workspaceExtras.diagnosticsChanged?.());
      let originalEdited: ReturnType<typeof setTimeout> | undefined;
      const openOriginalChanged = (uri: string): void => {
        if (context.cache.get(uri)?.isLocalized !== false) return;
        clearTimeout(originalEdited);
        originalEdited = setTimeout(() => session.review.workspaceChanged([uri]), ORIGINAL_EDIT_DELAY_MS);
      };
      context.documents.onDidChangeContent(({ document }) => openOriginalChanged(document.uri));
      context.documents.onDidClose(({ document }) => {
        session.review.closed(document.uri);
        openOriginalChanged(document.uri);
      });
      connection.onDefinition(({ textDocument, position }, token) =>
        session.answer('definition', textDocument.uri, token, [], (snapshot) => unitCounterpartsAt(snapshot, position, session)),
      );
      connection.onReferences(({ textDocument, position, context: referenceContext }, token) =>
        session.answer('references', textDocument.uri, token, [], (snapshot) => unitReferencesAt(snapshot, position, referenceContext.includeDeclaration, session)),
      );
      connection.onWorkspaceSymbol(({ query }, token) =>
        runSafe(connection.console, 'workspace symbols', token, [], () => session.whenIndexed().then(() => workspaceSymbolsFor(query, session, { isCancelled: () => token.isCancellationRequested }))),
      );
      connection.onRequest(counterpartsRequest, ({ uri }, token) =>
        session.answer('counterparts', uri, token, NO_COUNTERPARTS, (snapshot) => documentCounterpartsOf(snapshot, session)),
      );
      // The memory holds the workspace once the index is built: the first lookup waits for it.
      connection.onRequest(memoryMatchesRequest, async ({ uri, unitId, limit }, token) => {
        await session.whenIndexed().catch(() => undefined);
        return context.answer('memory matches', uri, token, null, (snapshot) => unitMemoryMatches(snapshot, session.review, unitId, limit));
      });
      connection.onDidChangeWatchedFiles(({ changes }) => session.filesChanged(changes));
    },

    initialized(context) {
      // Folders added or removed: the next request lists them again.
      if (context.client().workspace?.workspaceFolders) context.connection.workspace.onDidChangeWorkspaceFolders(() => workspace?.forgetIndex());
    },
  };
}

/** The workspace index of one server, created on first need, and what the features read through it. */
class WorkspaceSession implements ArticleVersions, SymbolSearchSource {
  private index: Promise<WorkspaceIndex> | undefined;
  readonly review: WorkspaceReview;
  /** The TMX files loaded into the memory. */
  private tmxFiles: readonly string[] = [];
  private memoryFolders: readonly string[] = [];
  private watchingSettings = false;
  /** The index once created (its build may still be running), for synchronous readers. */
  private current: WorkspaceIndex | undefined;

  constructor(
    private readonly context: ServerContext,
    private readonly fileSystem: WorkspaceFileSystem,
  ) {
    this.review = new WorkspaceReview({
      versionsOf: (uri, own) => this.versionsOf(uri, own),
      readText: (uri) => this.readText(uri),
      fileSize: async (uri) => (await this.fileSystem.stat(uri))?.size,
      openSnapshot: (uri) => this.context.cache.get(uri),
      log: (message) => this.context.connection.console.warn(message),
    });
  }

  /** Runs a request about one document: open (its current text) or on disk. */
  answer<T>(what: string, uri: string, token: CancellationToken, fallback: T, compute: (snapshot: DocumentSnapshot) => Promise<T>): Promise<T | ResponseError<void>> {
    return runSafe(this.context.connection.console, what, token, fallback, async () => {
      const snapshot = this.context.cache.get(uri) ?? (await this.snapshotOnDisk(uri));
      return snapshot ? compute(snapshot) : fallback;
    });
  }

  async versionsOf(uri: string, own: OwnArticleFacts): Promise<ArticleVersion[]> {
    return (await this.indexed()).versionsOf(uri, own);
  }

  /** An open document's current text, else the file's. */
  async readText(uri: string): Promise<string | undefined> {
    return this.context.documents.get(uri)?.getText() ?? this.fileSystem.readFile(uri);
  }

  *localizedArticles(): Iterable<ArticleVersion> {
    if (this.current) yield* this.current.localizedArticles();
  }

  /** Resolves once every file of the workspace is summarized. */
  async whenIndexed(): Promise<void> {
    await (await this.indexed()).whenComplete();
  }

  filesChanged(changes: readonly FileEvent[]): void {
    if (!this.current) return; // not built yet: the first listing will see the files as they are
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) this.current.fileDeleted(change.uri);
      else if (change.type === FileChangeType.Created) this.current.entryCreated(change.uri);
      else this.current.fileChanged(change.uri);
    }
    const onlyChanged = changes.every((change) => change.type === FileChangeType.Changed);
    this.review.workspaceChanged(onlyChanged ? changes.map((change) => change.uri) : undefined);
  }

  forgetIndex(): void {
    this.current?.dispose();
    this.index = undefined;
    this.current = undefined;
  }

  private indexed(): Promise<WorkspaceIndex> {
    this.index ??= this.createIndex();
    return this.index;
  }

  private async createIndex(): Promise<WorkspaceIndex> {
    const { connection } = this.context;
    const folders = this.context.client().workspace?.workspaceFolders ? ((await connection.workspace.getWorkspaceFolders()) ?? []) : [];
    const progress = new IndexProgressReporter(this.context);
    const index = new WorkspaceIndex(
      this.fileSystem,
      folders.map((folder) => folder.uri),
      {
        onProgress: (state) => progress.report(state.summarized, state.total),
        onUnits: (uri, locale, units) => this.review.fileRead(uri, locale, units),
        onForget: (uri) => this.review.fileForgotten(uri),
      },
    );
    this.current = index;
    this.memoryFolders = folders.map((folder) => folder.uri);
    void this.loadTranslationMemoryFiles(this.memoryFolders);
    if (!this.watchingSettings) {
      this.watchingSettings = true;
      this.context.settings.onDidChange(() => void this.loadTranslationMemoryFiles(this.memoryFolders));
    }
    void index.whenComplete().finally(() => {
      progress.done();
      this.review.memoryComplete();
    });
    return index;
  }

  /** The TMX files each folder's `sxs.translationMemory.files` names join the memory (messages for those left out). */
  private async loadTranslationMemoryFiles(folders: readonly string[]): Promise<void> {
    try {
      const uris: string[] = [];
      for (const folder of folders) for (const file of (await this.context.settings.for(folder)).translationMemoryFiles) uris.push(tmxUri(folder, file));
      const report = await loadTranslationMemoryFiles(this.fileSystem, this.review.memory, uris, this.tmxFiles);
      this.tmxFiles = uris;
      for (const problem of report.problems) void this.context.connection.window.showWarningMessage(problem);
      if (report.loaded.length > 0 || report.problems.length > 0) this.review.externalSourcesChanged();
    } catch (error) {
      this.context.connection.console.error(`translation memory files: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async snapshotOnDisk(uri: string): Promise<DocumentSnapshot | undefined> {
    const text = await this.fileSystem.readFile(uri);
    return text === undefined ? undefined : new DocumentSnapshot(uri, -1, text);
  }
}

const PROGRESS_EVERY_FILES = 250;

/** "Indexing localized articles 1200/10000" in the client's progress area, when it supports it. */
class IndexProgressReporter {
  private reporter: Promise<{ report(percentage: number, message: string): void; done(): void } | undefined> | undefined;
  private finished = false;

  constructor(private readonly context: ServerContext) {}

  report(summarized: number, total: number): void {
    if (this.finished || summarized % PROGRESS_EVERY_FILES !== 0 || !this.context.client().window?.workDoneProgress) return;
    this.reporter ??= this.context.connection.window.createWorkDoneProgress().then(
      (reporter) => {
        reporter.begin('Indexing localized articles', 0, undefined, false);
        return reporter;
      },
      () => undefined,
    );
    void this.reporter.then((reporter) => reporter?.report(Math.floor((summarized / total) * 100), `${summarized}/${total}`));
  }

  done(): void {
    this.finished = true;
    void this.reporter?.then((reporter) => reporter?.done());
  }
}
