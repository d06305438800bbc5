/**
 * What the workspace index keeps of one file: the few facts navigation needs, never the text.
 *
 * `summarizeArticle` is a lighter reader than `parse()`: indexing thousands of files cannot
 * afford inline tokens, checks and a YAML parser per file. It shares the line table with the
 * model (so fenced code and headings are read the same way) and finds units by their fixed
 * markup. Positions are stored as line/character because the text is dropped: they are exactly
 * what a navigation result needs.
 */
import { decodeHTML } from 'entities';
import type { LinePosition } from '../core/lineIndex';
import { buildLineTable, lineEndOf } from '../core/lineTable';
import type { SegmentId } from '../core/model';
import { readSegmentId } from '../core/segmentId';
import { isEnglishLocale } from './localeCodes';
import { sourceTextHash } from './sourceTextHash';
import { TrigramFilterBuilder, type TrigramFilter } from './trigramFilter';

/** Numbers per unit in `ArticleSummary.units`. */
export const UNIT_STRIDE = 6;

/** Offsets inside a unit record of `ArticleSummary.units`. */
export const enum UnitField {
  /** `encodeIdNumber` of the unit's id. */
  IdNumber = 0,
  /** `sourceTextHash` of the English half. */
  SourceHash = 1,
  /** Start and end of the translation half, as line and UTF-16 character. */
  StartLine = 2,
  StartCharacter = 3,
  EndLine = 4,
  EndCharacter = 5,
}

/** A heading of a localized file, for workspace symbols. */
export interface SummaryHeading {
  readonly level: number;
  readonly line: number;
  /** Length of the heading line, so the symbol covers the whole line. */
  readonly length: number;
  readonly title: string;
  readonly sourceTitle: string;
}

/** The navigation facts of one Markdown file. */
export interface ArticleSummary {
  /** Whether the file holds units (or names a non-English `ms.contentlocale`). */
  readonly localized: boolean;
  /** `ms.contentlocale`, lower-cased, when present. */
  readonly contentLocale: string | undefined;
  readonly assetId: string | undefined;
  readonly sourceGitCommit: string | undefined;
  /** The id prefix of the first unit (`01895`), which all units of a clean file share. */
  readonly prefix: string | undefined;
  /** `UNIT_STRIDE` numbers per unit, in document order (see `UnitField`). */
  readonly units: Int32Array;
  /** Ids that are not `<prefix>-<number>` or `<prefix>-p<number>`, by unit position. */
  readonly unusualIds: ReadonlyMap<number, string> | undefined;
  readonly headings: readonly SummaryHeading[];
  /** Trigrams of both halves of every unit, for text search. */
  readonly textFilter: TrigramFilter | undefined;
}

/** Stands for "no number" in `encodeIdNumber` (ids of another shape). */
export const NO_ID_NUMBER = 0x7fffffff;

/** One integer for an id's number and shape: `103` → 103, merged `p103` → -104, no number → `NO_ID_NUMBER`. */
export function encodeIdNumber(id: SegmentId): number {
  if (Number.isNaN(id.number) || id.number > 0x3fffffff) return NO_ID_NUMBER;
  return id.merged ? -id.number - 1 : id.number;
}

/** The id text of unit `index` of a summary (`01895-103`). */
export function unitIdText(summary: ArticleSummary, index: number): string {
  const unusual = summary.unusualIds?.get(index);
  if (unusual !== undefined) return unusual;
  const encoded = summary.units[index * UNIT_STRIDE + UnitField.IdNumber];
  return encoded < 0 ? `${summary.prefix}-p${-encoded - 1}` : `${summary.prefix}-${encoded}`;
}

/** The range of unit `index`'s translation half, as line/character positions. */
export function unitTranslationRange(summary: ArticleSummary, index: number): { start: LinePosition; end: LinePosition } {
  const record = index * UNIT_STRIDE;
  const units = summary.units;
  return {
    start: { line: units[record + UnitField.StartLine], character: units[record + UnitField.StartCharacter] },
    end: { line: units[record + UnitField.EndLine], character: units[record + UnitField.EndCharacter] },
  };
}

/** Position of the unit with this id number and English fingerprint, or -1. */
export function findUnitIndex(summary: ArticleSummary, idNumber: number, sourceHash: number): number {
  const units = summary.units;
  for (let record = 0; record < units.length; record += UNIT_STRIDE) {
    if (units[record + UnitField.IdNumber] === idNumber && units[record + UnitField.SourceHash] === sourceHash) return record / UNIT_STRIDE;
  }
  return -1;
}

/** Number of units in a summary. */
export function unitCount(summary: ArticleSummary): number {
  return summary.units.length / UNIT_STRIDE;
}

