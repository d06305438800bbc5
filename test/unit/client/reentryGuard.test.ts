/** Our own reveal in a pane echoes as scroll events for a moment; those must not move the other pane back. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReentryGuard } from '../../../client/src/sideBySide/reentryGuard';

describe('reentry guard', () => {
  it('takes a pane event shortly after our own move as its echo, and later ones as the reviewer', () => {
    const guard = new ReentryGuard(400);
    guard.markOwnMove('right', 1000);
    assert.equal(guard.isEcho('right', 1100), true);
    assert.equal(guard.isEcho('left', 1100), false, 'the other pane is not quieted');
    assert.equal(guard.isEcho('right', 1401), false);
    assert.equal(guard.isEcho('right', 1200), false, 'the quiet window is over once passed');
  });
});
