/**
 * The findings of one localized article against its workspace, from plain texts: stale English
 * against the current original (`source-changed`, `source-added`, `source-removed`), the same
 * English translated differently in the file or in the locale's memory
 * (`inconsistent-translation`), and units whose number carries other English in another locale
 * (`cross-locale-source`). Also each unit's stale status, for the Segments view, the grid and
 * XLIFF's `state`. Pure: the language server, the CLI and the web worker pass the texts.
 */
import { CHECK_CODES } from '../../checks/checkCodes';
import type { Finding, TextEditOffsets } from '../../checks/finding';
import { findSuppressions, suppressesAnything, withoutSuppressed, type Suppressions } from '../../checks/suppressions';
import { LineIndex, type LinePosition } from '../../core/lineIndex';
import type { OffsetRange, SxsDocument, Unit } from '../../core/model';
import { parse } from '../../core/parse';
import { readUnitHalves, type UnitHalves } from '../articleSummary';
import { alignWithOriginal, type OriginalAlignment } from '../alignment/alignWithOriginal';
import type { OriginalProse } from '../alignment/originalProse';
import { describeChanges, wordDiff, type DiffPart } from '../alignment/wordDiff';
import { normalizeSentence } from '../memory/matchScore';
import { ConsistencyCache, consistencyFindings, findingRange, shorten } from './consistencyFindings';
import { normalizedEnglishOf } from './unitEnglish';
import type { TranslationMemory } from '../memory/translationMemory';

/** A file other than the article, as text. */
export interface WorkspaceText {
  readonly uri: string;
  readonly text: string;
}

/** The English original, with its prose when the caller keeps it across calls. */
export interface OriginalText extends WorkspaceText {
  readonly prose?: OriginalProse;
}

/** Another locale of the same article, with its units when the caller keeps them across calls. */
export interface LocaleText extends WorkspaceText {
  readonly locale: string;
  readonly units?: readonly UnitHalves[];
}

/** Everything the findings are computed from. */
export interface ArticleWorkspaceInput {
  readonly uri: string;
  readonly text: string;
  /** The article's model when the caller has it (the server's snapshot); parsed from `text` otherwise. */
  readonly model?: SxsDocument;
  /** The article's locale (`fr-fr`): front matter, else path. */
  readonly locale: string | undefined;
  /** The current English original (an open editor's text wins over the disk's). */
  readonly original?: OriginalText;
  /** The other locales of the article. */
  readonly otherLocales?: readonly LocaleText[];
  /** The workspace memory, for translations of the same English in other files of the locale. */
  readonly memory?: TranslationMemory;
  /** Kept by a caller that checks version after version of the article (a new one when the memory changes). */
  readonly consistency?: ConsistencyCache;
  /** The article's `sxs-disable` comments when the caller has them; read from `text` otherwise. */
  readonly suppressions?: Suppressions;
}

/** A place in another file, as line/character (what LSP related information needs). */
export interface ElsewhereRange {
  readonly uri: string;
  readonly start: LinePosition;
  readonly end: LinePosition;
  readonly message: string;
}

/** A workspace finding: a `Finding` (offsets into the article) with places in other files. */
export interface WorkspaceFinding extends Finding {
  readonly elsewhere?: readonly ElsewhereRange[];
  /** For `source-changed`: the English as the unit has it, the current sentence and their diff. */
  readonly change?: { readonly old: string; readonly current: string; readonly diff: readonly DiffPart[]; readonly percentage: number };
  /** Repairs to choose from (each touches only the unit), offered but never preferred. */
  readonly alternatives?: readonly { readonly title: string; readonly edits: readonly TextEditOffsets[] }[];
}

/** A unit's English against the original. */
export type UnitSourceStatus = 'current' | 'stale' | 'removed' | 'unknown';

/** The findings and the per-unit status. */
export interface ArticleWorkspaceFindings {
  readonly findings: readonly WorkspaceFinding[];
  /** By unit index; all `unknown` without an original. */
  readonly unitStatus: readonly UnitSourceStatus[];
  /** The alignment with the original, when there is one. */
  readonly alignment: OriginalAlignment | undefined;
}