const TRANSLATION_OPEN = '<span data-ttu-id="';
const LOOKUP_BOUNDARY = '</span><span class="sxs-lookup"><span data-stu-id="';
const SPAN_OPEN = '<span';
const SPAN_CLOSE = '</span>';
const LONGEST_ID = 24;

/** A unit's id and halves exactly as written, for readers that need the text (the translation memory). */
export interface UnitHalves {
  readonly id: string;
  readonly translation: string;
  readonly english: string;
  /** Whether the unit sits in the front matter. */
  readonly inFrontMatter: boolean;
}

/**
 * Reads the navigation facts of a file. Never throws; broken units are left out. `onUnits`, when
 * given, receives the units' texts from the same scan.
 */
export function summarizeArticle(text: string, filters: TrigramFilterBuilder, onUnits?: (units: readonly UnitHalves[]) => void): ArticleSummary {
  const { bodyStart, ...keys } = readLocalizationKeys(text);
  const hasUnits = text.includes(TRANSLATION_OPEN);
  const localized = hasUnits || (keys.contentLocale !== undefined && !isEnglishLocale(keys.contentLocale));
  if (!hasUnits) return { ...keys, localized, prefix: undefined, units: new Int32Array(0), unusualIds: undefined, headings: [], textFilter: undefined };

  const lines = buildLineTable(text, bodyStart);
  const found = findUnits(text, lines.fenced, lines.lineStarts);
  onUnits?.(halvesOf(text, found.spans, found.ids, bodyStart));
  for (const span of found.spans) {
    filters.add(text, span.translationStart, span.translationEnd);
    filters.add(text, span.sourceStart, span.sourceEnd);
  }
  return {
    ...keys,
    localized,
    prefix: found.prefix,
    units: found.units,
    unusualIds: found.unusualIds,
    headings: collectHeadings(text, lines.headingLevel, lines.lineStarts, found.spans),
    textFilter: filters.finish(),
  };
}

/** The units' texts of a file, read by the summary's scanner (no model, no checks). */
export function readUnitHalves(text: string): UnitHalves[] {
  if (!text.includes(TRANSLATION_OPEN)) return [];
  const { bodyStart } = readLocalizationKeys(text);
  const lines = buildLineTable(text, bodyStart);
  const found = findUnits(text, lines.fenced, lines.lineStarts);
  return halvesOf(text, found.spans, found.ids, bodyStart);
}

function halvesOf(text: string, spans: readonly UnitSpan[], ids: readonly SegmentId[], bodyStart: number): UnitHalves[] {
  return spans.map((span, index) => ({
    id: ids[index].text,
    translation: text.slice(span.translationStart, span.translationEnd),
    english: text.slice(span.sourceStart, span.sourceEnd),
    inFrontMatter: span.start < bodyStart,
  }));
}

/** Where one unit's halves sit in the text (kept only while summarizing). */
interface UnitSpan {
  readonly start: number;
  readonly end: number;
  readonly translationStart: number;
  readonly translationEnd: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

function findUnits(text: string, fenced: Uint8Array, lineStarts: readonly number[]) {
  const spans: UnitSpan[] = [];
  const ids: SegmentId[] = [];
  let next = text.indexOf(TRANSLATION_OPEN);
  let line = 0;
  while (next !== -1) {
    const start = next;
    next = text.indexOf(TRANSLATION_OPEN, start + TRANSLATION_OPEN.length);
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
    if (fenced[line]) continue;
    const idStart = start + TRANSLATION_OPEN.length;
    const idEnd = text.indexOf('">', idStart);
    if (idEnd === -1 || idEnd - idStart > LONGEST_ID) continue;
    const translationStart = idEnd + 2;
    const boundary = text.indexOf(LOOKUP_BOUNDARY, translationStart);
    if (boundary === -1 || (next !== -1 && boundary > next)) continue;
    const sourceIdEnd = text.indexOf('">', boundary + LOOKUP_BOUNDARY.length);
    if (sourceIdEnd === -1 || sourceIdEnd - boundary > LOOKUP_BOUNDARY.length + LONGEST_ID) continue;
    const sourceStart = sourceIdEnd + 2;
    const sourceEnd = matchingSpanClose(text, sourceStart);
    if (sourceEnd === -1 || (next !== -1 && sourceEnd > next)) continue;
    spans.push({ start, end: sourceEnd + 2 * SPAN_CLOSE.length, translationStart, translationEnd: boundary, sourceStart, sourceEnd });
    ids.push(readSegmentId(text.slice(idStart, idEnd), { start: idStart, end: idEnd }));
  }

  const prefix = ids.length > 0 ? ids[0].prefix : undefined;
  const units = new Int32Array(spans.length * UNIT_STRIDE);
  let unusualIds: Map<number, string> | undefined;
  line = 0;
  const lineOf = (offset: number): number => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line;
  };
  spans.forEach((span, index) => {
    const id = ids[index];
    const record = index * UNIT_STRIDE;
    units[record + UnitField.IdNumber] = encodeIdNumber(id);
    if (id.prefix !== prefix || id.prefix === '') (unusualIds ??= new Map()).set(index, detached(id.text));
    units[record + UnitField.SourceHash] = sourceTextHash(text, span.sourceStart, span.sourceEnd);
    units[record + UnitField.StartLine] = lineOf(span.translationStart);
    units[record + UnitField.StartCharacter] = span.translationStart - lineStarts[line];
    units[record + UnitField.EndLine] = lineOf(span.translationEnd);
    units[record + UnitField.EndCharacter] = span.translationEnd - lineStarts[line];
  });
  return { spans, ids, prefix, units, unusualIds };
}

