/**
 * Incremental re-parsing: after an edit, only the paragraphs it touches are scanned again.
 *
 * Units never cross a blank line, and every line state but an open list ends at one, so the
 * paragraphs around an edit can be re-read on their own while the units after them keep their
 * objects, moved by the edit's length; so do the units of those paragraphs the edit left as they
 * were. A list the edit opens or closes makes the next paragraphs read differently: they join
 * the region until the list state after it is the same in both versions. What else can reach
 * across paragraphs — fenced code, conflict markers, an HTML comment's `<!--` or `-->` written
 * or broken — sends the edit to a full parse instead; comments the edit leaves as they were are
 * read again with their paragraph. An edit inside the front matter that keeps its lines re-reads
 * the front matter alone: the body after it is the same text, moved. The result always equals
 * `parse(text)`; the tests check that on random edits.
 */
import { spliceInPlace } from './arraySplice';
import { computeLineStarts, lineContaining } from './lineIndex';
import { classifyLines, LineContainer, resizedLines, restoreLines, type LineArrays, type LineTable } from './lineTable';
import type { Block, Half, Heading, OffsetRange, Problem, SxsDocument, Unit } from './model';
import { readFrontMatter } from './frontMatter';
import { assembleDocument, noLocTerms, parse, parseStateOf, proseOutsideUnits, unitLocator, type ParseState } from './parse';
import { collectHeadings } from './headings';
import { idChecksAfterEdit, idChecksAfterSameIds } from './idChecksAfterEdit';
import { moveRange, scanUnits, shiftHalf } from './unitScanner';
import { firstUnitFrom } from './unitSearch';

/** A replacement in the previous text: `range` (offsets in the previous text) becomes `text`. */
export interface TextChange {
  readonly range: OffsetRange;
  readonly text: string;
}

/**
 * The model of `text`, which is `previous.text` with `change` applied. Takes `previous` over:
 * its units after the change move into the new model, so `previous` must not be read afterwards.
 */
export function reparse(previous: SxsDocument, text: string, change: TextChange): SxsDocument {
  return reparseParagraphs(previous, text, change) ?? parse(text);
}

/** How many paragraphs after an edit that opened or closed a list are read again before a full parse reads them all. */
const MAX_PARAGRAPHS_READ_ON = 8;

/**
 * The incremental path alone: undefined where the edit needs a full parse. Exported so tests
 * can tell that edits really take it.
 */
