/**
 * One answer per document, asked for again when the document's version or its findings change.
 * While the next answer is on its way, the last one that arrived is still handed out, possibly for
 * an older version: a findings change no longer costs the Markdown preview its marks, nor reading
 * mode a round trip.
 */

interface Entry<T> {
  /** The document version the answer describes. */
  readonly version: number;
  /** Set when diagnostics changed after it was asked for: the answer may differ without an edit. */
  findingsChanged?: boolean;
  readonly answer: Promise<T | undefined>;
  /** The answer once it arrived. */
  settled?: { readonly answer: T | undefined };
  /** The last answer that arrived before this one was asked for, and the version it describes. */
  previous?: { readonly answer: T | undefined; readonly version: number };
}

export class VersionedAnswers<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** The answer for `key` at `version`, from `request` unless asked for since the last findings change. */
  get(key: string, version: number, request: () => Promise<T | undefined>): Promise<T | undefined> {
    const cached = this.entries.get(key);
    if (cached && cached.version === version && !cached.findingsChanged) return cached.answer;
    const entry: Entry<T> = { version, answer: request(), previous: cached && lastArrived(cached) };
    // Once this answer is in, the one before is no longer handed out: let it go.
    entry.answer.then(
      (answer) => settle(entry, answer),
      () => settle(entry, undefined),
    );
    this.entries.set(key, entry);
    return entry.answer;
  }

  /** The last answer that arrived for `key`, possibly for an older version. */
  peek(key: string): T | undefined {
    const entry = this.entries.get(key);
    return entry && lastArrived(entry)?.answer;
  }

  /** Whether `peek(key)` describes `version` (positions in it can be trusted). */
  isCurrent(key: string, version: number): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && lastArrived(entry)?.version === version;
  }

  /**
   * The findings of `key` changed: its next `get` asks again, the last answer still shown
   * meanwhile. Returns whether `key` has an answer at all; keys never asked for are not kept,
   * since other extensions' diagnostics name every file they check.
   */
  findingsChanged(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry) entry.findingsChanged = true;
    return entry !== undefined;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

function settle<T>(entry: Entry<T>, answer: T | undefined): void {
  entry.settled = { answer };
  entry.previous = undefined;
}

function lastArrived<T>(entry: Entry<T>): { answer: T | undefined; version: number } | undefined {
  return entry.settled ? { answer: entry.settled.answer, version: entry.version } : entry.previous;
}
