/**
 * How many units use each id and each prefix. Kept with a document's id checks and renewed in
 * place by each re-parse, so an edit learns without a pass over every unit whether an id it
 * touched is used anywhere else, and which prefix most units share.
 */
import type { Unit } from './model';

export class IdUses {
  private readonly ids = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();

  static of(units: readonly Unit[]): IdUses {
    const uses = new IdUses();
    for (const unit of units) uses.count(unit, 1);
    return uses;
  }

  /** The units `removed` gave way to `added`. */
  replace(removed: readonly Unit[], added: readonly Unit[]): void {
    for (const unit of removed) this.count(unit, -1);
    for (const unit of added) this.count(unit, 1);
  }

  /** How many units use the id `text`. */
  usesOf(text: string): number {
    return this.ids.get(text) ?? 0;
  }

  /**
   * The prefix more units have than any other; undefined on a tie, which `checkIds` breaks by
   * the order the prefixes first appear in, or without prefixes.
   */
  dominantPrefix(): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    let tied = false;
    for (const [prefix, count] of this.prefixes) {
      if (count > bestCount) {
        best = prefix;
        bestCount = count;
        tied = false;
      } else if (count === bestCount) {
        tied = true;
      }
    }
    return tied ? undefined : best;
  }

  private count(unit: Unit, by: number): void {
    const { text, prefix } = unit.id;
    adjust(this.ids, text, by);
    if (prefix) adjust(this.prefixes, prefix, by);
  }
}

function adjust(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}
