/**
 * `inconsistent-translation`: the same English (white space collapsed) translated differently in
 * the article or elsewhere in the locale's memory. Units are grouped by their English; each unit
 * of a group with several translations lists the others (at most five, never its own).
 *
 * A `ConsistencyCache` makes a new version of the article cost what its edit touched: after
 * `reparse`, the units outside the edit are the same objects, moved in place, so only the groups
 * that gained or lost a unit are built again; the others keep their findings, whose ranges are
 * the units' own range objects and so moved with them.
 */
import { CHECK_CODES } from '../../checks/checkCodes';
import { detached } from '../../core/detached';
import { keptSince, unitsSeen, type UnitsSeen } from '../../core/keptUnits';
import type { OffsetRange, SxsDocument, Unit } from '../../core/model';
import { normalizeSentence } from '../memory/matchScore';
import type { TranslationMemory } from '../memory/translationMemory';
import type { WorkspaceFinding } from './articleWorkspaceFindings';
import { normalizedEnglishOf } from './unitEnglish';

/** Most other translations listed on one finding. */
const MAX_OTHER_TRANSLATIONS = 5;

/** What the findings are computed against, besides the article's units. */
export interface ConsistencyContext {
  readonly uri: string;
  readonly locale: string | undefined;
  readonly memory?: TranslationMemory;
}

/** A unit with its English and translation, white space collapsed. */
interface Member {
  readonly unit: Unit;
  readonly translation: string;
}

interface Group {
  members: Member[];
  /** One per member with another translation to list (in member order); empty when all agree. */
  findings: { readonly member: Member; readonly finding: InconsistentTranslation }[];
}

/**
 * The groups of the last version, for the next. Keep one per open article and start a new one
 * when the memory changes: a group's findings also list the memory's translations.
 */
export class ConsistencyCache {
  /** The group key of each unit seen (null: the unit is in no group). */
  keys = new WeakMap<Unit, string | null>();
  readonly groups = new Map<string, Group>();
  /** The unit list the groups were last built from (see `keptUnits.ts`). */
  seen: UnitsSeen | undefined;
  /** The last answer, in document order; changed in place by the next version. */
  findings: WorkspaceFinding[] = [];
  context: ConsistencyContext | undefined;

  /** Forgets every group: what was kept was made for another context. */
  reset(): void {
    this.keys = new WeakMap();
    this.groups.clear();
    this.seen = undefined;
    this.findings.length = 0;
  }
}

/** The consistency findings of `model`, in document order. */
export function consistencyFindings(model: SxsDocument, context: ConsistencyContext, cache = new ConsistencyCache()): readonly WorkspaceFinding[] {
  // Kept in the caller's cache, so the next version builds on this one.
  if (cache.context && !sameContext(cache.context, context)) cache.reset();
  cache.context = context;
  const next = model.units;
  const previousLength = cache.seen?.length ?? 0;
  const kept = keptSince(cache.seen, model);
  // Nothing known of what was kept (a full parse, say): every group is built again.
  if (!kept && cache.seen) cache.reset();
  const { head, tail, left } = kept ?? { head: 0, tail: 0, left: [] };
  cache.seen = unitsSeen(model);

  const dirty = new Set<string>();
  /** The units between the kept ends, of either version: their groups are built again without them, then with those that joined. */
  const touched = new Set<Unit>();
  const leave = (unit: Unit): void => {
    const key = cache.keys.get(unit);
    if (key) dirty.add(key);
    cache.keys.delete(unit);
    touched.add(unit);
  };
  // Those of the previous version between the kept ends either left or are still between them now.
  for (const unit of left) leave(unit);
  for (let index = head; index < next.length - tail; index++) leave(next[index]);
  const joined = new Map<string, Member[]>();
  for (let index = head; index < next.length - tail; index++) {
    const unit = next[index];
    touched.add(unit);
    const member = memberOf(unit);
    cache.keys.set(unit, member ? member.english : null);
    if (!member) continue;
    dirty.add(member.english);
    const list = joined.get(member.english);
    if (list) list.push({ unit, translation: member.translation });
    else joined.set(member.english, [{ unit, translation: member.translation }]);
  }

  const removedFindings: Group['findings'][number][] = [];
  const addedFindings: WorkspaceFinding[] = [];
  for (const key of dirty) {
    const group = cache.groups.get(key);
    for (const placed of group?.findings ?? []) removedFindings.push(placed);
    const kept = (group?.members ?? []).filter((member) => !touched.has(member.unit));
    const members = mergeByIndex(kept, joined.get(key) ?? []);
    if (members.length === 0) {
      cache.groups.delete(key);
      continue;
    }
    const findings = groupFindings(key, members, context);
    cache.groups.set(key, { members, findings });
    for (const { finding } of findings) addedFindings.push(finding);
  }
  // Kept findings name their unit by index, which moves when units before it left or joined.
  if (next.length !== previousLength) for (const group of cache.groups.values()) for (const { member, finding } of group.findings) finding.unit = member.unit.index;
  if (removedFindings.length > 0 || addedFindings.length > 0) {
    addedFindings.sort(byStart);
    if (!updateInPlace(cache.findings, removedFindings, addedFindings, head, touched)) {
      cache.findings = mergeByStart(cache.findings, new Set(removedFindings.map(({ finding }) => finding)), addedFindings);
    }
  }
  return cache.findings;
}

