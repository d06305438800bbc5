/**
 * Tells the events a pane fires because we moved it (our own reveal) from the ones a reviewer
 * causes, so keeping two panes in step never ping-pongs between them. Events in a short window
 * after our move are its echo; and when the move scrolls the pane, its scroll is awaited as
 * the echo however late it comes (a busy machine delays it past any window): the first event
 * that shows where we moved the pane. An awaited echo that never comes (the reveal did not
 * scroll after all) stops being awaited after a while. `now` is injected for tests.
 */
export class ReentryGuard {
  private readonly moves = new Map<string, OwnMove>();

  /**
   * @param quietMilliseconds how long after our own move every event of the pane is taken as its echo
   * @param echoWaitMilliseconds how long the scroll of a move is awaited at most
   */
  constructor(
    private readonly quietMilliseconds = 400,
    private readonly echoWaitMilliseconds = 5000,
  ) {}

  /** Records that we are about to move the pane `key` at `now`; `scrolls` when the move will scroll it. */
  markOwnMove(key: string, now: number, scrolls = false): void {
    this.moves.set(key, { quietUntil: now + this.quietMilliseconds, awaitedUntil: scrolls ? now + this.echoWaitMilliseconds : undefined });
  }

  /**
   * Whether an event of pane `key` at `now` is the echo of our own move; `showsTarget` tells
   * whether the pane now shows where we moved it. The awaited echo is taken once.
   */
  isEcho(key: string, now: number, showsTarget: boolean): boolean {
    const move = this.moves.get(key);
    if (!move) return false;
    const awaited = move.awaitedUntil !== undefined && now <= move.awaitedUntil;
    if (awaited && showsTarget) {
      move.awaitedUntil = undefined;
      return true;
    }
    if (now <= move.quietUntil) return true;
    if (!awaited) this.moves.delete(key);
    return false;
  }

  /** Whether no event of any pane would be taken as an echo at `now`. */
  isIdle(now: number): boolean {
    for (const move of this.moves.values()) {
      if (now <= move.quietUntil || (move.awaitedUntil !== undefined && now <= move.awaitedUntil)) return false;
    }
    return true;
  }
}

interface OwnMove {
  readonly quietUntil: number;
  /** Until when the scroll our move causes is awaited; undefined once it came, or when none will. */
  awaitedUntil: number | undefined;
}
