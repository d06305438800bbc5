/**
 * Which extension host the integration and UI tiers run the extension in: the Node host
 * (`desktop`, the default: `main`) or the browser's web worker host (`web`: `browser`, as in
 * github.dev and vscode.dev). code-server runs a package that has both entries in its Node host
 * unless the user setting `remote.extensionKind` asks for `web` (package.json's `extensionKind`
 * cannot). Chosen by SXS_EXTENSION_KIND=web.
 */
/** The extension's identifier, `publisher.name` from package.json. */
const sxsExtensionId = 'sxs-authoring.sxs-authoring';

export type ExtensionKind = 'desktop' | 'web';

/** The kind asked for by SXS_EXTENSION_KIND (`web`, else `desktop`). */
export function extensionKindFromEnvironment(): ExtensionKind {
  return process.env.SXS_EXTENSION_KIND === 'web' ? 'web' : 'desktop';
}

/** User settings that put the extension in the host of `kind`. */
export function extensionKindSettings(kind: ExtensionKind): Record<string, unknown> {
  return kind === 'web' ? { 'remote.extensionKind': { [sxsExtensionId]: ['web'] } } : {};
}

/**
 * Why the built-in Markdown preview cannot show a web worker extension's rendering in code-server:
 * its Markdown extension runs in the Node host (code-server ships it without its browser build)
 * and takes markdown-it plugins from extensions of its own host only. On vscode.dev and
 * github.dev both run in the web worker; the integration suite renders through the plugin there.
 */
export const previewNeedsNodeHost = 'code-server runs its Markdown extension in the Node host only, which takes markdown-it plugins of Node host extensions';

/** A results or screenshot file name for `kind`: the desktop run keeps its names, the web run gets `web-` in front. */
export function nameForKind(kind: ExtensionKind, name: string): string {
  return kind === 'web' ? `web-${name}` : name;
}
