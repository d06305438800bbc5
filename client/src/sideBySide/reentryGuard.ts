/**
 * Tells the events a pane fires because we moved it (our own reveal) from the ones a reviewer
 * causes, so keeping two panes in step never ping-pongs between them. Events in a short window
 * after our move are its echo; and when the move scrolls the pane, its scroll is awaited as
 * the echo however late it comes (a busy machine delays it past any window): the first event
 * that shows where we moved the pane. An awaited echo that never comes (the reveal did not
 * scroll after all) stops being awaited after a while. A pane being opened is held: none of its
 * events is the reviewer's until the opening is over, and the echo of the move that brings a new
 * pane to its unit swallows the positions the pane reports before it (its first layouts).
 * `now` is injected for tests.
 */
export class ReentryGuard {
  private readonly moves = new Map<string, OwnMove>();
  /** How many openings hold each pane. */
  private readonly holds = new Map<string, number>();

  /**
   * @param quietMilliseconds how long after our own move every event of the pane is taken as its echo
   * @param echoWaitMilliseconds how long the scroll of a move is awaited at most
   */
  constructor(
    private readonly quietMilliseconds = 400,
    private readonly echoWaitMilliseconds = 5000,
  ) {}

  /**
   * Records that we are about to move the pane `key` at `now`; `scrolls` when the move will scroll
   * it; `opening` when it brings a pane just opened to its unit, whose earlier positions are stale.
   */
  markOwnMove(key: string, now: number, scrolls = false, opening = false): void {
    this.moves.set(key, { quietUntil: now + this.quietMilliseconds, awaitedUntil: scrolls ? now + this.echoWaitMilliseconds : undefined, opening });
  }

  /** Takes every event of pane `key` as ours until `release` (the pane is being opened or laid out). */
  hold(key: string): void {
    this.holds.set(key, (this.holds.get(key) ?? 0) + 1);
  }

  /** Ends a `hold` at `now`; events of the next quiet window are still taken as its echo. */
  release(key: string, now: number): void {
    const count = (this.holds.get(key) ?? 1) - 1;
    if (count > 0) this.holds.set(key, count);
    else this.holds.delete(key);
    const move = this.moves.get(key);
    const quietUntil = now + this.quietMilliseconds;
    if (move) move.quietUntil = Math.max(move.quietUntil, quietUntil);
    else this.moves.set(key, { quietUntil, awaitedUntil: undefined, opening: false });
  }

  /** Whether pane `key` is held by an opening. */
  isHeld(key: string): boolean {
    return this.holds.has(key);
  }

  /**
   * Whether an event of pane `key` at `now` is the echo of our own move; `showsTarget` tells
   * whether the pane now shows where we moved it. The awaited echo is taken once.
   */
  isEcho(key: string, now: number, showsTarget: boolean): boolean {
    const move = this.moves.get(key);
    const awaited = move?.awaitedUntil !== undefined && now <= move.awaitedUntil;
    if (move && awaited && showsTarget) {
      move.awaitedUntil = undefined;
      return true;
    }
    if (this.holds.has(key)) return true;
    if (!move) return false;
    if (awaited && move.opening) return true;
    if (now <= move.quietUntil) return true;
    if (!awaited) this.moves.delete(key);
    return false;
  }

  /** Whether no event of any pane would be taken as an echo at `now`. */
  isIdle(now: number): boolean {
    if (this.holds.size > 0) return false;
    for (const move of this.moves.values()) {
      if (now <= move.quietUntil || (move.awaitedUntil !== undefined && now <= move.awaitedUntil)) return false;
    }
    return true;
  }
}

interface OwnMove {
  /** Until when the scroll our move causes is awaited; undefined once it came, or when none will. */
  awaitedUntil: number | undefined;
  /** The move brings a pane just opened to its unit: until its scroll comes, the pane reports stale positions. */
  readonly opening: boolean;
  quietUntil: number;
}