/** The workspace findings of the article `input.text`. */
export function articleWorkspaceFindings(input: ArticleWorkspaceInput): ArticleWorkspaceFindings {
  const model = input.model ?? parse(input.text);
  const findings: WorkspaceFinding[] = [];
  // Without an original every unit is `unknown`: that list is made only when read (an array
  // per unit per keystroke of a large article would cost an allocation of fresh pages).
  let unitStatus: readonly UnitSourceStatus[] | undefined;
  const unitCount = model.units.length;
  let alignment: OriginalAlignment | undefined;
  if (input.original && isUsableOriginal(input.original.text)) {
    alignment = alignWithOriginal(
      model.units.map((unit) => ({ english: unit.source?.raw ?? '', region: unit.block.kind === 'front-matter' ? 'front-matter' : 'body' })),
      input.original.prose ?? input.original.text,
    );
    unitStatus = staleFindings(model, input.original, alignment, findings);
  }
  if (input.otherLocales) crossLocaleFindings(model, input.otherLocales, findings);
  const consistent = consistencyFindings(model, input, input.consistency);
  const suppressions = input.suppressions ?? findSuppressions(input.text);
  // Already in document order when they are the only findings (a large file without an original).
  const result = (shown: readonly WorkspaceFinding[]): ArticleWorkspaceFindings => ({
    findings: shown,
    alignment,
    get unitStatus() {
      // The count of this version: a later re-parse renews the unit list in place.
      return (unitStatus ??= new Array<UnitSourceStatus>(unitCount).fill('unknown'));
    },
  });
  if (findings.length === 0) return result(suppressesAnything(suppressions) ? withoutSuppressed(consistent, suppressions) : consistent);
  for (const finding of consistent) findings.push(finding);
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return result(withoutSuppressed(findings, suppressions));
}

/** The ids (as written) of the units whose English changed or left the original, for XLIFF's `stale` state. */
export function staleUnitIds(model: SxsDocument, unitStatus: readonly UnitSourceStatus[]): Set<string> {
  const ids = new Set<string>();
  unitStatus.forEach((status, index) => {
    if (status === 'stale' || status === 'removed') ids.add(model.units[index].id.text);
  });
  return ids;
}

/** A text that is no English original: binary, or itself a localized article. */
export function isUsableOriginal(text: string): boolean {
  return !text.includes('\u0000') && !text.includes('<span data-ttu-id="');
}

function staleFindings(model: SxsDocument, original: WorkspaceText, alignment: OriginalAlignment, findings: WorkspaceFinding[]): UnitSourceStatus[] {
  const lines = new LineIndex(original.text);
  const place = (range: OffsetRange, message: string): ElsewhereRange => ({ uri: original.uri, start: lines.positionAt(range.start), end: lines.positionAt(range.end), message });
  const status = alignment.units.map((aligned, index): UnitSourceStatus => {
    const unit = model.units[index];
    if (aligned.status === 'current' || aligned.status === 'unknown') return aligned.status;
    const old = normalizeSentence(unit.source!.raw);
    if (aligned.status === 'removed') {
      findings.push({
        code: 'source-removed',
        severity: CHECK_CODES['source-removed'].severity,
        message: `The English of ${unit.id.text} is no longer in the English original: “${shorten(old)}”.`,
        range: findingRange(unit),
        unit: index,
      });
      return 'removed';
    }
    const current = normalizeSentence(original.text.slice(aligned.range.start, aligned.range.end));
    const diff = wordDiff(old, current);
    findings.push({
      code: 'source-changed',
      severity: CHECK_CODES['source-changed'].severity,
      message: `The English changed in the original (${aligned.percentage} % alike): ${describeChanges(diff)}.`,
      range: findingRange(unit),
      unit: index,
      elsewhere: [place(aligned.range, `Current English: ${shorten(current)}`)],
      change: { old, current, diff, percentage: aligned.percentage },
      fix: {
        title: 'Take the current English into the sxs-lookup half (keep the translation to revise)',
        edits: [{ range: unit.source!.range, newText: current }],
      },
    });
    return 'stale';
  });
  // Articles translate title and description in place, without units, unless they wrap them.
  const wrapsFrontMatter = model.units.some((unit) => unit.block.kind === 'front-matter');
  for (const added of alignment.added) {
    const near = model.units[added.nearUnit];
    if (!near || (added.region === 'front-matter' && !wrapsFrontMatter)) continue;
    findings.push({
      code: 'source-added',
      severity: CHECK_CODES['source-added'].severity,
      message: `The English original has a sentence ${added.before ? 'before' : 'after'} ${near.id.text} that no unit carries: “${shorten(normalizeSentence(added.text))}”.`,
      range: findingRange(near),
      unit: near.index,
      elsewhere: [place(added.range, 'Sentence without a unit')],
    });
  }
  return status;
}

