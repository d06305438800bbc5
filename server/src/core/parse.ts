/**
 * `parse(text)`: the whole document model of a localized article, from any string.
 *
 * Never throws, linear in the input. Steps: front matter → line table (fences, headings,
 * containers) → unit scan → headings → the structure checks that need the whole file (ids, text
 * outside units, conflict markers, front-matter quoting). `reparse.ts` redoes only the middle
 * steps for the paragraphs an edit touches, from the state kept here.
 */
import { UnitLineage } from './unitLineage';
import { blockOf } from './blocks';
import { readFrontMatter } from './frontMatter';
import { collectHeadings } from './headings';
import { checkIds, type IdChecks } from './idChecks';
import { OpenTagTracker } from './htmlContext';
import { buildLineTable, type LineTable } from './lineTable';
import type { FrontMatter, Heading, OffsetRange, Problem, SxsDocument, Unit } from './model';
import { findTextOutsideUnits } from './textOutsideUnits';
import { scanUnits, type BlockLocator, type DocumentText } from './unitScanner';

/** What a later incremental re-parse needs besides the model itself. */
export interface ParseState {
  /** Where the body starts: the end of the front matter, or 0. */
  readonly bodyStart: number;
  readonly lines: LineTable;
  /** Broken markup found by the unit scanner. */
  readonly scanProblems: readonly Problem[];
  /** Text outside units (not inside broken markup). */
  readonly proseProblems: readonly Problem[];
  /** HTML comments the scanner skipped. */
  readonly comments: readonly OffsetRange[];
  /** The text every half of the model reads; a re-parse puts the new text there. */
  readonly shared: DocumentText;
  /** The id checks of the document, kept so a re-parse that leaves every id as it was reuses them. */
  readonly ids?: IdChecks;
  /** The versions of this document's unit list since its full parse, and which one this is (see `unitLineage.ts`). */
  readonly lineage: UnitLineage;
  readonly generation: number;
}

const parseStates = new WeakMap<SxsDocument, ParseState>();

/** The state kept from the parse that produced `document`, if it came from `parse`/`reparse`. */
export function parseStateOf(document: SxsDocument): ParseState | undefined {
  return parseStates.get(document);
}

/** Parses a localized article. Works on any string: broken markup becomes problems, not errors. */
export function parse(text: string): SxsDocument {
  const frontMatter = readFrontMatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const bodyStart = frontMatter ? frontMatter.range.end : 0;
  const lines = buildLineTable(text, bodyStart);
  const shared: DocumentText = { text };
  const scan = scanUnits(text, lines, bodyStart, unitLocator(text, lines, frontMatter), 0, text.length, 0, shared);
  const proseProblems = proseOutsideUnits(text, lines, scan.units, frontMatter, scan.problems);
  const state: ParseState = { bodyStart, lines, scanProblems: scan.problems, proseProblems, comments: scan.comments, shared, lineage: new UnitLineage(), generation: 0 };
  return assembleDocument(text, frontMatter, state, scan.units, collectHeadings(text, lines, scan.units));
}

/** Names the block of each unit the scanner finds (one locator per scan: it keeps the HTML parse of the current line). */
export function unitLocator(text: string, lines: LineTable, frontMatter: FrontMatter | undefined): BlockLocator {
  const openTags = new OpenTagTracker(text);
  return (start, end, line) => blockOf(text, start, end, line, lines, frontMatter, openTags);
}

/** Text outside units; prose inside broken markup is already reported as that markup. */
export function proseOutsideUnits(text: string, lines: LineTable, units: readonly Unit[], frontMatter: FrontMatter | undefined, scanProblems: readonly Problem[]): Problem[] {
  return withoutOverlaps(findTextOutsideUnits(text, lines, units, noLocTerms(frontMatter)), scanProblems);
}

/**
 * The model from its parts, with the whole-file checks; remembers `state` for `reparse`. `ids`:
 * the id checks when the caller already has them (a re-parse that left the ids as they were).
 */
export function assembleDocument(text: string, frontMatter: FrontMatter | undefined, state: ParseState, units: Unit[], headings: Heading[], ids: IdChecks = checkIds(units)): SxsDocument {
  const problems: Problem[] = [
    ...state.scanProblems,
    ...ids.problems,
    ...state.lines.conflictMarkers.map((range): Problem => ({ code: 'conflict-marker', message: 'merge-conflict marker left in the file', range })),
    ...state.proseProblems,
    ...frontMatterProblems(frontMatter, units),
  ];
  problems.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const document: SxsDocument = { text, frontMatter, units, headings, problems, prefix: ids.prefix };
  parseStates.set(document, { ...state, ids });
  return document;
}

/** The problems of `candidates` that overlap none of `covered`; both in document order. */
function withoutOverlaps(candidates: readonly Problem[], covered: readonly Problem[]): Problem[] {
  const kept: Problem[] = [];
  let next = 0;
  let coveredEnd = -1; // the furthest end of the covered problems that start before the candidate ends
  for (const candidate of candidates) {
    while (next < covered.length && covered[next].range.start < candidate.range.end) coveredEnd = Math.max(coveredEnd, covered[next++].range.end);
    if (coveredEnd <= candidate.range.start) kept.push(candidate);
  }
  return kept;
}

/** The front matter's `no-loc` terms: words allowed outside units. */
export function noLocTerms(frontMatter: FrontMatter | undefined): string[] {
  const value = frontMatter?.data?.['no-loc'];
  return Array.isArray(value) ? value.filter((term): term is string => typeof term === 'string' && term.length > 0) : [];
}

/** A front matter that no longer parses as YAML, most often because a unit's quotes broke it. */
function frontMatterProblems(frontMatter: FrontMatter | undefined, units: readonly Unit[]): Problem[] {
  if (!frontMatter?.error) return [];
  const inside = units.filter((unit) => unit.block.kind === 'front-matter');
  const range = inside.length ? inside[0].range : frontMatter.contentRange;
  const firstLine = frontMatter.error.split('\n')[0];
  return [
    {
      code: 'front-matter-quoting',
      message: inside.length
        ? `the front matter is no longer valid YAML (a unit's quoting breaks it): ${firstLine}`
        : `the front matter is not valid YAML: ${firstLine}`,
      range,
    },
  ];
}
