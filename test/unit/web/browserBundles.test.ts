/**
 * The browser bundles (the web extension and the server's web worker) hold no Node module, and
 * the pure layers use no Node global: in a web worker there is no `fs`, `path`, `process`,
 * `Buffer`, `require` or `setImmediate`. The bundles are built in memory with the build's own
 * options (scripts/bundles.mjs), whose metafile names every import.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../support/paths';

interface Bundles {
  browserBundles: esbuild.BuildOptions[];
  nodeImportsIn(metafile: esbuild.Metafile): string[];
}
const bundles = (): Promise<Bundles> => import(pathToFileURL(path.join(repoRoot, 'scripts', 'bundles.mjs')).href) as Promise<Bundles>;

async function buildInMemory(options: esbuild.BuildOptions): Promise<esbuild.Metafile> {
  const result = await esbuild.build({ ...options, absWorkingDir: repoRoot, write: false, logLevel: 'silent' });
  return result.metafile!;
}

describe('browser bundles', () => {
  it('the web extension and the web worker server import no Node module', async () => {
    const { browserBundles, nodeImportsIn } = await bundles();
    assert.deepEqual(
      browserBundles.map((bundle) => bundle.outfile),
      ['client/out/browserExtension.js', 'server/out/browserServer.js', 'client/out/segmentEditorWebview.js'],
    );
    for (const bundle of browserBundles) {
      const metafile = await buildInMemory(bundle);
      assert.ok(Object.keys(metafile.inputs).length > 1, `${bundle.outfile} bundles its sources`);
      assert.deepEqual(nodeImportsIn(metafile), [], `${bundle.outfile}`);
    }
  });

  it('names the source that brings a Node module into a browser bundle', async () => {
    const { browserBundles, nodeImportsIn } = await bundles();
    const probe = { ...browserBundles[1], entryPoints: undefined, outfile: 'probe.js', stdin: { contents: "import { sep } from 'node:path';\nimport { readFileSync } from 'fs';\nexport const x = [sep, readFileSync];", resolveDir: repoRoot, sourcefile: 'probe.ts', loader: 'ts' as const } };
    assert.deepEqual(nodeImportsIn(await buildInMemory(probe)).sort(), ['probe.ts → fs', 'probe.ts → node:path']);
  });
});

/** Node globals a module of the pure layers must not touch (a guarded `typeof x` test is allowed). */
const NODE_GLOBALS = /(?<![.\w$])(?:Buffer|process|require|__dirname|__filename|setImmediate)\b(?!\s*:)/g;

describe('the pure layers use no Node global', () => {
  const layers = ['server/src/core', 'server/src/checks', 'server/src/features', 'server/src/workspace'];
  // The one file of the workspace index that reads a real disk, used by the Node server only.
  const nodeOnly = new Set(['server/src/workspace/nodeFileSystem.ts']);
  for (const layer of layers) {
    it(layer, () => {
      const offences: string[] = [];
      for (const file of fs.readdirSync(path.join(repoRoot, layer), { recursive: true, encoding: 'utf8' })) {
        const relative = `${layer}/${file}`;
        if (!file.endsWith('.ts') || nodeOnly.has(relative)) continue;
        const code = withoutCommentsAndStrings(fs.readFileSync(path.join(repoRoot, relative), 'utf8'));
        for (const match of code.matchAll(NODE_GLOBALS)) offences.push(`${relative}: ${match[0]}`);
        if (/from\s*['"](?:node:)?(?:fs|path|url|os|util|child_process|worker_threads|buffer|crypto)['"]/.test(code)) offences.push(`${relative}: a Node module import`);
      }
      assert.deepEqual(offences, []);
    });
  }
});

/** The code with comments removed and string contents blanked (module names kept for the import check). */
function withoutCommentsAndStrings(code: string): string {
  return code.replace(/(['"`])((?:[^\\\n]|\\.)*?)\1|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (match, quote: string | undefined, body: string) => {
    if (!quote) return ' ';
    return /^(?:node:)?[a-z_]+$/.test(body) ? match : `${quote}${quote}`;
  });
}
