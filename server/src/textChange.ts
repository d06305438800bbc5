/**
 * The single replacement that turns one text into another, found from their common start and
 * end. Comparing block by block first keeps it fast on large files: a few native comparisons of
 * 64 K slices, then characters only inside the blocks that differ.
 */
import type { TextChange } from './core/reparse';

const BLOCK = 65536;

/** The smallest `change` with `before.slice(0, start) + text + before.slice(end) === after`. */
export function textChangeBetween(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= limit && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // The common end may not overlap the common start.
  const suffixLimit = limit - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= suffixLimit && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < suffixLimit && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { range: { start: prefix, end: before.length - suffix }, text: after.slice(prefix, after.length - suffix) };
}
