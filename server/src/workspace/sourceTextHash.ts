/**
 * A 32-bit fingerprint of a unit's English source, to confirm that unit N of one locale is unit
 * N of another without keeping the sentence. Runs of spaces, tabs and line breaks count as one
 * space and the ends are trimmed: the same sentence wraps differently in a 2019 file.
 */

/** FNV-1a over `text.slice(start, end)` with whitespace runs collapsed and ends trimmed. */
export function sourceTextHash(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  let pendingSpace = false;
  let started = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      pendingSpace = false;
    }
    started = true;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash | 0;
}
