/**
 * Import an XLIFF file (1.2 or 2.0) back into its article: each unit whose target differs from
 * the article's translation replaces that translation half, with the codes' original text
 * rebuilt; every other byte stays. Units are matched by key and English, so a file that changed
 * since the export still takes what fits, and the report says what did not and why.
 *
 * Pure: the caller reads both files and applies `edits` (one undoable edit in VS Code) or
 * writes `text`. Nothing is returned to write when the file as a whole is wrong: an
 * `InterchangeError` says why.
 */
import { parse } from '../core/parse';
import type { OffsetEdit, SxsDocument, Unit } from '../core/model';
import { joinPieces, pairsNest, piecesOfHalf, type Piece } from './inlineCodes';
import { SOURCE_LANGUAGE, unitKeys } from './exchangeUnits';
import { InterchangeError } from './interchangeError';
import { readXliff, type ReadFile, type ReadUnit } from './xliffRead';
import type { XmlLimits } from './xmlTree';

export interface ImportOptions {
  /** The article's path as the export wrote it, to pick the `<file>` and to warn about another article's file. */
  readonly path?: string;
  /** The article's locale; default its `ms.contentlocale`. */
  readonly locale?: string;
  readonly limits?: XmlLimits;
}

export interface UnitReport {
  readonly unitId: string;
  readonly reason: string;
}

export interface ImportReport {
  /** Unit ids whose translation was replaced. */
  readonly imported: readonly string[];
  /** Units whose target equals the article's translation. */
  readonly unchanged: number;
  /** Units without a target, or whose target is still the copy of the English. */
  readonly untranslated: number;
  /** Units whose codes cannot be rebuilt, or whose new text would break the article. */
  readonly rejected: readonly UnitReport[];
  /** Units of the file that no longer fit the article (English changed, unit gone). */
  readonly skipped: readonly UnitReport[];
  /** Unit ids of the article the file does not have (added since the export). */
  readonly notInFile: readonly string[];
  /** Everything else worth knowing (matched by English, another source commit…). */
  readonly notes: readonly string[];
}

export interface ImportResult {
  /** The article with the imported translations. */
  readonly text: string;
  /** The replacements, in document order, each inside one translation half. */
  readonly edits: readonly OffsetEdit[];
  readonly report: ImportReport;
}

/** Imports `xliffText` into `articleText`. */
export function importXliff(articleText: string, xliffText: string, options: ImportOptions = {}): ImportResult {
  const document = parse(articleText);
  const file = pickFile(readXliff(xliffText, options.limits), options.path);
  checkLanguages(file, options.locale ?? document.frontMatter?.keys.contentLocale);
  if (file.units.length === 0) throw new InterchangeError('the XLIFF file has no units');

  const notes: string[] = [];
  if (options.path && file.path && !samePath(file.path, options.path)) notes.push(`the file was exported from ${file.path}`);
  const articleCommit = document.frontMatter?.keys.sourceGitCommit;
  if (file.sourceGitCommit && articleCommit && file.sourceGitCommit !== articleCommit) {
    notes.push(`the article's ms.sourcegitcommit is now ${articleCommit} (the file was exported at ${file.sourceGitCommit})`);
  }

  const matches = matchUnits(document, file.units, notes);
  if (matches.matched.length === 0) {
    throw new InterchangeError(`the XLIFF file does not belong to this article: none of its ${file.units.length} units matches one of the article's by id and English${file.path ? ` (it was exported from ${file.path})` : ''}`);
  }

  const crlfArticle = articleText.includes('\r\n');
  const rejected: UnitReport[] = [];
  const candidates: { unit: Unit; raw: string }[] = [];
  let unchanged = 0;
  let untranslated = 0;
  for (const { unit, read } of matches.matched) {
    const current = unit.translation.raw;
    const source = joinPieces(read.source);
    if (!read.target || (joinPieces(read.target) === source && current.trim() === '')) {
      untranslated++;
      continue;
    }
    const problem = read.problems[0] ?? codeProblem(read, piecesOfHalf(articleText, unit.translation.range.start, unit.translation.range.end, unit.translation.tokens), current !== '' && current !== unit.source?.raw);
    if (problem) {
      rejected.push({ unitId: unit.id.text, reason: problem });
      continue;
    }
    // A tool that dropped the CR of a CR LF changed nothing; when the target has no CR at all, its
    // line breaks follow the half's (or the article's) style.
    if (withoutCr(joinPieces(read.target)) === withoutCr(current)) {
      unchanged++;
      continue;
    }
    const targetRaw = joinPieces(read.target);
    const crlf = !targetRaw.includes('\r') && (current.includes('\r\n') || (!current.includes('\n') && crlfArticle));
    candidates.push({ unit, raw: rebuild(read.target, crlf) });
  }

  const broken = verify(document, candidates);
  const accepted = candidates.filter((_, index) => !broken.has(index));
  for (const [index, reason] of broken) rejected.push({ unitId: candidates[index].unit.id.text, reason });
  const edits = accepted.map(({ unit, raw }): OffsetEdit => ({ range: unit.translation.range, newText: raw }));
  return {
    text: applyEdits(articleText, edits),
    edits,
    report: {
      imported: accepted.map(({ unit }) => unit.id.text),
      unchanged,
      untranslated,
      rejected: rejected.sort((a, b) => a.unitId.localeCompare(b.unitId, 'en', { numeric: true })),
      skipped: matches.skipped,
      notInFile: matches.notInFile,
      notes,
    },
  };
}

