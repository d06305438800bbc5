/** Our own reveal in a pane echoes as scroll events; those must not move the other pane back, however late they come. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReentryGuard } from '../../../client/src/sideBySide/reentryGuard';

describe('reentry guard', () => {
  it('takes a pane event shortly after our own move as its echo, and later ones as the reviewer', () => {
    const guard = new ReentryGuard(400);
    guard.markOwnMove('right', 1000);
    assert.equal(guard.isEcho('right', 1100, false), true);
    assert.equal(guard.isEcho('left', 1100, false), false, 'the other pane is not quieted');
    assert.equal(guard.isEcho('right', 1401, false), false);
    assert.equal(guard.isEcho('right', 1200, false), false, 'the quiet window is over once passed');
  });

  it('awaits the scroll of a move that scrolls the pane past the quiet window, and takes it once', () => {
    const guard = new ReentryGuard(400, 5000);
    guard.markOwnMove('right', 1000, true);
    assert.equal(guard.isIdle(2000), false, 'the echo is still expected');
    assert.equal(guard.isEcho('right', 2500, false), false, 'a late event away from the target is the reviewer');
    assert.equal(guard.isEcho('right', 3000, true), true, 'the late scroll to the target is the echo');
    assert.equal(guard.isEcho('right', 3100, true), false, 'the next scroll is the reviewer, even over the target');
    assert.equal(guard.isIdle(3100), true);
  });

  it('stops awaiting an echo that never comes', () => {
    const guard = new ReentryGuard(400, 5000);
    guard.markOwnMove('right', 1000, true);
    assert.equal(guard.isIdle(6001), true);
    assert.equal(guard.isEcho('right', 6001, true), false);
  });

  it('takes every event of a pane being opened as ours, and the quiet window after the opening ends', () => {
    const guard = new ReentryGuard(400, 5000);
    guard.hold('english');
    assert.equal(guard.isEcho('english', 1000, false), true);
    assert.equal(guard.isEcho('english', 9000, false), true, 'however long the opening takes');
    assert.equal(guard.isIdle(9000), false);
    guard.release('english', 9000);
    assert.equal(guard.isEcho('english', 9300, false), true, 'the layout right after the opening');
    assert.equal(guard.isEcho('english', 9401, false), false, 'then the reviewer');
    assert.equal(guard.isIdle(9401), true);
  });

  it('takes the stale positions of a pane just opened as ours until the scroll to its unit comes', () => {
    const guard = new ReentryGuard(400, 5000);
    guard.hold('english');
    guard.markOwnMove('english', 1000, true, true);
    guard.release('english', 1100);
    assert.equal(guard.isEcho('english', 2000, false), true, 'its first layout at the top, however late');
    assert.equal(guard.isEcho('english', 2100, true), true, 'the scroll to the unit');
    assert.equal(guard.isEcho('english', 2200, false), false, 'then the reviewer');
  });

  it('takes the scroll to the unit during the opening as the awaited echo', () => {
    const guard = new ReentryGuard(400, 5000);
    guard.hold('english');
    guard.markOwnMove('english', 1000, true, true);
    assert.equal(guard.isEcho('english', 1050, true), true);
    guard.release('english', 1100);
    assert.equal(guard.isEcho('english', 1600, false), false, 'the reviewer scrolls right after the opening');
  });
});
