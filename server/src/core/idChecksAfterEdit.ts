/**
 * The id checks of a re-parse, from the previous version's instead of a pass over every unit
 * where the edit allows: typing that left every id as it was, and edits whose ids no unit
 * outside the re-read paragraphs uses (a line deleted or put back, a unit added).
 */
import { checkIds, checkUnitId, isOwn, type IdChecks } from './idChecks';
import { IdUses } from './idUses';
import type { OffsetRange, Problem, Unit } from './model';
import { firstStartingFrom } from './unitSearch';

/**
 * The id checks after a re-parse replaced `removed` by `added`, which stand at `before` in
 * `units` (the new list). When no id the edit touched is used outside `added` and the file's
 * prefix stays, no repeat can start or end outside the edit: the problems of the units before it
 * stay, those of `added` are found afresh, and of the units after it only the first own one's
 * order can change. Otherwise `checkIds` runs over every unit. Renews `previous.uses` in place.
 */
export function idChecksAfterEdit(previous: IdChecks | undefined, units: readonly Unit[], before: number, removed: readonly Unit[], added: readonly Unit[]): IdChecks {
  const counted = previous?.uses;
  if (counted) counted.replace(removed, added);
  const uses = counted ?? IdUses.of(units);
  const prefix = uses.dominantPrefix();
  const kept = previous && counted && prefix !== undefined && prefix === previous.prefix ? keptChecks(previous, counted, units, before, removed, added, prefix) : undefined;
  return kept ?? { ...checkIds(units, prefix), uses };
}

/** How far from the edit the own units next to it are looked for before `checkIds` is left to run. */
const NEIGHBOUR_LIMIT = 64;

function keptChecks(previous: IdChecks, uses: IdUses, units: readonly Unit[], before: number, removed: readonly Unit[], added: readonly Unit[], prefix: string): IdChecks | undefined {
  // Each id the edit touched is used by the added units alone, as often as they use it.
  const touched = new Map<string, number>();
  for (const unit of added) touched.set(unit.id.text, (touched.get(unit.id.text) ?? 0) + 1);
  for (const unit of removed) if (!touched.has(unit.id.text)) touched.set(unit.id.text, 0);
  for (const [text, count] of touched) if (uses.usesOf(text) !== count) return undefined;

  // The own unit before the edit that repeats no id: what the first added own unit is ordered after.
  const touchesOwn = removed.some((unit) => isOwn(unit, prefix)) || added.some((unit) => isOwn(unit, prefix));
  let last: Unit | undefined;
  if (touchesOwn) {
    const found = ownNeighbour(units, before - 1, -1, prefix, uses);
    if (found === LOST) return undefined;
    last = found;
  }
  const addedProblems: Problem[] = [];
  const firstUse = new Map<string, Unit>();
  for (const unit of added) {
    const first = firstUse.get(unit.id.text);
    if (!first) firstUse.set(unit.id.text, unit);
    last = checkUnitId(unit, prefix, last, first, addedProblems);
  }

  // The problems in unit order: those of the units before the edit, of the removed units, of the units after it.
  const problems = previous.problems;
  const beforeEnd = before > 0 ? units[before - 1].range.end : 0;
  const removedFrom = firstStartingFrom(problems, beforeEnd);
  const removedRanges = new Set<OffsetRange>();
  for (const unit of removed) {
    removedRanges.add(unit.id.range);
    if (unit.sourceId) removedRanges.add(unit.sourceId.range);
  }
  let afterFrom = removedFrom;
  while (afterFrom < problems.length && removedRanges.has(problems[afterFrom].range)) afterFrom++;

  // Of the units after the edit, the first own one may now follow another unit.
  let patchFrom = problems.length;
  let patchTo = problems.length;
  const patched: Problem[] = [];
  if (touchesOwn) {
    const next = ownNeighbour(units, before + added.length, 1, prefix, uses);
    if (next === LOST) return undefined;
    if (next) {
      patchFrom = afterFrom;
      while (patchFrom < problems.length && problems[patchFrom].range.start < next.range.start) patchFrom++;
      patchTo = patchFrom;
      while (patchTo < problems.length && problems[patchTo].range.start < next.range.end) patchTo++;
      checkUnitId(next, prefix, last, undefined, patched);
    }
  }
  return {
    ...previous,
    problems: [...problems.slice(0, removedFrom), ...addedProblems, ...problems.slice(afterFrom, patchFrom), ...patched, ...problems.slice(patchTo)],
  };
}

/** Not found near enough, or found but maybe a repeat: the caller runs `checkIds` instead. */
const LOST = Symbol('lost');

/**
 * The first own unit from `units[from]` on in direction `step` (-1 back, 1 on), undefined when
 * there is none; `LOST` past the limit or when its id is used twice (it may repeat an earlier one).
 */
function ownNeighbour(units: readonly Unit[], from: number, step: -1 | 1, prefix: string, uses: IdUses): Unit | undefined | typeof LOST {
  for (let index = from, looked = 0; index >= 0 && index < units.length; index += step, looked++) {
    if (looked === NEIGHBOUR_LIMIT) return LOST;
    const unit = units[index];
    if (isOwn(unit, prefix)) return uses.usesOf(unit.id.text) === 1 ? unit : LOST;
  }
  return undefined;
}

/**
 * The id checks after an edit that replaced `removed` by `added`, units with the same ids one for
 * one (typing inside a unit's text, the common case): the same problems, their ranges taken from
 * the new units. Ranges of the units after the edit need nothing, since a re-parse moves those
 * units' range objects in place. Undefined when the ids differ: then run `checkIds` again.
 */
export function idChecksAfterSameIds(previous: IdChecks, removed: readonly Unit[], added: readonly Unit[]): IdChecks | undefined {
  if (removed.length !== added.length) return undefined;
  const replaced = new Map<OffsetRange, OffsetRange>();
  for (let index = 0; index < removed.length; index++) {
    const before = removed[index];
    const after = added[index];
    if (before.id.text !== after.id.text || before.sourceId?.text !== after.sourceId?.text || (before.sourceId === undefined) !== (after.sourceId === undefined)) return undefined;
    replaced.set(before.id.range, after.id.range);
    if (before.sourceId && after.sourceId) replaced.set(before.sourceId.range, after.sourceId.range);
  }
  if (replaced.size === 0) return previous;
  const renewed = (range: OffsetRange): OffsetRange => replaced.get(range) ?? range;
  const touches = (problem: Problem): boolean =>
    replaced.has(problem.range) || (problem.related ?? []).some((related) => replaced.has(related.range)) || (problem.fix?.edits ?? []).some((edit) => replaced.has(edit.range));
  return {
    ...previous,
    problems: previous.problems.map((problem) =>
      touches(problem)
        ? {
            ...problem,
            range: renewed(problem.range),
            ...(problem.related && { related: problem.related.map((related) => ({ ...related, range: renewed(related.range) })) }),
            ...(problem.fix && { fix: { ...problem.fix, edits: problem.fix.edits.map((edit) => ({ ...edit, range: renewed(edit.range) })) } }),
          }
        : problem,
    ),
  };
}