/** Members of one group in document order: two lists each in that order. */
function mergeByIndex(a: readonly Member[], b: readonly Member[]): Member[] {
  if (b.length === 0) return [...a];
  return [...a, ...b].sort((x, y) => x.unit.index - y.unit.index);
}

function byStart(a: WorkspaceFinding, b: WorkspaceFinding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}

/**
 * `findings` (the last answer) without `removed` and with `added` (in document order), changed in
 * place. A large article has 26,000 of these findings and a keystroke changes a few dozen: looking
 * each of them up costs less than a pass that asks of every finding whether it left, and no new
 * array of that length is allocated (fresh pages, then garbage). The findings of the units
 * between the kept ends (`touched`) stand together after those of the `head` units; the others
 * removed belong to kept units, whose ranges moved with them, so they are found by position.
 * False, with `findings` unchanged, when one is not where it should be.
 */
function updateInPlace(findings: WorkspaceFinding[], removed: readonly Group['findings'][number][], added: readonly WorkspaceFinding[], head: number, touched: ReadonlySet<Unit>): boolean {
  // Unit indices are those of the previous version: below `head` they did not change, and the others are at least `head`.
  const middleStart = firstIndexWhere(findings, (finding) => (finding.unit ?? 0) >= head);
  const middle = new Set<WorkspaceFinding>(removed.filter(({ member }) => touched.has(member.unit)).map(({ finding }) => finding));
  // The middle block's ranges are stale (units that left were not moved): searches skip it.
  const tailStart = middleStart + middle.size;
  const gone: number[] = [];
  for (let index = middleStart; index < tailStart; index++) {
    if (!middle.has(findings[index])) return false;
    gone.push(index);
  }
  for (const { member, finding } of removed) {
    if (touched.has(member.unit)) continue;
    const index = member.unit.index < head ? indexOf(findings, finding, 0, middleStart) : indexOf(findings, finding, tailStart, findings.length);
    if (index < 0) return false;
    gone.push(index);
  }
  gone.sort((a, b) => a - b);
  // Out with the removed, moving the rest down…
  let write = gone.length > 0 ? gone[0] : findings.length;
  for (let read = write, next = 0; read < findings.length; read++) {
    if (next < gone.length && gone[next] === read) {
      next++;
      continue;
    }
    findings[write++] = findings[read];
  }
  findings.length = write;
  // …then in with the added, from the end, so each finding moves once. Where each goes is looked
  // up, not found by comparing along the way: reading a finding's range is a cache miss.
  const places = added.map((finding) => firstIndexWhere(findings, (kept) => byStart(kept, finding) > 0));
  let read = findings.length;
  for (let count = 0; count < added.length; count++) findings.push(added[0]);
  let at = findings.length;
  for (let next = added.length - 1; next >= 0; next--) {
    while (read > places[next]) findings[--at] = findings[--read];
    findings[--at] = added[next];
  }
  return true;
}

