// Bundles the extension client, the language server and the CLI with esbuild.
// `--watch` rebuilds on change; `--production` minifies (used for the .vsix).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer CommonJS entry points of dual packages (htmlparser2, vscode-languageserver).
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['client/src/desktopExtension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The language client, loaded by the extension just after activation (a bundle of its own keeps activation quick).
  { entryPoints: ['client/src/languageClient/languageClientMain.ts'], outfile: 'client/out/languageClientMain.js', external: ['vscode'] },
  // The segment editor's webview script: a browser bundle the webview loads by its nonce.
  { entryPoints: ['client/src/segmentEditor/webview/segmentGrid.ts'], outfile: 'client/out/segmentEditorWebview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The language server; also the `sxs-language-server` bin of the npm package.
  { entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
  // The `sxs` command line (not in the .vsix).
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/sxs.js', banner: { js: '#!/usr/bin/env node' }, define: { SXS_VERSION: JSON.stringify(version) } },
  // The worker threads of `sxs check`, started by the command line from the same folder.
  { entryPoints: ['server/src/cli/check/checkWorker.ts'], outfile: 'server/out/checkWorker.js', define: { SXS_VERSION: JSON.stringify(version) } },
];

if (watch) {
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