/** Units whose number carries, in another locale, English this article does not have at all. */
function crossLocaleFindings(model: SxsDocument, otherLocales: readonly LocaleText[], findings: WorkspaceFinding[]): void {
  if (otherLocales.length === 0) return;
  const ownEnglish = new Set<string>();
  const byNumber = new Map<number, Unit>();
  for (const unit of model.units) {
    ownEnglish.add(normalizedEnglishOf(unit));
    if (unit.source && !Number.isNaN(unit.id.number)) byNumber.set(numberKey(unit.id.number, unit.id.merged), unit);
  }
  const differing = new Map<Unit, { locale: string; english: string; uri: string }[]>();
  for (const other of otherLocales) {
    if (other.text.includes('\u0000')) continue;
    const otherUnits = other.units ?? readUnitHalves(other.text);
    const { normalizedEnglish, otherEnglish, numbers } = normalizedUnits(otherUnits);
    for (let position = 0; position < otherUnits.length; position++) {
      const number = numbers[position];
      if (number === NO_NUMBER) continue;
      const unit = byNumber.get(number);
      if (!unit) continue;
      const ours = normalizedEnglishOf(unit);
      const theirs = normalizedEnglish[position];
      // Renumbered, not retranslated: the other locale has our sentence under another number.
      if (ours === theirs || ours === '' || theirs === '' || otherEnglish.has(ours) || ownEnglish.has(theirs)) continue;
      const list = differing.get(unit) ?? [];
      list.push({ locale: other.locale, english: theirs, uri: other.uri });
      differing.set(unit, list);
    }
  }
  for (const [unit, others] of differing) {
    findings.push({
      code: 'cross-locale-source',
      severity: CHECK_CODES['cross-locale-source'].severity,
      message: `Unit ${unit.id.number} carries other English in ${others.map((other) => `${other.locale} (“${shorten(other.english)}”)`).join(', ')}: the locales were translated from different English versions.`,
      range: findingRange(unit),
      unit: unit.index,
    });
  }
}

/** What the checks read of another locale's units, once per units array (the server keeps them across calls). */
interface OtherLocaleUnits {
  /** Each unit's English, white space collapsed. */
  readonly normalizedEnglish: string[];
  readonly otherEnglish: Set<string>;
  /** Each unit's number as `numberKey` gives it, or `NO_NUMBER`. */
  readonly numbers: number[];
}

const NO_NUMBER = Number.MIN_SAFE_INTEGER;

const normalizedCache = new WeakMap<readonly UnitHalves[], OtherLocaleUnits>();

function normalizedUnits(units: readonly UnitHalves[]): OtherLocaleUnits {
  let cached = normalizedCache.get(units);
  if (!cached) {
    const normalizedEnglish = units.map((unit) => normalizeSentence(unit.english));
    const numbers = units.map((unit) => {
      const id = /-(p?)(\d+)$/.exec(unit.id);
      return id ? numberKey(Number(id[2]), id[1] === 'p') : NO_NUMBER;
    });
    cached = { normalizedEnglish, otherEnglish: new Set(normalizedEnglish), numbers };
    normalizedCache.set(units, cached);
  }
  return cached;
}

/** A unit number as one key: merged-paragraph numbers (`p12`) kept apart from plain ones. */
function numberKey(number: number, merged: boolean): number {
  return merged ? -number - 1 : number;
}



