/**
 * The language client is loaded after activation: never during the turn that creates the lazy
 * server (activate() and the features it sets up may already ask), once, and only if needed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LazySxsServer } from '../../../client/src/languageClient/lazySxsServer';
import type { SxsServer } from '../../../client/src/languageClient/sxsServer';

/** A server that records what it is asked. */
function recordingServer(log: string[]): SxsServer {
  return {
    documentUnits: async (uri) => (log.push(`units ${uri}`), null),
    englishArticle: async (uri) => (log.push(`english ${uri}`), null),
    counterparts: async (uri) => (log.push(`counterparts ${uri}`), { isEnglish: false, counterparts: [] }),
    exportXliff: async (params) => (log.push(`export ${params.articles.length}`), []),
    xliffOriginals: async () => (log.push('originals'), { paths: [] }),
    importXliff: async (params) => (log.push(`import ${params.uri}`), { edits: [], imported: 0, rejected: 0, skipped: 0, summary: [] }),
    exportMemory: async () => (log.push('memory'), { tmx: '', written: 0, articles: 0 }),
    memoryMatches: async () => (log.push('matches'), null),
    pulledDiagnostics: (uri) => (log.push(`pulled ${uri}`), { version: 1, diagnostics: [] }),
    isRunning: () => true,
    restart: async () => void log.push('restart'),
    stop: async () => void log.push('stop'),
  };
}

describe('lazy server', () => {
  it('loads the client after the current turn, once, and answers requests made before', async () => {
    const log: string[] = [];
    const lazy = new LazySxsServer(() => (log.push('load'), recordingServer(log)));
    const started = lazy.startSoon();
    const early = lazy.documentUnits('file:///a.md');
    assert.deepEqual(log, [], 'nothing loaded while activate() runs');
    assert.equal(lazy.isRunning(), false);
    await Promise.all([started, early, lazy.counterparts('file:///b.md')]);
    assert.deepEqual(log, ['load', 'units file:///a.md', 'counterparts file:///b.md']);
    assert.equal(lazy.isRunning(), true);
  });

  it('does not load the client just to stop it', async () => {
    const log: string[] = [];
    const lazy = new LazySxsServer(() => (log.push('load'), recordingServer(log)));
    await lazy.stop();
    assert.deepEqual(log, []);
  });

  it('rejects requests when the client cannot be loaded', async () => {
    const lazy = new LazySxsServer(() => {
      throw new Error('bundle missing');
    });
    await assert.rejects(lazy.startSoon(), /bundle missing/);
    await assert.rejects(lazy.documentUnits('file:///a.md'), /bundle missing/);
  });
});