export function reparseParagraphs(previous: SxsDocument, text: string, change: TextChange): SxsDocument | undefined {
  const state = parseStateOf(previous);
  const old = previous.text;
  const delta = change.text.length - (change.range.end - change.range.start);
  if (!state || text.length !== old.length + delta) return undefined;
  if (change.range.start <= state.bodyStart) return reparseInFrontMatter(previous, state, text, change, delta);
  // A first line `---` with no closing delimiter yet: a `---` line typed anywhere may close it.
  if (!previous.frontMatter && OPENS_FRONT_MATTER.test(text)) return undefined;

  const oldStarts = state.lines.lineStarts;
  const editFirstLine = lineContaining(oldStarts, change.range.start);
  const editEndLine = lineContaining(oldStarts, change.range.end) + 1;
  let firstLine = editFirstLine;
  while (firstLine > 0 && oldStarts[firstLine - 1] >= state.bodyStart && !isParagraphBreak(old, oldStarts, firstLine - 1)) firstLine--;
  let endLine = editEndLine;
  while (endLine < oldStarts.length && !isParagraphBreak(old, oldStarts, endLine)) endLine++;
  // The paragraph right under the front matter may hold the end of a code span or a half begun
  // in its last lines, read with the front matter: re-read with it, unless the front matter has
  // no markup at all for the scanner to begin there (a plain title and description).
  if (state.bodyStart > 0 && firstLine > 0 && oldStarts[firstLine - 1] < state.bodyStart && SCANNED_MARKUP.test(old.slice(0, state.bodyStart))) return undefined;
  const rows = editedTableRows(old, text, state.lines, { firstLine, endLine }, { firstLine: editFirstLine, endLine: editEndLine }, delta);
  if (rows) ({ firstLine, endLine } = rows);
  // An edit that writes or breaks a `<!--` or a `-->` may open or close a comment anywhere: an
  // unclosed `<!--` far above takes the first `-->` after it. One that leaves them as they were
  // leaves every comment as it was, moved.
  if (touchesCommentDelimiter(old, change.range.start, change.range.end) || touchesCommentDelimiter(text, change.range.start, change.range.start + change.text.length)) return undefined;
  const regionStart = oldStarts[firstLine];
  // A `\n` typed right after a lone `\r` joins it into one line break with the line before the region.
  if (old.charCodeAt(regionStart - 1) === 13 && text.charCodeAt(regionStart) === 10) return undefined;
  let oldRegionEnd: number;
  let newRegionEnd: number;
  let splice: LineTableSplice | undefined;
  const lineCount = oldStarts.length;
  for (let readOn = 0; ; readOn++) {
    oldRegionEnd = endLine < oldStarts.length ? oldStarts[endLine] : old.length;
    newRegionEnd = oldRegionEnd + delta;
    if (crossesParagraphs(old.slice(regionStart, oldRegionEnd)) || crossesParagraphs(text.slice(regionStart, newRegionEnd))) return undefined;
    for (let line = firstLine; line < endLine; line++) if (state.lines.fenced[line]) return undefined;
    // A comment inside the region is scanned again; one that reaches across its edge would be read from its middle.
    if (state.comments.some((comment) => straddles(comment, regionStart) || straddles(comment, oldRegionEnd))) return undefined;
    splice = spliceLineTable(state.lines, text, firstLine, endLine, regionStart, newRegionEnd, delta);
    if (splice) break;
    // The edit opened or closed a list: the next paragraphs may read differently, so they join
    // the region until the list state after it is the same in both versions (a list item's
    // line deleted, say), or a full parse reads them all.
    if (readOn === MAX_PARAGRAPHS_READ_ON || endLine >= oldStarts.length) return undefined;
    while (endLine < oldStarts.length && isParagraphBreak(old, oldStarts, endLine)) endLine++;
    while (endLine < oldStarts.length && !isParagraphBreak(old, oldStarts, endLine)) endLine++;
  }
  const { lines } = splice;
  const lineDelta = lines.lineStarts.length - lineCount;

  const units = previous.units;
  const before = firstUnitFrom(units, regionStart);
  const after = firstUnitFrom(units, oldRegionEnd);
  const scan = scanUnits(text, lines, state.bodyStart, unitLocator(text, lines, previous.frontMatter), regionStart, newRegionEnd, before, state.shared);
  if (scan.stoppedAt > newRegionEnd) {
    splice.revert();
    return undefined;
  }
  // Units the region re-read unchanged at its ends keep their objects, and so all that was
  // computed of them (findings, tokens): a paragraph of many units, or one joined by lone `\r`s,
  // is then re-checked only where it changed.
  let same = 0;
  while (same < scan.units.length && before + same < after && isSameUnit(old, units[before + same], text, scan.units[same], 0, 0)) same++;
  let sameAtEnd = 0;
  while (
    same + sameAtEnd < scan.units.length &&
    before + same + sameAtEnd < after &&
    isSameUnit(old, units[after - 1 - sameAtEnd], text, scan.units[scan.units.length - 1 - sameAtEnd], delta, lineDelta)
  ) {
    sameAtEnd++;
  }
  const keptBefore = before + same;
  const keptAfter = after - sameAtEnd;
  const added = same === 0 && sameAtEnd === 0 ? scan.units : scan.units.slice(same, scan.units.length - sameAtEnd);
  // From here on the previous model is taken over: its halves read the new text.
  state.shared.text = text;
  const indexDelta = scan.units.length - (after - before);
  const removed = units.slice(keptBefore, keptAfter);

  const nextState: ParseState = {
    bodyStart: state.bodyStart,
    lines,
    scanProblems: spliceProblems(state.scanProblems, scan.problems, regionStart, oldRegionEnd, delta),
    proseProblems: spliceProblems(
      state.proseProblems,
      proseOutsideUnits(text, lines, scan.units, previous.frontMatter, scan.problems),
      regionStart,
      oldRegionEnd,
      delta,
    ),
    shared: state.shared,
    lineage: state.lineage,
    generation: state.lineage.record(keptBefore, units.length - keptAfter, removed),
    comments: [
      ...state.comments.filter((comment) => comment.end <= regionStart),
      ...scan.comments,
      ...state.comments.filter((comment) => comment.start >= oldRegionEnd).map((comment) => shifted(comment, delta)),
    ],
  };
  // The list is renewed in place (the lineage above says what it kept), the units after the region moved in place.
  const nextUnits = units as Unit[];
  spliceInPlace(nextUnits, keptBefore, keptAfter, added);
  for (let index = keptBefore + added.length; index < nextUnits.length; index++) shiftUnit(nextUnits[index], delta, lineDelta, indexDelta);
  const regionEndLine = endLine + lineDelta;
  const headings = [
    ...previous.headings.filter((heading) => heading.line < firstLine),
    ...collectHeadings(text, lines, nextUnits, firstLine, regionEndLine),
    ...previous.headings.filter((heading) => heading.line >= endLine).map((heading) => moveHeading(heading, delta, lineDelta, indexDelta)),
  ];
  const ids = (state.ids && idChecksAfterSameIds(state.ids, removed, added)) ?? idChecksAfterEdit(state.ids, nextUnits, keptBefore, removed, added);
  return assembleDocument(text, previous.frontMatter, nextState, nextUnits, headings, ids);
}

