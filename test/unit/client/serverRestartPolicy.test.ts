/** When the server keeps dying: restart, say so once, give up after five crashes in three minutes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServerRestartPolicy } from '../../../client/src/languageClient/serverRestartPolicy';

const minute = 60_000;

describe('server restart policy', () => {
  it('restarts every time but tells the reviewer only the first time', () => {
    const policy = new ServerRestartPolicy();
    const decisions = [0, 2, 4].map((minutes) => policy.onServerClosed(minutes * minute));
    assert.deepEqual(decisions, [
      { restart: true, notice: 'restarted' },
      { restart: true, notice: undefined },
      { restart: true, notice: undefined },
    ]);
  });

  it('gives up on the sixth crash within three minutes instead of looping', () => {
    const policy = new ServerRestartPolicy();
    const decisions = [0, 1, 2, 3, 4, 5].map((seconds) => policy.onServerClosed(seconds * 1000));
    assert.deepEqual(decisions.map((decision) => decision.restart), [true, true, true, true, true, false]);
    assert.equal(decisions[5].notice, 'gave-up');
  });

  it('forgets crashes older than the window, and everything after a manual restart', () => {
    const policy = new ServerRestartPolicy();
    for (let index = 0; index < 5; index++) policy.onServerClosed(index * 1000);
    assert.equal(policy.onServerClosed(4 * minute).restart, true);
    policy.reset();
    assert.deepEqual(policy.onServerClosed(5 * minute), { restart: true, notice: 'restarted' });
  });
});
