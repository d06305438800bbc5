// The esbuild bundles of the extension, shared by the build and the test that keeps Node
// modules out of the browser bundles.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const shared = { bundle: true, logLevel: 'warning' };

/** @type {import('esbuild').BuildOptions} */
const nodeOptions = {
  ...shared,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // Prefer CommonJS entry points of dual packages (htmlparser2, vscode-languageserver).
  mainFields: ['module', 'main'],
};

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Marks every Node built-in as external instead of failing to resolve it, so the metafile names
 * each one with its importer and `nodeImportsIn` can say which source brought it in.
 * @type {import('esbuild').Plugin}
 */
const nodeBuiltinsExternal = {
  name: 'node-builtins-external',
  setup(build) {
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => (nodeBuiltins.has(args.path) ? { path: args.path, external: true } : undefined));
  },
};

/** @type {import('esbuild').BuildOptions} */
const browserOptions = {
  ...shared,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  metafile: true,
  plugins: [nodeBuiltinsExternal],
};

/** Bundles run by VS Code's Node extension host and by Node (server, CLI). */
export const nodeBundles = [
  { ...nodeOptions, entryPoints: ['client/src/desktopExtension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The language client, loaded by the extension just after activation (a bundle of its own keeps activation quick).
  { ...nodeOptions, entryPoints: ['client/src/languageClient/languageClientMain.ts'], outfile: 'client/out/languageClientMain.js', external: ['vscode'] },
  // The language server; also the `sxs-language-server` bin of the npm package.
  { ...nodeOptions, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
  // The `sxs` command line (not in the .vsix).
  { ...nodeOptions, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/sxs.js', banner: { js: '#!/usr/bin/env node' }, define: { SXS_VERSION: JSON.stringify(version) } },
  // The worker threads of `sxs check`, started by the command line from the same folder.
  { ...nodeOptions, entryPoints: ['server/src/cli/check/checkWorker.ts'], outfile: 'server/out/checkWorker.js', define: { SXS_VERSION: JSON.stringify(version) } },
];

/**
 * Bundles run by the browser: the web extension (CommonJS, as the web worker host loads it), the
 * server's worker, and the segment editor's webview script (loaded by its nonce).
 */
export const browserBundles = [
  { ...browserOptions, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'client/out/browserExtension.js', external: ['vscode'] },
  { ...browserOptions, format: 'iife', entryPoints: ['server/src/browserMain.ts'], outfile: 'server/out/browserServer.js' },
  { ...browserOptions, format: 'iife', entryPoints: ['client/src/segmentEditor/webview/segmentGrid.ts'], outfile: 'client/out/segmentEditorWebview.js' },
];

/**
 * The Node built-ins a browser bundle imports, as "importer → module" lines (none is right).
 * @param {import('esbuild').Metafile} metafile
 */
export function nodeImportsIn(metafile) {
  const found = [];
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    for (const imported of imports) if (imported.external && nodeBuiltins.has(imported.path)) found.push(`${input} → ${imported.path}`);
  }
  return found;
}
