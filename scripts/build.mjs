// Bundles the extension client (desktop and browser), the language server (Node and web worker)
// and the CLI with esbuild. `--watch` rebuilds on change; `--production` minifies (used for the
// .vsix). A browser bundle that imports a Node module fails the build.
import * as esbuild from 'esbuild';
import { browserBundles, nodeBundles, nodeImportsIn } from './bundles.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const bundles = [...nodeBundles, ...browserBundles].map((bundle) => ({ ...bundle, sourcemap: !production, minify: production }));

if (watch) {
  for (const bundle of bundles) {
    const ctx = await esbuild.context(bundle);
    await ctx.watch();
  }
} else {
  const results = await Promise.all(bundles.map((bundle) => esbuild.build(bundle)));
  const nodeImports = results.flatMap((result) => (result.metafile ? nodeImportsIn(result.metafile) : []));
  if (nodeImports.length > 0) {
    console.error(`Node modules in a browser bundle (they do not exist in a web worker):\n  ${nodeImports.join('\n  ')}`);
    process.exit(1);
  }
}