/** Applies edits sorted by offset that do not overlap. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    result += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  return result + text.slice(cursor);
}

function pickFile(files: readonly ReadFile[], path: string | undefined): ReadFile {
  if (files.length === 0) throw new InterchangeError('the XLIFF file has no <file> element');
  if (files.length === 1) return files[0];
  const named = path ? files.find((file) => file.path && samePath(file.path, path)) : undefined;
  if (!named) throw new InterchangeError(`the XLIFF file holds ${files.length} articles (${files.map((file) => file.path ?? '?').join(', ')}); none is ${path ?? 'named'}`);
  return named;
}

function checkLanguages(file: ReadFile, locale: string | undefined): void {
  if (file.sourceLanguage && normalLanguage(file.sourceLanguage).split('-')[0] !== SOURCE_LANGUAGE.split('-')[0]) {
    throw new InterchangeError(`the XLIFF file's source language is ${file.sourceLanguage}; articles are translated from English`);
  }
  if (file.targetLanguage && locale && normalLanguage(file.targetLanguage) !== normalLanguage(locale)) {
    throw new InterchangeError(`the XLIFF file is a ${file.targetLanguage} translation; the article is ${locale}`);
  }
}

function normalLanguage(language: string): string {
  return language.trim().toLowerCase().replace(/_/g, '-');
}

function samePath(a: string, b: string): boolean {
  const normal = (path: string): string => path.replace(/\\/g, '/').replace(/^\.?\//, '').toLowerCase();
  const [x, y] = [normal(a), normal(b)];
  return x === y || x.endsWith(`/${y}`) || y.endsWith(`/${x}`);
}

/**
 * Pairs the file's units with the article's: the same key and the same English first; then a
 * unit whose English is found, unpaired, elsewhere (ids renumbered since the export).
 */
