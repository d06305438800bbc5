/**
 * When the language server process dies: restart it, tell the reviewer once, and give up
 * (saying so) when it keeps dying, instead of restarting in a loop that floods the window
 * with messages.
 */

/** What to do after the server process closed. */
export interface RestartDecision {
  readonly restart: boolean;
  /** Which message to show, if any: the first restart of the session, or giving up. */
  readonly notice: 'restarted' | 'gave-up' | undefined;
}

/** Counts crashes in a sliding window; `now` is injected so tests control time. */
export class ServerRestartPolicy {
  private readonly crashTimes: number[] = [];
  private restartAnnounced = false;

  /**
   * @param maxCrashes crashes tolerated within `windowMilliseconds` before giving up
   */
  constructor(
    readonly maxCrashes = 5,
    readonly windowMilliseconds = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now` and decides. */
  onServerClosed(now: number): RestartDecision {
    this.crashTimes.push(now);
    while (this.crashTimes.length > 0 && now - this.crashTimes[0] > this.windowMilliseconds) this.crashTimes.shift();
    if (this.crashTimes.length > this.maxCrashes) return { restart: false, notice: 'gave-up' };
    const notice = this.restartAnnounced ? undefined : 'restarted';
    this.restartAnnounced = true;
    return { restart: true, notice };
  }

  /** Forgets past crashes, after the reviewer restarted the server by hand. */
  reset(): void {
    this.crashTimes.length = 0;
    this.restartAnnounced = false;
  }
}
