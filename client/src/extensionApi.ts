/**
 * What the extension's activate() returns. Other extensions and the integration tests, which run
 * in the same extension host, read the extension's state through it rather than through internals.
 */
export interface SxsExtensionApi {
  /** True once the language client has started and its server has answered `initialize`. */
  languageClientIsRunning(): boolean;
}