function matchUnits(document: SxsDocument, units: readonly ReadUnit[], notes: string[]): { matched: { unit: Unit; read: ReadUnit }[]; skipped: UnitReport[]; notInFile: string[] } {
  const keys = unitKeys(document.units);
  const byKey = new Map<string, Unit>();
  document.units.forEach((unit) => byKey.set(keys[unit.index], unit));
  const taken = new Set<number>();
  const matched: { unit: Unit; read: ReadUnit }[] = [];
  const pending: ReadUnit[] = [];
  for (const read of units) {
    const unit = byKey.get(read.key);
    if (unit?.source && unit.source.raw === joinPieces(read.source) && !taken.has(unit.index)) {
      taken.add(unit.index);
      matched.push({ unit, read });
    } else pending.push(read);
  }
  const byEnglish = new Map<string, Unit[]>();
  for (const unit of document.units) {
    if (taken.has(unit.index) || !unit.source) continue;
    const list = byEnglish.get(unit.source.raw) ?? [];
    list.push(unit);
    byEnglish.set(unit.source.raw, list);
  }
  const skipped: UnitReport[] = [];
  let movedCount = 0;
  for (const read of pending) {
    const unit = byEnglish.get(joinPieces(read.source))?.shift();
    if (unit) {
      taken.add(unit.index);
      matched.push({ unit, read });
      movedCount++;
    } else {
      const sameKey = byKey.get(read.key);
      skipped.push({ unitId: read.unitId, reason: sameKey ? 'its English changed since the export' : 'the article no longer has this unit' });
    }
  }
  if (movedCount) notes.push(`${movedCount} unit(s) matched by their English under another id`);
  const fileKeys = new Set(units.map((read) => read.key));
  const notInFile = document.units.filter((unit) => !taken.has(unit.index) && !fileKeys.has(keys[unit.index])).map((unit) => unit.id.text);
  matched.sort((a, b) => a.unit.index - b.unit.index);
  return { matched, skipped, notInFile };
}

/** Why the target's codes cannot be rebuilt into the article's markup, or undefined when they can. */
function codeProblem(read: ReadUnit, current: readonly Piece[], currentIsTranslation: boolean): string | undefined {
  const target = read.target ?? [];
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  target.forEach((piece, index) => {
    if (piece.kind === 'open') opens.set(piece.pair, [...(opens.get(piece.pair) ?? []), index]);
    if (piece.kind === 'close') closes.set(piece.pair, [...(closes.get(piece.pair) ?? []), index]);
  });
  for (const [pair, indices] of opens) {
    const raw = rawOf(target[indices[0]]);
    const ends = closes.get(pair) ?? [];
    if (indices.length > 1 || ends.length > 1) return `code ${show(raw)} appears more than once`;
    if (ends.length === 0) return `the closing code after ${show(raw)} is missing`;
    if (ends[0] < indices[0]) return `the codes ${show(raw)} … ${show(rawOf(target[ends[0]]))} are in the wrong order (closing before opening)`;
  }
  for (const [pair, indices] of closes) {
    if (!opens.has(pair)) return `the opening code before ${show(rawOf(target[indices[0]]))} is missing`;
  }
  if (pairsNest(read.source) && !pairsNest(target)) return 'paired codes overlap (one closes inside another), so the markup would not nest';
  const sourceCounts = codeCounts(read.source);
  const targetCounts = codeCounts(target);
  const currentCounts = codeCounts(current);
  for (const [key, count] of targetCounts) {
    if (count > Math.max(sourceCounts.get(key) ?? 0, currentCounts.get(key) ?? 0)) return `code ${show(key.slice(1))} is duplicated`;
  }
  for (const [key, count] of sourceCounts) {
    const required = currentIsTranslation ? Math.min(count, currentCounts.get(key) ?? 0) : count;
    if ((targetCounts.get(key) ?? 0) < required) return `code ${show(key.slice(1))} of the English is missing`;
  }
  return undefined;
}

