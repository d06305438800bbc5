/**
 * A small LSP client for protocol tests: spawns the bundled server (`server/out/server.js
 * --stdio`), speaks JSON-RPC to it, answers the requests a server makes of its client
 * (configuration, capability registration, progress, refresh), keeps the text of the documents
 * it opened so edits can be applied and checked, and records pushed diagnostics and log lines.
 * Every request has a timeout, so a silent server fails a test instead of hanging it.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  SelectionRangeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type SelectionRange,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../../support/paths';

/** The bundled server, as `npm run build` writes it. */
export const bundledServer = path.join(repoRoot, 'server', 'out', 'server.js');

/** How the test client presents itself. */
export interface LspTestClientOptions {
  /** Announce pull diagnostics (`textDocument/diagnostic`), as VS Code does; default true. */
  readonly pullDiagnostics?: boolean;
  /** The `sxs` settings section answered to `workspace/configuration`; default none (server defaults). */
  readonly settings?: unknown;
  /** Milliseconds a request may take; default 10 s. */
  readonly timeout?: number;
  /** Extra client capabilities, merged over the defaults. */
  readonly capabilities?: ClientCapabilities;
}

/** A running server and the client side of the conversation. */
export class LspTestClient {
  /** Diagnostics the server pushed, by uri (the last push wins). */
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Log lines the server sent (`window/logMessage`), with their type. */
  readonly logs: { type: MessageType; message: string }[] = [];
  /** Number of `workspace/diagnostic/refresh` requests received. */
  refreshRequests = 0;
  initializeResult: InitializeResult | undefined;
  private readonly texts = new Map<string, TextDocument>();
  private readonly publishWaiters: (() => void)[] = [];
  private stderr = '';
  private settings: unknown;

  private constructor(
    private readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly timeout: number,
  ) {}

  /** Spawns the bundled server and initializes it. */
  static async start(options: LspTestClientOptions = {}): Promise<LspTestClient> {
    if (!fs.existsSync(bundledServer)) throw new Error(`${bundledServer} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [bundledServer, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection, options.timeout ?? 10_000);
    client.settings = options.settings;
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    client.listen();
    await client.initialize(options);
    return client;
  }

  private listen(): void {
    const connection = this.connection;
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'sxs' ? (this.settings ?? null) : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      for (const wake of this.publishWaiters.splice(0)) wake();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push({ type: params.type, message: params.message });
    });
    connection.listen();
  }

  private async initialize(options: LspTestClientOptions): Promise<void> {
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true, labelSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        ...(options.pullDiagnostics === false ? {} : { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
      },
      ...options.capabilities,
    };
    this.initializeResult = await this.request(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Sends a request with the client's timeout; the server's stderr is in the error when it fails. */
  async request<P, R>(type: { method: string }, params: P): Promise<R> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${type.method} took more than ${this.timeout} ms\nserver stderr:\n${this.stderr}`)), this.timeout);
    });
    try {
      return await Promise.race([this.connection.sendRequest(type.method, params) as Promise<R>, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Opens a document with its text (languageId markdown unless told). */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Opens a file from disk under its file uri; returns the uri. */
  async openFile(file: string): Promise<string> {
    const uri = pathToFileURL(file).toString();
    await this.open(uri, fs.readFileSync(file, 'utf8'));
    return uri;
  }

  /** Applies incremental edits to an open document and tells the server (one `didChange`). */
  async edit(uri: string, edits: readonly TextEdit[]): Promise<void> {
    const document = this.document(uri);
    const updated = TextDocument.update(document, edits.map((edit) => ({ range: edit.range, text: edit.newText })), document.version + 1);
    this.texts.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: updated.version },
      contentChanges: edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
  }

  /** Applies a workspace edit (from a code action) to the open documents it names. */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    for (const change of edit.documentChanges ?? []) {
      if (!('edits' in change)) throw new Error('only text document edits are supported');
      if (change.textDocument.version !== null && change.textDocument.version !== this.document(change.textDocument.uri).version) {
        throw new Error(`edit for version ${change.textDocument.version} of ${change.textDocument.uri}, which is at ${this.document(change.textDocument.uri).version}`);
      }
      await this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.edit(uri, edits);
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The client's copy of an open document. */
  document(uri: string): TextDocument {
    const document = this.texts.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** The position of the `occurrence`-th (0-based) match of `needle` in an open document, plus `shift` characters. */
  positionOf(uri: string, needle: string, shift = 0, occurrence = 0): Position {
    const text = this.document(uri).getText();
    let at = -1;
    for (let index = 0; index <= occurrence; index++) {
      at = text.indexOf(needle, at + 1);
      if (at === -1) throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) not found in ${uri}`);
    }
    return this.document(uri).positionAt(at + shift);
  }

  /** Changes the settings answered to `workspace/configuration` and tells the server. */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { sxs: settings } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** Pulls the diagnostics of a document (the client must announce pull support). */
  pullDiagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  /** The full diagnostics of a document, pulled. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.pullDiagnostics(uri);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  /** Waits until the server pushes diagnostics for `uri` that satisfy `accept`. */
  async waitForPublished(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + this.timeout;
    for (;;) {
      const current = this.published.get(uri);
      if (current && accept(current)) return current;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no accepted diagnostics pushed for ${uri} within ${this.timeout} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.publishWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.request(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.request(FoldingRangeRequest.type, { textDocument: { uri } });
  }

  selectionRanges(uri: string, positions: Position[]): Promise<SelectionRange[] | null> {
    return this.request(SelectionRangeRequest.type, { textDocument: { uri }, positions });
  }

  highlights(uri: string, position: Position): Promise<DocumentHighlight[] | null> {
    return this.request(DocumentHighlightRequest.type, { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<(CodeAction | Command)[] | null> {
    return this.request(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  /** Error lines the server logged (handlers that threw, say). */
  errorLogs(): string[] {
    return this.logs.filter((log) => log.type === MessageType.Error).map((log) => log.message);
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    try {
      await this.request(ShutdownRequest.type, undefined);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // A server that cannot shut down is killed below.
    }
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.process.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