/**
 * An edit inside the front matter that keeps its lines and its delimiters (a title or a
 * description typed in): the front matter is read again and its units scanned anew. The body is
 * the same text, moved by the edit's length, so its units, headings and problems are moved in
 * place. Other `no-loc` terms change what counts as prose in the whole body: a full parse then.
 */
function reparseInFrontMatter(previous: SxsDocument, state: ParseState, text: string, change: TextChange, delta: number): SxsDocument | undefined {
  const before = previous.frontMatter;
  const old = previous.text;
  if (!before || change.range.start < before.contentRange.start || change.range.end > before.contentRange.end) return undefined;
  if (hasLineBreak(change.text) || hasLineBreak(old.slice(change.range.start, change.range.end))) return undefined;
  const oldBodyStart = state.bodyStart;
  const bodyStart = oldBodyStart + delta;
  const frontMatter = readFrontMatter(text, before.range.start);
  if (!frontMatter || frontMatter.range.end !== bodyStart || !sameTerms(noLocTerms(before), noLocTerms(frontMatter))) return undefined;
  const oldStarts = state.lines.lineStarts;
  const editLine = lineContaining(oldStarts, change.range.start);
  // The same lines: a `\r` and a `\n` brought together by a deletion would make one line break of two.
  const frontMatterStarts = computeLineStarts(text.slice(0, bodyStart));
  if (frontMatterStarts.length !== lineContaining(oldStarts, oldBodyStart) + 1) return undefined;
  for (let line = 0; line < frontMatterStarts.length; line++) if (frontMatterStarts[line] !== oldStarts[line] + (line > editLine ? delta : 0)) return undefined;
  // A comment or a broken unit reaching from the front matter into the body changes how the body reads.
  if (state.comments.some((comment) => straddles(comment, oldBodyStart)) || state.scanProblems.some((problem) => straddles(problem.range, oldBodyStart))) return undefined;
  // The body starts on a line of its own (the delimiter's pattern also ends a line at U+2028, the line table does not),
  const afterDelimiter = old.charCodeAt(oldBodyStart);
  if (oldBodyStart < old.length && afterDelimiter !== 10 && afterDelimiter !== 13) return undefined;
  // and nothing read from the front matter ran into it (a code span or a unit closed there).
  if (scanUnits(old, state.lines, oldBodyStart, unitLocator(old, state.lines, before), 0, oldBodyStart, 0, { text: old }).stoppedAt > oldBodyStart) return undefined;

  // The line starts are moved in place (as the paragraph path renews them), and moved back if the scan falls back.
  const lineStarts = oldStarts as number[];
  const moveLines = (by: number): void => {
    if (by !== 0) for (let line = editLine + 1; line < lineStarts.length; line++) lineStarts[line] += by;
  };
  moveLines(delta);
  const lines: LineTable = { ...state.lines, lineStarts, conflictMarkers: state.lines.conflictMarkers.map((range) => shifted(range, delta)) };
  const scan = scanUnits(text, lines, bodyStart, unitLocator(text, lines, frontMatter), 0, bodyStart, 0, state.shared);
  if (scan.stoppedAt > bodyStart || scan.comments.some((comment) => comment.end > bodyStart) || scan.problems.some((problem) => problem.range.end > bodyStart)) {
    moveLines(-delta);
    return undefined;
  }
  // From here on the previous model is taken over: its halves read the new text.
  state.shared.text = text;
  const units = previous.units as Unit[];
  const frontMatterUnits = firstUnitFrom(units, oldBodyStart);
  const removed = units.slice(0, frontMatterUnits);
  const added = scan.units;
  const indexDelta = added.length - frontMatterUnits;
  const nextState: ParseState = {
    bodyStart,
    lines,
    scanProblems: [...scan.problems, ...state.scanProblems.filter((problem) => problem.range.start >= oldBodyStart).map((problem) => shiftProblem(problem, delta))],
    // Prose is reported on the body's lines only, with the same terms allowed.
    proseProblems: state.proseProblems.map((problem) => shiftProblem(problem, delta)),
    shared: state.shared,
    lineage: state.lineage,
    generation: state.lineage.record(0, units.length - frontMatterUnits, removed),
    comments: [...scan.comments, ...state.comments.filter((comment) => comment.start >= oldBodyStart).map((comment) => shifted(comment, delta))],
  };
  spliceInPlace(units, 0, frontMatterUnits, added);
  for (let index = added.length; index < units.length; index++) shiftUnit(units[index], delta, 0, indexDelta);
  const headings = previous.headings.map((heading) => moveHeading(heading, delta, 0, indexDelta));
  const ids = (state.ids && idChecksAfterSameIds(state.ids, removed, added)) ?? idChecksAfterEdit(state.ids, units, 0, removed, added);
  return assembleDocument(text, frontMatter, nextState, units, headings, ids);
}