/** Codes by their original text (a pair by its opening text: a link's URL may be localized), counted. */
function codeCounts(pieces: readonly Piece[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const piece of pieces) {
    const key = piece.kind === 'standalone' ? `s${piece.raw}` : piece.kind === 'open' ? `p${piece.raw}` : undefined;
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function rawOf(piece: Piece): string {
  return piece.kind === 'text' ? piece.text : piece.raw;
}

function show(raw: string): string {
  const short = raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
  return `\`${short.replace(/\r?\n/g, ' ')}\``;
}

function withoutCr(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** The half's new text: codes as their original text; line breaks in text as the article writes them. */
function rebuild(pieces: readonly Piece[], crlf: boolean): string {
  let result = '';
  for (const piece of pieces) {
    if (piece.kind !== 'text') result += piece.raw;
    else result += crlf ? piece.text.replace(/\r?\n/g, '\r\n') : piece.text;
  }
  return result;
}

/**
 * Re-parses the article with the candidates applied: every unit keeps its id, the new halves
 * read back exactly, and no structural problem appears. Targets with unbalanced span tags or
 * an empty line are refused at once; when the rest still breaks the article, halving the set finds
 * the candidates that do (a few whole-file parses per broken one, not one per candidate).
 * Returns the broken candidates with the reason.
 */
function verify(document: SxsDocument, candidates: readonly { unit: Unit; raw: string }[]): Map<number, string> {
  const broken = new Map<number, string>();
  const before = problemCounts(document);
  const check = (subset: readonly number[]): string | undefined => {
    const edits = subset.map((index) => ({ range: candidates[index].unit.translation.range, newText: candidates[index].raw }));
    const after = parse(applyEdits(document.text, edits));
    if (after.units.length !== document.units.length) return 'the new translation would break the unit markup around it';
    for (const index of subset) {
      const { unit, raw } = candidates[index];
      const again = after.units[unit.index];
      if (again.id.text !== unit.id.text || again.translation.raw !== raw) return 'the new translation would break the unit markup';
    }
    for (const [code, count] of problemCounts(after)) {
      if (count > (before.get(code) ?? 0)) {
        const problem = after.problems.find((candidate) => candidate.code === code);
        return `the new translation would add a ${code} problem${problem ? `: ${problem.message}` : ''}`;
      }
    }
    return undefined;
  };
  const rest: number[] = [];
  candidates.forEach(({ raw }, index) => {
    if (count(raw, /<span\b/gi) !== count(raw, /<\/span\s*>/gi)) broken.set(index, 'the new translation holds an unbalanced <span> or </span>, which would break the unit');
    else if (/\n[ \t]*\r?\n/.test(raw)) broken.set(index, 'the new translation holds an empty line, which would end the paragraph inside the unit');
    else if (startsYamlComment(document, candidates[index].unit, raw)) broken.set(index, 'the new translation holds " #", which would start a YAML comment in the unquoted front-matter value (quote the value first)');
    else rest.push(index);
  });
  const search = (subset: readonly number[], knownBroken?: string): void => {
    if (subset.length === 0) return;
    const reason = knownBroken ?? check(subset);
    if (reason === undefined) return;
    if (subset.length === 1) {
      broken.set(subset[0], reason);
      return;
    }
    const middle = subset.length >> 1;
    const first = subset.slice(0, middle);
    const second = subset.slice(middle);
    const firstReason = check(first);
    search(first, firstReason);
    // When the first half is fine, the second must hold what breaks the whole.
    search(second, firstReason === undefined ? reason : undefined);
  };
  search(rest);
  // Candidates fine apart may still clash together (rare); then none of them is imported rather than a broken file.
  const kept = rest.filter((index) => !broken.has(index));
  if (kept.length && check(kept) !== undefined) for (const index of kept) broken.set(index, 'the new translations together would break the article');
  return broken;
}

/**
 * A front-matter unit in a plain (unquoted) YAML value whose new text has ` #`: YAML would read
 * the rest of the line as a comment, silently (the value still parses, shorter).
 */
function startsYamlComment(document: SxsDocument, unit: Unit, raw: string): boolean {
  if (unit.block.kind !== 'front-matter' || !/[ \t]#/.test(raw) || /[ \t]#/.test(unit.translation.raw)) return false;
  const lineStart = document.text.lastIndexOf('\n', unit.range.start - 1) + 1;
  const valueStart = document.text.indexOf(':', lineStart);
  const before = document.text.slice(valueStart < 0 || valueStart > unit.range.start ? lineStart : valueStart + 1, unit.range.start);
  return !/["']/.test(before);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function problemCounts(document: SxsDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of document.problems) counts.set(problem.code, (counts.get(problem.code) ?? 0) + 1);
  return counts;
}
