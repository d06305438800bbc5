/**
 * Findings of units kept from one version of a document to the next. An incremental re-parse
 * (`core/reparse.ts`) hands the units outside the edited paragraphs to the new model as the same
 * objects: those before the edit where they were, those after it moved. Their text is unchanged,
 * so their findings are too, only moved with them. The re-parse says how many it kept at each
 * end (`keptUnits.ts`), so only the units in between are checked again: after a keystroke in a
 * 10 MB article, a handful of units instead of forty thousand, with no lookup per unit.
 */
import { detached } from '../core/detached';
import { keptSince, unitsSeen, type UnitsSeen } from '../core/keptUnits';
import type { OffsetRange, SxsDocument, Unit } from '../core/model';
import { moveRange } from '../core/unitScanner';
import type { Finding } from './finding';
import type { Suppressions } from './suppressions';

/** The findings of one unit, with where the unit was when they were computed or last moved. */
interface UnitEntry {
  readonly start: number;
  readonly index: number;
  readonly findings: readonly Finding[];
}

const NO_SUPPRESSIONS: Suppressions = Object.freeze({ stateStarts: [], states: [], lines: [] });
/** How every suppression comment begins (see `suppressions.ts`). */
const SUPPRESSION_START = /<!--\s*sxs-/;

/** Most units have no finding: they share this entry, which never needs moving. */
const CLEAN: UnitEntry = Object.freeze({ start: -1, index: -1, findings: Object.freeze([]) as readonly Finding[] });

/** The unit findings of the versions of one document; pass the same cache to each `checkDocument`. */
export class UnitFindingsCache {
  private seen: UnitsSeen | undefined;
  private entries: UnitEntry[] = [];
  private context: string | undefined;
  /**
   * What may have changed since `suppressionsOf` last read a text: when `related`, only the text in
   * `[changedFrom, changedTo)` (offsets in the current text), or nothing when `changed` is false.
   */
  private related = false;
  private changed = false;
  private changedFrom = 0;
  private changedTo = Number.POSITIVE_INFINITY;
  private previousHadNoSuppressionStart = false;
  /** Units checked afresh since the cache was made (a measure of how incremental checking was). */
  checkedUnits = 0;

  /**
   * `leading`, then the findings of every unit of `model` (in document order), unit after unit:
   * `check(unit)`'s, unless the unit object was checked in an earlier version of the model in the
   * same `context` (the locale and the `no-loc` terms, which every unit check reads). One array of
   * the exact length: a large article's 27,000 findings pushed into a growing one cost several
   * allocations of fresh pages per version.
   */
  findingsOfUnits(model: SxsDocument, context: string, check: (unit: Unit) => readonly Finding[], leading: readonly Finding[] = []): Finding[] {
    const units = model.units;
    const sameContext = context === this.context;
    const previousEntries = this.entries;
    const previousLength = sameContext ? previousEntries.length : 0;
    const since = sameContext ? keptSince(this.seen, model) : undefined;
    const kept = since?.head ?? 0;
    const moved = since?.tail ?? 0;

    // As many units as before (typing inside a unit): the entries are renewed in place, since each
    // is read only at its own index before it is written. A new array of a large article's units
    // would cost an allocation of fresh pages per version.
    const entries = sameContext && previousLength === units.length ? this.entries : new Array<UnitEntry>(units.length);
    // Same objects at the start of the list, before the edit, in place; each keeps its place only
    // when its start says so (a clean unit costs nothing either way).
    for (let index = 0; index < kept; index++) entries[index] = movedEntry(previousEntries[index], units[index]);
    for (let index = kept; index < units.length - moved; index++) entries[index] = this.checked(units[index], check);
    // After the edit: same objects, moved by the edit's length and renumbered.
    const shift = previousLength - units.length;
    for (let index = units.length - moved; index < units.length; index++) entries[index] = movedEntry(previousEntries[index + shift], units[index]);

    this.seen = unitsSeen(model);
    this.entries = entries;
    this.context = context;
    // The units between the kept ones are new since the last `findingsOfUnits`, which was followed by a suppressions read.
    this.related = kept + moved > 0;
    this.changed = true;
    this.changedFrom = kept > 0 ? units[kept - 1].range.end : 0;
    this.changedTo = moved > 0 ? units[units.length - moved].range.start : Number.POSITIVE_INFINITY;
    let count = leading.length;
    for (const entry of entries) count += entry.findings.length;
    const findings = new Array<Finding>(count);
    let at = 0;
    for (const finding of leading) findings[at++] = finding;
    for (const entry of entries) if (entry !== CLEAN) for (const finding of entry.findings) findings[at++] = finding;
    return findings;
  }

