/**
 * markdownlint-style comments that silence known false positives and survive edits, because
 * they are read from the text on every check:
 * `<!-- sxs-disable-next-line code1 code2 -->`, `<!-- sxs-disable-line code -->`,
 * `<!-- sxs-disable code -->` … `<!-- sxs-enable code -->`. Without codes they apply to every code.
 */
import type { Finding } from './finding';

/** What is silenced from one comment to the next. */
interface SuppressionState {
  /** Every code is silenced, except those in `enabled`. */
  readonly all: boolean;
  readonly enabled: ReadonlySet<string>;
  /** Codes silenced one by one (when `all` is false). */
  readonly disabled: ReadonlySet<string>;
}

/** The suppressions of a document: states between comments, and single silenced lines. */
export interface Suppressions {
  /** Offsets where a new state starts, ascending, with the state from there on. */
  readonly stateStarts: readonly number[];
  readonly states: readonly SuppressionState[];
  /**
   * Lines silenced by `disable-next-line` or `disable-line`, with their codes (empty set = all),
   * by start: a line is found by binary search (an article can have a comment above every unit).
   */
  readonly lines: readonly { readonly start: number; readonly end: number; readonly codes: ReadonlySet<string> }[];
}

const COMMENT = /<!--\s*sxs-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

function codesOf(list: string): Set<string> {
  return new Set(
    list
      .split(/[\s,]+/)
      .map((code) => code.trim().toLowerCase().replace(/^sxs\./, ''))
      .filter((code) => code.length > 0),
  );
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const newline = text.indexOf('\n', offset);
  return { start, end: newline < 0 ? text.length : newline };
}

/** Reads every suppression comment of a text. */
export function findSuppressions(text: string): Suppressions {
  const stateStarts: number[] = [];
  const states: SuppressionState[] = [];
  const lines: { start: number; end: number; codes: ReadonlySet<string> }[] = [];
  let state: SuppressionState = { all: false, enabled: new Set(), disabled: new Set() };
  for (const match of text.matchAll(COMMENT)) {
    const kind = match[1];
    const codes = codesOf(match[2]);
    const commentStart = match.index ?? 0;
    const commentEnd = commentStart + match[0].length;
    if (kind === 'disable-line') {
      lines.push({ ...lineBounds(text, commentStart), codes });
      continue;
    }
    if (kind === 'disable-next-line') {
      const own = lineBounds(text, commentEnd);
      if (own.end < text.length) lines.push({ ...lineBounds(text, own.end + 1), codes });
      continue;
    }
    state = nextState(state, kind === 'disable', codes);
    stateStarts.push(commentEnd);
    states.push(state);
  }
  // Stable: the comments of one line stay together, in the order written.
  lines.sort((a, b) => a.start - b.start);
  return { stateStarts, states, lines };
}

function nextState(state: SuppressionState, disable: boolean, codes: ReadonlySet<string>): SuppressionState {
  if (codes.size === 0) return { all: disable, enabled: new Set(), disabled: new Set() };
  if (state.all) {
    const enabled = new Set(state.enabled);
    for (const code of codes) (disable ? enabled.delete(code) : enabled.add(code));
    return { all: true, enabled, disabled: state.disabled };
  }
  const disabled = new Set(state.disabled);
  for (const code of codes) (disable ? disabled.add(code) : disabled.delete(code));
  return { all: false, enabled: state.enabled, disabled };
}

/** Whether a comment silences `code` at `offset`. */
export function isSuppressedAt(suppressions: Suppressions, code: string, offset: number): boolean {
  const lines = suppressions.lines;
  // Silenced lines are whole lines: the entries that hold `offset` are the last ones starting at or before it, of one line.
  const last = lastAtOrBefore(lines.length, (index) => lines[index].start, offset);
  for (let index = last; index >= 0 && lines[index].start === lines[last].start; index--) {
    const line = lines[index];
    if (offset <= line.end && (line.codes.size === 0 || line.codes.has(code))) return true;
  }
  const found = lastAtOrBefore(suppressions.stateStarts.length, (index) => suppressions.stateStarts[index], offset);
  if (found < 0) return false;
  const state = suppressions.states[found];
  return state.all ? !state.enabled.has(code) : state.disabled.has(code);
}

/** The last index whose value (ascending) is at most `offset`; -1 when none is. */
function lastAtOrBefore(count: number, valueAt: (index: number) => number, offset: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (valueAt(middle) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The findings no comment silences. */
export function withoutSuppressed<F extends Finding>(findings: readonly F[], suppressions: Suppressions): F[] {
  if (!suppressesAnything(suppressions)) return [...findings];
  return findings.filter((finding) => !isSuppressedAt(suppressions, finding.code, finding.range.start));
}

/** Whether the text has any suppression comment. */
export function suppressesAnything(suppressions: Suppressions): boolean {
  return suppressions.lines.length > 0 || suppressions.states.length > 0;
}
