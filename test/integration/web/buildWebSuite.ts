/**
 * Bundles the integration suite for the web worker extension host: every `*.test.ts` of
 * suite/, loaded by webSuiteRunner.ts once mocha's browser build has set up its globals. Node's
 * `assert/strict` becomes the browser port; other Node modules become empty modules, which only
 * the tests skipped in the web worker use.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repositoryRoot } from '../../harness/toolPaths';

const suiteFolder = path.join(repositoryRoot, 'test', 'integration', 'suite');
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Node modules the web worker does not have, made empty (the assert port is mapped first). */
const nodeModulesEmpty: esbuild.Plugin = {
  name: 'node-modules-empty',
  setup(build) {
    build.onResolve({ filter: /^node:assert\/strict$|^assert\/strict$/ }, () => ({ path: path.join(repositoryRoot, 'test', 'integration', 'web', 'assertStrict.ts') }));
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => (nodeBuiltins.has(args.path) && args.path !== 'assert' && !args.importer.includes('node_modules') ? { path: args.path, namespace: 'node-unavailable' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'node-unavailable' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * Mocha's browser build as an ES module of its own: its UMD header would otherwise write the
 * extension host's `module.exports` (esbuild keeps it unwrapped), replacing the suite's `run`.
 */
const mochaAsModule: esbuild.Plugin = {
  name: 'mocha-as-module',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `var module = { exports: {} }, exports = module.exports;\n${await fs.promises.readFile(args.path, 'utf8')}\nexport default module.exports;\n`,
      loader: 'js',
    }));
  },
};

/** Writes the web suite to `outfile`; its results go to `resultsPath` on the machine serving the workspace. */
export async function buildWebSuite(outfile: string, resultsPath: string): Promise<void> {
  const tests = fs.readdirSync(suiteFolder).filter((name) => name.endsWith('.test.ts')).sort();
  // CommonJS, the exports set last: what the extension host calls is `run`.
  const contents = [
    "const { runWebSuite } = require('../web/webSuiteRunner');",
    'module.exports = {',
    '  run: () =>',
    '    runWebSuite(() => {',
    ...tests.map((name) => `      require('./${name.replace(/\.ts$/, '')}');`),
    '    }),',
    '};',
  ].join('\n');
  await esbuild.build({
    stdin: { contents, resolveDir: suiteFolder, sourcefile: 'webSuite.ts', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    outfile,
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    define: {
      SXS_WEB_RESULTS_PATH: JSON.stringify(resultsPath),
      SXS_WEB_GREP: JSON.stringify(process.env.SXS_INTEGRATION_GREP ?? ''),
      'process.env.NODE_DEBUG': 'undefined',
    },
    plugins: [nodeModulesEmpty, mochaAsModule],
    // The assert port builds its failure messages with `process.env` and `process.stderr`; a worker has no `process`.
    banner: { js: 'var process = { env: {} };' },
    logLevel: 'warning',
  });
}
