/**
 * Which rows the grid asks the extension for, and in what order. Rows are asked for before they
 * are drawn: a fling passes five rows a frame, a round trip to the extension host can take a few
 * hundred milliseconds on a busy machine, and a row drawn before its content arrives shows empty.
 * Once a row `near` items above or below the drawn ones is missing, the missing rows up to `far`
 * items away are asked for, in small messages (the page reads each answer in one task, and a long
 * task holds a frame), those nearest the drawn rows first, at most `messages` at a time (a sparse
 * filter would otherwise send hundreds; the rest are asked for on a later frame).
 *
 * Pure: no DOM.
 */
import { MAX_ROWS_PER_MESSAGE } from '../segmentEditorMessages';

/** Positions `from` to `to` (inclusive) of the article's rows, asked for in one message. */
export interface RowFetch {
  readonly from: number;
  readonly to: number;
}

export interface RowFetchLimits {
  readonly near: number;
  readonly far: number;
  /** The most positions one message spans (rows a filter hides between them included). */
  readonly chunk: number;
  readonly messages: number;
}

export const ROW_FETCH_LIMITS: RowFetchLimits = { near: 150, far: 400, chunk: Math.min(100, MAX_ROWS_PER_MESSAGE), messages: 8 };

/**
 * The messages to send while items `first` to `last` are drawn. `positionAt(index)` is the row
 * position of item `index` (undefined for a group heading); items follow the rows' order.
 * `missing(position)`: the row is neither received nor asked for.
 */
export function planRowFetches(
  itemCount: number,
  first: number,
  last: number,
  positionAt: (index: number) => number | undefined,
  missing: (position: number) => boolean,
  limits: RowFetchLimits = ROW_FETCH_LIMITS,
): RowFetch[] {
  const missingAt = (index: number): number | undefined => {
    const position = positionAt(index);
    return position !== undefined && missing(position) ? position : undefined;
  };
  let needed = false;
  for (let index = Math.max(0, first - limits.near); index <= Math.min(itemCount - 1, last + limits.near) && !needed; index++) needed = missingAt(index) !== undefined;
  if (!needed) return [];
  const fetches: { from: number; to: number }[] = [];
  for (let index = Math.max(0, first - limits.far); index <= Math.min(itemCount - 1, last + limits.far); index++) {
    const position = missingAt(index);
    if (position === undefined) continue;
    const open = fetches[fetches.length - 1];
    if (open && position - open.from < limits.chunk) open.to = position;
    else fetches.push({ from: position, to: position });
  }
  // The positions of the drawn rows; a message's distance is how far it stands from them.
  let drawnFrom: number | undefined;
  let drawnTo: number | undefined;
  for (let index = Math.max(0, first); index <= Math.min(itemCount - 1, last); index++) {
    const position = positionAt(index);
    if (position === undefined) continue;
    drawnFrom ??= position;
    drawnTo = position;
  }
  const from = drawnFrom ?? fetches[0].from;
  const to = drawnTo ?? from;
  const distance = (fetch: RowFetch) => (fetch.to < from ? from - fetch.to : fetch.from > to ? fetch.from - to : 0);
  return fetches.sort((a, b) => distance(a) - distance(b)).slice(0, limits.messages);
}
