/**
 * Run in a child process by the start-up benchmark: loads the client bundle
 * (`client/out/extension.js`) with a stand-in `vscode` module and calls `activate()`, then prints
 * the two times as JSON. The stand-in answers every property, call and construction with another
 * stand-in, so activation runs its real code path; the language client it starts cannot reach a
 * real editor, which happens after `activate()` has returned and is not measured.
 */
import * as fs from 'fs';
import Module = require('module');
import * as path from 'path';

/**
 * An object that is every API at once: properties, calls and `new` all give another one.
 * `ownNames` become real own properties, so a bundler's copy of the module's exports sees them.
 */
function standIn(ownNames: readonly string[] = []): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function standInFunction(): void {};
  for (const name of ownNames) cache.set(name, standIn());
  for (const name of ownNames) Object.defineProperty(target, name, { get: () => cache.get(name), enumerable: true, configurable: true });
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined; // not a promise
      if (property === Symbol.toPrimitive) return () => '';
      if (property === Symbol.iterator) return function* empty(): Generator<never> {};
      if (property === 'length' && !cache.has(property)) return 0;
      if (!cache.has(property)) cache.set(property, standIn());
      return cache.get(property);
    },
    set(_target, property, value) {
      cache.set(property, value);
      return true;
    },
    apply: () => standIn(),
    construct: () => standIn() as object,
  });
}

/** The top-level names of the `vscode` module (namespaces, classes, enums), read from its typings. */
function vscodeApiNames(): string[] {
  const typings = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const match of typings.matchAll(/^(?: {4}|\t)export (?:namespace|class|enum|const|let|function) (\w+)/gm)) names.add(match[1]);
  return [...names];
}

function main(): void {
  const bundle = path.resolve(process.argv[2] ?? 'client/out/extension.js');
  const vscode = standIn(vscodeApiNames());
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const originalLoad = loader._load;
  loader._load = function load(request: string, parent: unknown, isMain: boolean): unknown {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, parent, isMain);
  };
  const memento = new Map<string, unknown>();
  const state = { get: (key: string, fallback?: unknown) => (memento.has(key) ? memento.get(key) : fallback), update: async (key: string, value: unknown) => void memento.set(key, value), keys: () => [...memento.keys()] };
  const root = path.resolve(path.dirname(bundle), '..', '..');
  const context = {
    subscriptions: [] as unknown[],
    extensionPath: root,
    extensionUri: standIn(),
    asAbsolutePath: (relative: string) => path.join(root, relative),
    workspaceState: state,
    globalState: { ...state, setKeysForSync: () => undefined },
    storageUri: undefined,
    globalStorageUri: standIn(),
    logUri: standIn(),
    extensionMode: 1,
    environmentVariableCollection: standIn(),
    secrets: standIn(),
  };
  const loadStarted = performance.now();
  const extension = require(bundle) as { activate(context: unknown): unknown };
  const loaded = performance.now();
  let error: string | undefined;
  try {
    extension.activate(context);
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const activated = performance.now();
  process.stdout.write(JSON.stringify({ loadMs: loaded - loadStarted, activateMs: activated - loaded, error }) + '\n');
  process.exit(0);
}

main();
