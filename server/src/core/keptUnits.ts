/**
 * What a re-parse kept of a unit list: the units outside the edited paragraphs are the same
 * objects in both versions, at the start of the list and (moved) at its end; only those between
 * left or joined. After a full parse nothing is kept. A cache remembers `unitsSeen(model)` and
 * asks `keptSince` at the next version.
 */
import type { SxsDocument } from './model';
import { parseStateOf } from './parse';
import type { KeptUnits, UnitLineage } from './unitLineage';

/** What a cache saw of a model's units. */
export interface UnitsSeen {
  readonly length: number;
  readonly lineage: UnitLineage | undefined;
  readonly generation: number;
}

/** What a cache that reads `model` now should remember of it. */
export function unitsSeen(model: SxsDocument): UnitsSeen {
  const state = parseStateOf(model);
  return { length: model.units.length, lineage: state?.lineage, generation: state?.generation ?? 0 };
}

/**
 * What `model` kept of the units `seen` (an earlier version of the same document, or the same
 * version): the counts of kept units at the start and the end of `model.units`, and the units of
 * the seen list between them that have left. Undefined when that is not known (nothing seen, a
 * full parse since, or too many versions ago): then nothing is kept, and the seen units cannot
 * be listed either, since their list has been renewed in place.
 */
export function keptSince(seen: UnitsSeen | undefined, model: SxsDocument): KeptUnits | undefined {
  const lineage = parseStateOf(model)?.lineage;
  return seen?.lineage && seen.lineage === lineage ? lineage.keptSince(seen.generation, seen.length) : undefined;
}
