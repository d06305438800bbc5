/**
 * A new array made of `old` with `[from, to)` replaced by `inserted`, in one allocation, each
 * element after the replacement passed through `moveAfter` (which may change it in place).
 *
 * Why not `old.slice(0, from).concat(inserted, old.slice(to))`: an array of more than 16,000
 * elements (128 KB) is allocated apart from the rest of the heap, from fresh pages of the
 * operating system, and a large article's units and line starts are 40,000 long. Each such
 * array costs about a millisecond in the virtual machines measured (page faults), 60 times a
 * 16,000-element one; slice-and-concat makes two of them, and a keystroke makes several such
 * splices.
 */
export function splicedArray<T>(old: readonly T[], from: number, to: number, inserted: readonly T[], moveAfter?: (element: T) => T): T[] {
  const length = old.length - (to - from) + inserted.length;
  const result = new Array<T>(length);
  let at = 0;
  for (let index = 0; index < from; index++) result[at++] = old[index];
  for (const element of inserted) result[at++] = element;
  if (moveAfter) for (let index = to; index < old.length; index++) result[at++] = moveAfter(old[index]);
  else for (let index = to; index < old.length; index++) result[at++] = old[index];
  return result;
}

/** Past this many inserted elements the engine's splice is not used (a spread of arguments has a limit). */
const NATIVE_SPLICE_LIMIT = 8192;

/**
 * Replaces `[from, to)` of `array` by `inserted` in place: the elements after the replacement
 * move within the array's own memory, and no second array of its length is made. For an array
 * its owner alone reads (a document's line starts, a model a re-parse takes over).
 */
export function spliceInPlace<T>(array: T[], from: number, to: number, inserted: readonly T[]): void {
  if (inserted.length <= NATIVE_SPLICE_LIMIT) {
    array.splice(from, to - from, ...inserted);
    return;
  }
  const oldLength = array.length;
  const grow = inserted.length - (to - from);
  if (grow > 0) for (let index = oldLength - 1; index >= to; index--) array[index + grow] = array[index];
  else if (grow < 0) {
    for (let index = to; index < oldLength; index++) array[index + grow] = array[index];
    array.length = oldLength + grow;
  }
  for (let index = 0; index < inserted.length; index++) array[from + index] = inserted[index];
}