  /**
   * Tells the cache that `[start, oldEnd)` of the previous version's text became `[start, newEnd)`,
   * for `suppressionsOf` when no units are checked (structure only). Versions parsed but never
   * checked add up: the changed span widens to cover every change since the last suppressions read.
   */
  textChangedIn(start: number, oldEnd: number, newEnd: number): void {
    if (!this.related) return;
    if (!this.changed) {
      this.changedFrom = start;
      this.changedTo = newEnd;
    } else {
      // The span so far, moved into the new text's offsets, joined with this change.
      const delta = newEnd - oldEnd;
      const moved = (offset: number): number => (offset <= start ? offset : offset >= oldEnd ? offset + delta : newEnd);
      this.changedFrom = Math.min(moved(this.changedFrom), start);
      this.changedTo = Math.max(moved(this.changedTo), newEnd);
    }
    this.changed = true;
  }

  /**
   * The suppression comments of `text`, the text of the units last passed to `findingsOfUnits`.
   * Every suppression comment starts with `<!--`, spaces and `sxs-`. When the previous version
   * had no such start anywhere and no `<!--` stands in or just around the changed span between
   * the kept units (a re-parse changes the text only there), this version has none either, so the
   * whole text is not read again. Otherwise `find()` reads it.
   */
  suppressionsOf(text: string, find: () => Suppressions): Suppressions {
    const unchanged = this.related && this.previousHadNoSuppressionStart && !(this.changed && this.mayHaveMadeComment(text));
    // From here on, changes are counted from this text.
    this.related = true;
    this.changed = false;
    if (unchanged) return NO_SUPPRESSIONS;
    const suppressions = find();
    this.previousHadNoSuppressionStart = suppressions.stateStarts.length === 0 && suppressions.lines.length === 0 && !SUPPRESSION_START.test(text);
    return suppressions;
  }

  /** Whether a `<!--` stands in or just around the changed span of `text`. */
  private mayHaveMadeComment(text: string): boolean {
    // Reach back over the spaces before the span, and four characters more, for a `<!--` whose `sxs-` is new.
    let from = this.changedFrom;
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    return text.slice(Math.max(0, from - 4), Math.min(text.length, this.changedTo + 3)).includes('<!--');
  }

  private checked(unit: Unit, check: (unit: Unit) => readonly Finding[]): UnitEntry {
    this.checkedUnits++;
    const findings = check(unit);
    if (findings.length === 0) return CLEAN;
    // Checks hand out the model's own range objects, which a later re-parse moves in place:
    // the cache keeps copies and moves them itself.
    return { start: unit.range.start, index: unit.index, findings: findings.map((finding) => detachedFinding(movedFinding(finding, unit.index, copiedRange))) };
  }
}

/**
 * The entry of a unit carried over by a re-parse, its findings moved to where the unit is now, in
 * place: the cache owns their ranges (copies made in `checked`), and the previous version's list,
 * like its model (`reparse`), is not read once the next version is checked. New objects for every
 * finding after the edit would be thousands per keystroke in a large article, all garbage soon.
 */
function movedEntry(entry: UnitEntry, unit: Unit): UnitEntry {
  if (entry === CLEAN) return CLEAN;
  const delta = unit.range.start - entry.start;
  if (delta === 0 && entry.index === unit.index) return entry;
  const movable = entry as Mutable<UnitEntry>;
  movable.start = unit.range.start;
  movable.index = unit.index;
  for (const finding of entry.findings) moveFindingInPlace(finding, unit.index, delta);
  return entry;
}

function moveFindingInPlace(finding: Finding, unitIndex: number, delta: number): void {
  if (finding.unit !== undefined) (finding as Mutable<Finding>).unit = unitIndex;
  if (delta === 0) return;
  moveRange(finding.range, delta);
  for (const related of finding.related ?? []) moveRange(related.range, delta);
  for (const edit of finding.fix?.edits ?? []) moveRange(edit.range, delta);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/** A finding whose strings are copies: it is kept for later versions, whose texts differ. */
function detachedFinding(finding: Finding): Finding {
  return {
    ...finding,
    message: detached(finding.message),
    ...(finding.related ? { related: finding.related.map((related) => ({ ...related, message: detached(related.message) })) } : {}),
    ...(finding.fix ? { fix: { ...finding.fix, title: detached(finding.fix.title), edits: finding.fix.edits.map((edit) => ({ ...edit, newText: detached(edit.newText) })) } } : {}),
  };
}

function copiedRange(range: OffsetRange): OffsetRange {
  return { start: range.start, end: range.end };
}
