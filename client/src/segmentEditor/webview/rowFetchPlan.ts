/**
 * Which rows the grid asks the extension for, and in what order. Rows are asked for before they
 * are drawn: a fling passes five rows a frame, a round trip to the extension host can take a few
 * hundred milliseconds on a busy machine, and a row drawn before its content arrives shows empty.
 * Once a row `near` items above or below the drawn ones is missing, every missing row up to `far`
 * items away is asked for, in small messages (the page reads each answer in one task, and a long
 * task holds a frame), those holding the drawn rows first.
 *
 * Pure: no DOM.
 */

/** Positions `from` to `to` (inclusive) of the article's rows, asked for in one message. */
export interface RowFetch {
  readonly from: number;
  readonly to: number;
}

export interface RowFetchLimits {
  readonly near: number;
  readonly far: number;
  /** Rows a filter hides between two missing ones that are still asked for with them. */
  readonly gap: number;
  /** The most positions one message spans. */
  readonly chunk: number;
}

export const ROW_FETCH_LIMITS: RowFetchLimits = { near: 150, far: 400, gap: 32, chunk: 100 };

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
    if (open && position - open.to <= limits.gap && position - open.from < limits.chunk) open.to = position;
    else fetches.push({ from: position, to: position });
  }
  // Nearest the drawn rows first.
  let anchor: number | undefined;
  for (let index = Math.max(0, first); index <= Math.min(itemCount - 1, last) && anchor === undefined; index++) anchor = positionAt(index);
  const at = anchor ?? fetches[0].from;
  const distance = (fetch: RowFetch) => (at < fetch.from ? fetch.from - at : Math.max(0, at - fetch.to));
  return fetches.sort((a, b) => distance(a) - distance(b));
}