function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, index) => term === b[index]);
}

/** What the unit scanner stops at: a tag or comment, a code span. */
const SCANNED_MARKUP = /[<`]/;
const OPENS_FRONT_MATTER = /^\ufeff?---[ \t]*(?:\r\n|\n|\r)/;

/** Fences and conflict markers can reach beyond the paragraph they stand in. */
function crossesParagraphs(region: string): boolean {
  return /^[ \t]*(?:```|~~~)|^(?:<{7}|={7}|>{7})/m.test(region);
}

/** Whether a `<!--` or a `-->` overlaps `start`–`end` of `text` (an insertion point included). */
function touchesCommentDelimiter(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 3), end + 3);
  return around.includes('<!--') || around.includes('-->');
}

function straddles(range: OffsetRange, offset: number): boolean {
  return range.start < offset && offset < range.end;
}

/** The new version's line table, and how to give the previous one back its lines when the re-parse falls back after all. */
interface LineTableSplice {
  readonly lines: LineTable;
  revert(): void;
}

/**
 * The line table of the new text: old lines around the region, the region classified anew. The
 * old table's arrays are renewed in place, as the re-parse renews the units after the edit: a
 * new array of a large article's line starts costs an allocation of fresh pages. The per-line
 * arrays keep spare room for added lines (`lineTable.ts`); only when it runs out is one made.
 */
