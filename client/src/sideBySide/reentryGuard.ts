/**
 * Tells the events a pane fires because we moved it (our own reveal) from the ones a reviewer
 * causes, so keeping two panes in step never ping-pongs between them. A reveal is expected
 * to echo for a short while; events in that window are ignored. `now` is injected for tests.
 */
export class ReentryGuard {
  private readonly quietUntil = new Map<string, number>();

  /** @param quietMilliseconds how long after our own move a pane's events are taken as its echo */
  constructor(private readonly quietMilliseconds = 400) {}

  /** Records that we are about to move the pane `key` at `now`. */
  markOwnMove(key: string, now: number): void {
    this.quietUntil.set(key, now + this.quietMilliseconds);
  }

  /** Whether an event of pane `key` at `now` is the echo of our own move. */
  isEcho(key: string, now: number): boolean {
    const until = this.quietUntil.get(key);
    if (until === undefined) return false;
    if (now <= until) return true;
    this.quietUntil.delete(key);
    return false;
  }
}