/** The first index in [from, to) where `test` holds (or `to`), for a test that holds from some index on. */
function firstIndexWhere<T>(items: readonly T[], test: (item: T) => boolean, from = 0, to = items.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(items[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Where `finding` stands in `findings[from, to)` (in document order), or -1. */
function indexOf(findings: readonly WorkspaceFinding[], finding: WorkspaceFinding, from: number, to: number): number {
  const low = firstIndexWhere(findings, (kept) => byStart(kept, finding) >= 0, from, to);
  for (let index = low; index < to && byStart(findings[index], finding) === 0; index++) if (findings[index] === finding) return index;
  return -1;
}

/**
 * `kept` without `removed` (findings of `kept`) and `added` merged, both in document order, into
 * one new array: what `updateInPlace` does when a finding is not where expected.
 */
function mergeByStart(kept: readonly WorkspaceFinding[], removed: ReadonlySet<WorkspaceFinding>, added: readonly WorkspaceFinding[]): WorkspaceFinding[] {
  const merged = new Array<WorkspaceFinding>(Math.max(0, kept.length - removed.size) + added.length);
  let at = 0;
  let j = 0;
  for (const finding of kept) {
    if (removed.has(finding)) continue;
    while (j < added.length && byStart(added[j], finding) < 0) merged[at++] = added[j++];
    merged[at++] = finding;
  }
  while (j < added.length) merged[at++] = added[j++];
  merged.length = at;
  return merged;
}

function sameContext(a: ConsistencyContext, b: ConsistencyContext): boolean {
  return a.uri === b.uri && a.locale === b.locale && a.memory === b.memory;
}

/** The unit's English and translation, when it can be inconsistent: both present, and translated. */
function memberOf(unit: Unit): { english: string; translation: string } | undefined {
  if (!unit.source) return undefined;
  const english = normalizedEnglishOf(unit);
  const translation = normalizeSentence(unit.translation.raw);
  if (english === '' || translation === '' || translation === english) return undefined;
  // Group keys outlive the version: a copy, not a slice that would keep the whole text alive.
  return { english, translation: detached(translation) };
}

/** Another translation of a unit's English: in this file (with its range) or in the memory. */
interface Other {
  /** As written. */
  readonly translation: string;
  /** White space collapsed. */
  readonly normalized: string;
  /** Where it stands, for the message: a unit id, or a file and unit id. */
  readonly where: string;
  readonly range?: OffsetRange;
}

/** What the members listing the same others share: made once per translation of the group, not per unit. */
interface Listing {
  readonly message: string;
  readonly related: readonly { readonly range: OffsetRange; readonly message: string }[];
  /** The others listed, for the repairs. */
  readonly listed: readonly Other[];
}

function groupFindings(english: string, members: readonly Member[], context: ConsistencyContext): Group['findings'] {
  // The group's translations once each, in the order they first appear: a unit lists the
  // others, so each unit costs the few it lists, not the whole group (a common English
  // sentence can stand in thousands of units).
  const distinct = new Map<string, Other>();
  for (const { unit, translation } of members) {
    if (!distinct.has(translation)) distinct.set(translation, { translation: detached(unit.translation.raw), normalized: translation, where: unit.id.text, range: unit.translation.range });
  }
  const elsewhere: Other[] = [];
  if (context.memory && context.locale) {
    for (const other of context.memory.translationsOf(english, context.locale)) {
      const translation = normalizeSentence(other.translation);
      const places = other.places.filter((placed) => placed.file !== context.uri);
      if (distinct.has(translation) || places.length === 0 || elsewhere.some((known) => known.normalized === translation)) continue;
      elsewhere.push({ translation: other.translation, normalized: translation, where: `${fileName(places[0].file)} ${places[0].unitId}${places.length > 1 ? ` and ${places.length - 1} more` : ''}` });
    }
  }
  if (distinct.size === 1 && elsewhere.length === 0) return [];
  const count = distinct.size - 1 + elsewhere.length;
  // Enough of the file's translations to list MAX_OTHER_TRANSLATIONS besides any unit's own.
  const firstInFile = [...distinct.values()].slice(0, MAX_OTHER_TRANSLATIONS + 1);
  // Members with one translation list the same others: their message and related places are
  // one set of objects. A group of thousands of units with a few translations made each unit
  // its own, and the 26,500 findings of a 10 MB article were a third of the server's heap objects.
  const listings = new Map<string, Listing>();
  // One related place per translation of the file that can be listed, shared by the listings that name it.
  const placeOf = new Map(firstInFile.map((other) => [other, { range: other.range!, message: detached(`Translated as: ${shorten(other.normalized)}`) }]));
  const listingOf = (translation: string): Listing => {
    let listing = listings.get(translation);
    if (!listing) {
      const listed = [...firstInFile.filter((other) => other.normalized !== translation), ...elsewhere].slice(0, MAX_OTHER_TRANSLATIONS);
      listing = {
        // Flat copies: a template literal is a tree of string pieces, kept as long as the finding.
        message: detached(`The same English is translated differently ${count === 1 ? 'once' : `${count} ways`} elsewhere: ${listed.map((other) => `“${shorten(other.normalized)}” (${other.where})`).join('; ')}.`),
        related: listed.flatMap((other) => placeOf.get(other) ?? []),
        listed,
      };
      listings.set(translation, listing);
    }
    return listing;
  };
  return members.map((member) => ({ member, finding: new InconsistentTranslation(member.unit, listingOf(member.translation)) }));
}

/**
 * One unit's finding. A class, so the repairs are made by a getter of the prototype when a code
 * action asks for them: five per finding were most of its objects, and an accessor on each
 * object would make each a dictionary. The unit and the listing are private: neither a copy nor
 * JSON of the finding carries them.
 */
class InconsistentTranslation implements WorkspaceFinding {
  readonly code = 'inconsistent-translation';
  readonly severity = CHECK_CODES['inconsistent-translation'].severity;
  readonly message: string;
  readonly range: OffsetRange;
  /** The unit's index, renewed when units before it leave or join. */
  unit: number;
  readonly related: Listing['related'];
  readonly #unit: Unit;
  readonly #listed: Listing['listed'];

  constructor(unit: Unit, listing: Listing) {
    this.message = listing.message;
    this.range = findingRange(unit);
    this.unit = unit.index;
    this.related = listing.related;
    this.#unit = unit;
    this.#listed = listing.listed;
  }

  get alternatives(): WorkspaceFinding['alternatives'] {
    const range = this.#unit.translation.range;
    return this.#listed.map((other) => ({ title: `Use the translation of ${other.where}: “${shorten(other.normalized)}”`, edits: [{ range, newText: other.translation }] }));
  }
}

/** The translation half, or the whole unit when the translation is empty (a zero-width squiggle is invisible). */
export function findingRange(unit: Unit): OffsetRange {
  return unit.translation.range.end > unit.translation.range.start ? unit.translation.range : unit.range;
}

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