function spliceLineTable(old: LineTable, text: string, firstLine: number, endLine: number, regionStart: number, regionEnd: number, delta: number): LineTableSplice | undefined {
  const regionStarts = computeLineStarts(text.slice(regionStart, regionEnd));
  // The region ends where the line after it starts: that start belongs to the old lines (also
  // when that line is the empty last line, which starts at the very end of the text).
  if (endLine < old.lineStarts.length) regionStarts.pop();
  const regionLineCount = regionStarts.length;
  for (let index = 0; index < regionLineCount; index++) regionStarts[index] += regionStart;
  const regionEndLine = firstLine + regionLineCount;
  const listOpenBefore = firstLine > 0 && old.listOpen[firstLine - 1] === 1;
  const listOpenAfterRegion = old.listOpen[endLine - 1];
  const conflictMarkers = old.conflictMarkers.map((range) => (range.start >= regionEnd - delta ? shifted(range, delta) : range));
  // A list opened or closed by the edit changes how the following paragraphs are read.
  const oldLineCount = old.lineStarts.length;
  const listStands = (arrays: LineArrays): boolean => endLine >= oldLineCount || arrays.listOpen[regionEndLine - 1] === listOpenAfterRegion;

  // Renewed in place: the re-parse takes the previous model over, and revert() gives it its lines back.
  const lineStarts = old.lineStarts as number[];
  const saved = { starts: lineStarts.slice(firstLine, endLine), arrays: LINE_ARRAYS.map((name) => old[name].slice(firstLine, endLine)) };
  spliceInPlace(lineStarts, firstLine, endLine, regionStarts);
  if (delta !== 0) for (let line = regionEndLine; line < lineStarts.length; line++) lineStarts[line] += delta;
  const arrays: LineArrays = {
    fenced: resizedLines(old.fenced, firstLine, endLine, regionLineCount),
    headingLevel: resizedLines(old.headingLevel, firstLine, endLine, regionLineCount),
    container: resizedLines(old.container, firstLine, endLine, regionLineCount),
    listOpen: resizedLines(old.listOpen, firstLine, endLine, regionLineCount),
  };
  const revert = (): void => {
    if (delta !== 0) for (let line = regionEndLine; line < lineStarts.length; line++) lineStarts[line] -= delta;
    spliceInPlace(lineStarts, firstLine, regionEndLine, saved.starts);
    LINE_ARRAYS.forEach((name, index) => {
      restoreLines(old[name], arrays[name], firstLine, endLine, regionLineCount);
      old[name].set(saved.arrays[index], firstLine);
    });
  };
  // The classification writes only what is not zero.
  classifyLines(text, lineStarts, arrays, firstLine, regionEndLine, 0, new Map(), listOpenBefore, []);
  if (!listStands(arrays)) {
    revert();
    return undefined;
  }
  return { lines: { lineStarts, ...arrays, conflictMarkers }, revert };
}

const LINE_ARRAYS = ['fenced', 'headingLevel', 'container', 'listOpen'] as const;

/** A heading after the edit, moved in place. */
function moveHeading(heading: Heading, delta: number, lineDelta: number, indexDelta: number): Heading {
  const movable = heading as Mutable<Heading>;
  moveRange(heading.range, delta);
  movable.line += lineDelta;
  if (indexDelta) movable.units = heading.units.map((index) => index + indexDelta);
  return heading;
}

/** Problems before the region kept, those inside replaced, those after moved. */
function spliceProblems(old: readonly Problem[], region: readonly Problem[], regionStart: number, oldRegionEnd: number, delta: number): Problem[] {
  const kept = old.filter((problem) => problem.range.end <= regionStart);
  const moved = old.filter((problem) => problem.range.start >= oldRegionEnd).map((problem) => shiftProblem(problem, delta));
  return [...kept, ...region, ...moved];
}

