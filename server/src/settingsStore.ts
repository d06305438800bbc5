/**
 * The `sxs.*` settings of each document. With clients that answer `workspace/configuration`,
 * settings are asked per document (they may differ per workspace folder) and kept until the
 * configuration changes; other clients' pushed settings (`didChangeConfiguration`, or the
 * initialization options) are used as they are.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, readSettings, type SxsSettings } from './settings';

/** The configuration section read. */
export const SETTINGS_SECTION = 'sxs';

/** Settings per document, refreshed on configuration changes. */
export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<SxsSettings>>();
  private pushed: SxsSettings = DEFAULT_SETTINGS;
  private canAsk = false;
  private readonly listeners: (() => void)[] = [];
  /** Bumped on every configuration change, so results computed under old settings are told apart. */
  generation = 0;

  constructor(private readonly connection: Connection) {}

  /** Learns what the client can do and the settings it sent with `initialize`. */
  initialize(capabilities: ClientCapabilities, initializationOptions: unknown): void {
    this.canAsk = capabilities.workspace?.configuration === true;
    const sent = (initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (sent !== undefined) this.pushed = readSettings(sent);
  }

  /** The settings of a document. */
  for(uri: string): Promise<SxsSettings> {
    if (!this.canAsk) return Promise.resolve(this.pushed);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (section) => readSettings(section),
        // A client that fails to answer must not stop the features: use what was pushed.
        () => this.pushed,
      );
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** The configuration changed: forget what was read, take what was pushed, tell the listeners. */
  changed(pushedSettings: unknown): void {
    const section = (pushedSettings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (section !== undefined) this.pushed = readSettings(section);
    this.perDocument.clear();
    this.generation++;
    for (const listener of this.listeners) listener();
  }

  /** A document was closed: its settings are asked again if it reopens. */
  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  /** Calls `listener` after each configuration change. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }
}
