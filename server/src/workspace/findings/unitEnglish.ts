/**
 * A unit's English, white space collapsed, once per unit object: the workspace checks compare it
 * on every version, and a re-parse keeps the units outside the edit as the same objects.
 */
import { detached } from '../../core/detached';
import type { Unit } from '../../core/model';
import { normalizeSentence } from '../memory/matchScore';

const cache = new WeakMap<Unit, string>();

/** The unit's English (its sxs-lookup half as written), normalized; '' without one. */
export function normalizedEnglishOf(unit: Unit): string {
  let english = cache.get(unit);
  if (english === undefined) {
    // A copy: the unit outlives this version's text, which a slice would keep alive.
    english = detached(normalizeSentence(unit.source?.raw ?? ''));
    cache.set(unit, english);
  }
  return english;
}