/** The `</span>` that closes a span whose content starts at `from`, counting nested spans. */
function matchingSpanClose(text: string, from: number): number {
  let depth = 0;
  let position = from;
  for (;;) {
    const close = text.indexOf(SPAN_CLOSE, position);
    if (close === -1) return -1;
    for (let open = text.indexOf(SPAN_OPEN, position); open !== -1 && open < close; open = text.indexOf(SPAN_OPEN, open + SPAN_OPEN.length)) depth++;
    if (depth === 0) return close;
    depth--;
    position = close + SPAN_CLOSE.length;
  }
}

/** Headings titled as a reader of each half sees them: units replaced by that half, anchors dropped. */
function collectHeadings(text: string, headingLevel: Uint8Array, lineStarts: readonly number[], spans: readonly UnitSpan[]): SummaryHeading[] {
  const headings: SummaryHeading[] = [];
  let next = 0;
  for (let line = 0; line < headingLevel.length; line++) {
    const level = headingLevel[line];
    if (!level) continue;
    const start = lineStarts[line];
    const end = lineEndOf(text, lineStarts, line);
    while (next < spans.length && spans[next].start < start) next++;
    const first = next;
    while (next < spans.length && spans[next].start < end) next++;
    const onLine = spans.slice(first, next);
    const content = text.indexOf('#', start) + level;
    headings.push({
      level,
      line,
      length: end - start,
      title: headingText(text, content, end, onLine, 'translation'),
      sourceTitle: headingText(text, content, end, onLine, 'source'),
    });
  }
  return headings;
}

function headingText(text: string, start: number, end: number, onLine: readonly UnitSpan[], half: 'translation' | 'source'): string {
  let title = '';
  let position = start;
  for (const span of onLine) {
    title += text.slice(position, span.start);
    title += half === 'translation' ? text.slice(span.translationStart, span.translationEnd) : text.slice(span.sourceStart, span.sourceEnd);
    position = span.end;
  }
  title += text.slice(position, end);
  title = title
    .replace(/<a\s[^>]*>\s*<\/a>/gi, '')
    .replace(/\s#+\s*$/, '')
    .trim();
  return detached(title.includes('&') ? decodeHTML(title) : title);
}

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** The localization keys of the front matter, read line by line (no YAML parser: speed matters here). */
function readLocalizationKeys(text: string) {
  const opening = FRONT_MATTER_OPEN.exec(text);
  const none = { contentLocale: undefined, assetId: undefined, sourceGitCommit: undefined, bodyStart: 0 };
  if (!opening) return none;
  const rest = text.slice(opening[0].length, opening[0].length + 8192);
  const closing = FRONT_MATTER_CLOSE.exec(rest);
  if (!closing) return none;
  const yaml = rest.slice(0, closing.index);
  const contentLocale = yamlValue(yaml, 'ms.contentlocale')?.toLowerCase();
  return {
    contentLocale: contentLocale || undefined,
    assetId: yamlValue(yaml, 'ms.assetid')?.toLowerCase() || undefined,
    sourceGitCommit: yamlValue(yaml, 'ms.sourcegitcommit') || undefined,
    bodyStart: opening[0].length + closing.index + closing[0].length,
  };
}

function yamlValue(yaml: string, key: string): string | undefined {
  const match = new RegExp(`^${key.replace('.', '\\.')}[ \\t]*:[ \\t]*(.*?)[ \\t]*\\r?$`, 'mi').exec(yaml);
  if (!match) return undefined;
  return detached(match[1].replace(/^(["'])(.*)\1$/, '$2').trim());
}

/**
 * A copy of a string that does not point into the file text. V8 represents slices and
 * concatenations as views of their parent string, so one kept heading title or front-matter
 * value would otherwise keep the whole file alive.
 */
function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
