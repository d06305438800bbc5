// Bundles the extension client, the language server and the CLI with esbuild.
// `--watch` rebuilds on change; `--production` minifies (used for the .vsix).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
  { entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js' },
];

if (watch) {
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
