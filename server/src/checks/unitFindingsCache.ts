/**
 * Findings of units kept from one version of a document to the next. An incremental re-parse
 * (`core/reparse.ts`) hands the units outside the edited paragraphs to the new model as the same
 * objects, moved: their text is unchanged, so their findings are too, only moved with them. A
 * cache keyed by the unit object therefore re-checks only the units a re-parse made anew; after
 * a keystroke in a 10 MB article that is a handful of units instead of forty thousand.
 */
import type { OffsetRange, Unit } from '../core/model';
import type { Finding } from './finding';

interface CachedUnit {
  /** Where the unit started when its findings were computed or last moved. */
  start: number;
  index: number;
  findings: readonly Finding[];
}

/** The unit findings of the versions of one document; pass the same cache to each `checkDocument`. */
export class UnitFindingsCache {
  private entries = new WeakMap<Unit, CachedUnit>();
  private context: string | undefined;
  /** Units checked afresh since the cache was made (a measure of how incremental checking was). */
  checkedUnits = 0;

  /**
   * The findings of `unit`: `check()`'s, unless this unit object was checked before in the same
   * `context` (the locale and the `no-loc` terms, which every unit check reads).
   */
  findingsOf(unit: Unit, context: string, check: () => Finding[]): readonly Finding[] {
    if (context !== this.context) {
      this.entries = new WeakMap();
      this.context = context;
    }
    const cached = this.entries.get(unit);
    if (!cached) {
      // Checks hand out the model's own range objects, which a later re-parse moves in place:
      // the cache keeps copies and moves them itself.
      const findings = check().map((finding) => movedFinding(finding, unit.index, copiedRange));
      this.checkedUnits++;
      this.entries.set(unit, { start: unit.range.start, index: unit.index, findings });
      return findings;
    }
    const delta = unit.range.start - cached.start;
    if (delta !== 0 || cached.index !== unit.index) {
      cached.findings = cached.findings.map((finding) => movedFinding(finding, unit.index, (range) => movedRange(range, delta)));
      cached.start = unit.range.start;
      cached.index = unit.index;
    }
    return cached.findings;
  }
}

/** A finding of a unit now at index `unitIndex`, each of its ranges passed through `move`. */
function movedFinding(finding: Finding, unitIndex: number, move: (range: OffsetRange) => OffsetRange): Finding {
  const moved: Finding = { ...finding, range: move(finding.range), ...(finding.unit !== undefined ? { unit: unitIndex } : {}) };
  if (!finding.related && !finding.fix) return moved;
  return {
    ...moved,
    ...(finding.related ? { related: finding.related.map((related) => ({ ...related, range: move(related.range) })) } : {}),
    ...(finding.fix ? { fix: { ...finding.fix, edits: finding.fix.edits.map((edit) => ({ ...edit, range: move(edit.range) })) } } : {}),
  };
}

function movedRange(range: OffsetRange, delta: number): OffsetRange {
  return delta === 0 ? range : { start: range.start + delta, end: range.end + delta };
}

function copiedRange(range: OffsetRange): OffsetRange {
  return { start: range.start, end: range.end };
}
