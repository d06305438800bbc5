/**
 * The bundled language server (`server/out/server.js --stdio`) in a child process, spoken to
 * over JSON-RPC as an editor would: it answers the requests the server makes of its client
 * (configuration, workspace folders, registrations, progress), so nothing waits on a reply. Also
 * reads the server's resident memory and CPU time from `/proc`, where Linux provides it.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  WorkspaceFoldersRequest,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { serverEnvironment } from '../server/src/serverEnvironment';

/** Capabilities of a client like VS Code's, as far as the measured requests go. */
const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, symbol: {} },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true, labelSupport: true },
    definition: { linkSupport: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true },
  },
  window: { workDoneProgress: true },
};

/** How the server process is started: extra `node` arguments, its working folder. */
export interface ProcessOptions {
  readonly nodeArguments?: readonly string[];
  readonly cwd?: string;
  /** Started as another editor may start it: without the environment the VS Code client adds (`serverEnvironment.ts`). */
  readonly plainEnvironment?: boolean;
}

/** The environment the VS Code client gives the server, unless `plainEnvironment`. */
function launchEnvironment(launch: ProcessOptions): NodeJS.ProcessEnv {
  return launch.plainEnvironment ? process.env : { ...process.env, ...serverEnvironment(process.env) };
}

/** A running server and the connection to it. */
export interface ServerProcess {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  /** Milliseconds from spawning the process to the `initialize` response. */
  readonly firstResponseMs: number;
  readonly initializeResult: InitializeResult;
  /** Resident memory of the server process in bytes (undefined where `/proc` is missing). */
  residentBytes(): number | undefined;
  /** CPU milliseconds (user + system) the server process has used so far. */
  cpuMilliseconds(): number | undefined;
  /** Shuts the server down politely, then makes sure the process is gone. */
  stop(): Promise<void>;
}

/**
 * SXS_BENCH_SERVER_PROFILE=<folder>: the launch options that make the server write a CPU profile
 * there when it stops (`node out/bench/profileSummary.js <file>` reads it); `extra` node arguments kept.
 */
export function serverProfileLaunch(extra: readonly string[] = [], cwd?: string): ProcessOptions {
  const folder = process.env.SXS_BENCH_SERVER_PROFILE;
  return { nodeArguments: [...extra, ...(folder ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(folder)}`] : [])], ...(cwd && { cwd }) };
}

/**
 * Starts the server, initializes it with `workspaceFolder` (a path) if given, sends `initialized`;
 * `settings` is what the client answers for the `sxs` configuration section (null: defaults).
 */
export async function startServer(serverScript: string, workspaceFolder?: string, settings: Record<string, unknown> | null = null, launch: ProcessOptions = {}): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(launch.nodeArguments ?? []), serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: launch.cwd, env: launchEnvironment(launch) });
  child.stderr!.on('data', () => undefined);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const folders = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: 'bench' }] : [];
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'sxs' ? settings : null)));
  connection.onRequest(WorkspaceFoldersRequest.type, () => folders);
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  connection.listen();
  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders,
    capabilities: CLIENT_CAPABILITIES,
  });
  const firstResponseMs = performance.now() - started;
  await connection.sendNotification(InitializedNotification.type, {});
  const pid = child.pid;
  return {
    connection,
    child,
    firstResponseMs,
    initializeResult,
    residentBytes: () => (pid === undefined ? undefined : residentBytesOf(pid)),
    cpuMilliseconds: () => (pid === undefined ? undefined : cpuMillisecondsOf(pid)),
    async stop() {
      try {
        await withTimeout(connection.sendRequest(ShutdownRequest.type, undefined), 5000);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // A server that does not answer is killed below.
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      connection.dispose();
    },
  };
}

/** Rejects when `promise` has not settled after `milliseconds`. */
export function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${milliseconds} ms`)), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function residentBytesOf(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

const CLOCK_TICKS_PER_SECOND = 100;

function cpuMillisecondsOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