function shiftProblem(problem: Problem, delta: number): Problem {
  return {
    ...problem,
    range: shifted(problem.range, delta),
    ...(problem.related && { related: problem.related.map((related) => ({ ...related, range: shifted(related.range, delta) })) }),
    ...(problem.fix && { fix: { ...problem.fix, edits: problem.fix.edits.map((edit) => ({ ...edit, range: shifted(edit.range, delta) })) } }),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Whether `next` (scanned from the new text) is `previous` (of the old text) unchanged, `delta`
 * code units and `lineDelta` lines later: the same markup, halves, block and line, so the old
 * object can stand for it once moved.
 */
function isSameUnit(oldText: string, previous: Unit, newText: string, next: Unit, delta: number, lineDelta: number): boolean {
  const start = previous.range.start;
  const nextStart = next.range.start;
  if (nextStart !== start + delta || next.range.end !== previous.range.end + delta || next.line !== previous.line + lineDelta) return false;
  if (!sameHalfPlace(previous.translation, start, next.translation, nextStart) || (previous.source === undefined) !== (next.source === undefined)) return false;
  if (previous.source && next.source && !sameHalfPlace(previous.source, start, next.source, nextStart)) return false;
  if ((previous.sourceId === undefined) !== (next.sourceId === undefined) || !sameBlock(previous.block, next.block)) return false;
  return oldText.slice(start, previous.range.end) === newText.slice(nextStart, next.range.end);
}

function sameHalfPlace(previous: Half, start: number, next: Half, nextStart: number): boolean {
  return previous.range.start - start === next.range.start - nextStart && previous.range.end - start === next.range.end - nextStart;
}

function sameBlock(a: Block, b: Block): boolean {
  return a === b || (a.kind === b.kind && a.headingLevel === b.headingLevel && a.anchor === b.anchor && a.key === b.key && a.tag === b.tag);
}

/** Moves a unit after the edit in place: its objects are reused by the new model. */
function shiftUnit(unit: Unit, delta: number, lineDelta: number, indexDelta: number): Unit {
  const movable = unit as Mutable<Unit>;
  movable.index += indexDelta;
  movable.line += lineDelta;
  moveRange(unit.range, delta);
  moveRange(unit.id.range, delta);
  if (unit.sourceId) moveRange(unit.sourceId.range, delta);
  shiftHalf(unit.translation, delta);
  if (unit.source) shiftHalf(unit.source, delta);
  return unit;
}


function shifted(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}


/** Lines `firstLine` up to (not including) `endLine`. */
export interface LineSpan {
  readonly firstLine: number;
  readonly endLine: number;
}

/**
 * The lines to read again after an edit of the lines `edited` of the paragraph `paragraph`
 * (lines of the old text's table), when the paragraph opens with table rows down to them: each
 * row is read on its own (a row is one line), so only the edited rows. Undefined when the whole
 * paragraph must be read (a line above could open a half that runs into the rows).
 * The row above must open with `|` too: a header row without one is a row only because of the
 * delimiter row under it, which the edit may change. Rows joined by lone `\r`s are read
 * together: the scanner's lines end at `\n`, so a problem it reports in one of them can cover
 * the next. Exported for the tests.
 */
export function editedTableRows(old: string, text: string, lines: LineTable, paragraph: LineSpan, edited: LineSpan, delta: number): LineSpan | undefined {
  const starts = lines.lineStarts;
  const joinedToLineBefore = (line: number): boolean => old.charCodeAt(starts[line] - 1) === 13;
  let firstLine = edited.firstLine;
  while (firstLine > paragraph.firstLine && joinedToLineBefore(firstLine)) firstLine--;
  let endLine = edited.endLine;
  while (endLine < paragraph.endLine && joinedToLineBefore(endLine)) endLine++;
  if (endLine >= starts.length) return undefined;
  const rowAboveStands = firstLine === paragraph.firstLine || areTableRows(old, starts[firstLine - 1], starts[firstLine]);
  // Lines under the rows may be anything (a heading right under a table): rows never read past their end.
  if (!rowAboveStands || !isTable(lines, paragraph.firstLine, endLine)) return undefined;
  return areTableRows(text, starts[firstLine], starts[endLine] + delta) ? { firstLine, endLine } : undefined;
}

/** Whether lines `from` to `to` (exclusive) are all rows of a Markdown table. */
function isTable(lines: LineTable, from: number, to: number): boolean {
  for (let line = from; line < to; line++) if (lines.container[line] !== LineContainer.TableRow) return false;
  return true;
}

/**
 * Whether every line of `text` from `start` to `end` (which ends a line) opens with `|`: rows
 * whatever stands around them, so the lines after them are classified as before.
 */
function areTableRows(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart < end) {
    let first = lineStart;
    while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
    if (text.charCodeAt(first) !== 124) return false;
    let next = first;
    while (next < end && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13) next++;
    if (next >= end) return false;
    next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    lineStart = next;
  }
  return lineStart === end;
}

/**
 * Whether a line separates paragraphs for every step of the parse: blank (the line table's states
 * end there) and after a `\n` (the unit scanner's paragraphs end only at a blank line after a
 * `\n`: a lone `\r` breaks a line, not a paragraph, so `a\r\rb` is one paragraph to it).
 */
function isParagraphBreak(text: string, lineStarts: readonly number[], line: number): boolean {
  const start = lineStarts[line];
  return (start === 0 || text.charCodeAt(start - 1) === 10) && isBlankLine(text, lineStarts, line);
}

function isBlankLine(text: string, lineStarts: readonly number[], line: number): boolean {
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  for (let i = lineStarts[line]; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}
