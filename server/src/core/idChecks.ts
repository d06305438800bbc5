/**
 * Checks on the ids of all units: the halves agree, no id twice, one prefix per file, numbers
 * that increase. Merged-paragraph ids (`pNNN`) follow their own numbering and are not ordered.
 * Runs on every edit, so the common case — one prefix, increasing numbers — costs no lookups.
 */
import type { IdUses } from './idUses';
import type { Problem, SegmentId, Unit } from './model';

/** The file's own prefix and the id problems of its units, in unit order. */
export interface IdChecks {
  readonly prefix: string | undefined;
  readonly problems: readonly Problem[];
  /** How often each id and prefix is used: counted at the first re-parse that changes ids, renewed in place by the next ones. */
  readonly uses?: IdUses;
}

/**
 * The file's own prefix and the id problems of its units. `knownPrefix`, when the caller knows
 * the dominant prefix cannot have changed (a re-parse that only touched units of that prefix),
 * saves counting the prefixes of every unit again.
 */
export function checkIds(units: readonly Unit[], knownPrefix?: string): IdChecks {
  const problems: Problem[] = [];
  const prefix = knownPrefix ?? dominantPrefix(units);
  const seen = new FirstUse(units);
  let previous: Unit | undefined;
  let highest = -1; // the highest own number so far: a larger one cannot repeat an earlier id
  for (const unit of units) {
    const first = isOwn(unit, prefix) && unit.id.number > highest ? undefined : seen.firstBefore(unit);
    const last = checkUnitId(unit, prefix, previous, first, problems);
    if (last === unit) highest = Math.max(highest, unit.id.number);
    previous = last;
  }
  return { prefix, problems };
}

/** A unit whose id has the file's prefix and its own numbering (not a merged-paragraph id). */
export function isOwn(unit: Unit, prefix: string | undefined): boolean {
  return unit.id.prefix === prefix && !unit.id.merged;
}

/**
 * Pushes the id problems of `unit` to `problems`, given the file's prefix, the last own unit
 * before it that repeats no id (`previous`) and the first unit before it with its id (`first`).
 * Returns what `previous` is for the unit after it: `unit` itself, or `previous` again.
 */
export function checkUnitId(unit: Unit, prefix: string | undefined, previous: Unit | undefined, first: Unit | undefined, problems: Problem[]): Unit | undefined {
  const { id, sourceId } = unit;
  if (sourceId && sourceId.text !== id.text) problems.push(mismatch(id, sourceId));
  if (first) {
    problems.push({
      code: 'duplicate-id',
      message: `id \`${id.text}\` is used twice in this file`,
      range: id.range,
      related: [{ range: first.id.range, message: `first use of \`${id.text}\`` }],
    });
    return previous;
  }
  if (!id.prefix) {
    problems.push({ code: 'id-prefix', message: `id \`${id.text}\` does not have the form \`xxxxx-NNN\``, range: id.range });
    return previous;
  }
  if (!isOwn(unit, prefix)) {
    if (id.prefix !== prefix) {
      problems.push({
        code: 'id-prefix',
        message: `id prefix \`${id.prefix}\` differs from this file's \`${prefix}\` (a unit pasted from another article?)`,
        range: id.range,
      });
    }
    return previous;
  }
  if (previous && id.number <= previous.id.number) {
    problems.push({
      code: 'id-order',
      message: `id \`${id.text}\` comes after \`${previous.id.text}\`: numbers should increase (a moved or pasted unit?)`,
      range: id.range,
      related: [{ range: previous.id.range, message: `previous unit \`${previous.id.text}\`` }],
    });
  }
  return unit;
}

function mismatch(id: SegmentId, sourceId: SegmentId): Problem {
  return {
    code: 'id-mismatch',
    message: `data-stu-id \`${sourceId.text}\` does not match data-ttu-id \`${id.text}\``,
    range: sourceId.range,
    related: [{ range: id.range, message: `the translation's id is \`${id.text}\`` }],
    fix: { title: `Set the data-stu-id to \`${id.text}\``, edits: [{ range: sourceId.range, newText: id.text }] },
  };
}

/**
 * The first unit with a given id. The first few questions are answered by scanning the units
 * before the one asked about: an article joined from others, or an edit that moved one unit,
 * asks a handful, and an index of 38,000 ids costs 20 ms a version. Past that, it is indexed.
 */
class FirstUse {
  private index: Map<string, Unit> | undefined;
  private scansLeft = SCANS_BEFORE_INDEX;

  constructor(private readonly units: readonly Unit[]) {}

  /** The first unit before `unit` with the same id, if any. */
  firstBefore(unit: Unit): Unit | undefined {
    const text = unit.id.text;
    if (!this.index && this.scansLeft > 0) {
      this.scansLeft--;
      for (const candidate of this.units) {
        if (candidate === unit) return undefined;
        if (candidate.id.text === text) return candidate;
      }
      return undefined;
    }
    if (!this.index) {
      this.index = new Map();
      for (const candidate of this.units) if (!this.index.has(candidate.id.text)) this.index.set(candidate.id.text, candidate);
    }
    const first = this.index.get(text);
    return first && first.index < unit.index ? first : undefined;
  }
}

/** Questions answered by a scan before the ids are indexed: a few scans cost less than the index. */
const SCANS_BEFORE_INDEX = 16;

/** The prefix most units share; runs of one prefix are counted without a lookup per unit. */
function dominantPrefix(units: readonly Unit[]): string | undefined {
  const counts = new Map<string, number>();
  let run = '';
  let runLength = 0;
  const flush = (): void => {
    if (runLength) counts.set(run, (counts.get(run) ?? 0) + runLength);
  };
  for (const unit of units) {
    const prefix = unit.id.prefix;
    if (!prefix) continue;
    if (prefix === run) {
      runLength++;
      continue;
    }
    flush();
    run = prefix;
    runLength = 1;
  }
  flush();
  let best: string | undefined;
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount) {
      best = prefix;
      bestCount = count;
    }
  }
  return best;
}
