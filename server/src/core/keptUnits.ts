/**
 * What a re-parse kept of a unit list: the units outside the edited paragraphs are the same
 * objects in both versions, at the start of the list and (moved) at its end; only those between
 * left or joined. After a full parse nothing is kept.
 */
import type { Unit } from './model';

/** How many units at the start (`head`) and at the end (`tail`) of `next` are `previous`'s own objects. */
export function keptEnds(previous: readonly Unit[], next: readonly Unit[]): { head: number; tail: number } {
  const shorter = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shorter && previous[head] === next[head]) head++;
  let tail = 0;
  while (tail < shorter - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { head, tail };
}
