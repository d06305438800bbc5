/**
 * An article as exchange units, the neutral form both XLIFF versions are written from: one per
 * unit (front-matter units too), the English half as source and the translation half as target,
 * both as text and inline codes, with a state and a key unique in the file.
 */
import type { SxsDocument, Unit } from '../core/model';
import { joinPieces, piecesOfHalf, type Piece } from './inlineCodes';
import { InterchangeError } from './interchangeError';
import { describeCharacter, firstNonXmlCharacter } from './xmlText';

/** How far a unit is: empty translation, translation equal to the English, English changed since, translated. */
export type UnitState = 'new' | 'unchanged' | 'stale' | 'translated';

export interface ExchangeUnit {
  /** Unique in the file: the unit id, `id.2`, `id.3`… for repeats. */
  readonly key: string;
  /** The unit id as written in the article. */
  readonly unitId: string;
  readonly source: readonly Piece[];
  /** The translation; for a `new` unit with `copySourceToEmptyTargets`, a copy of the source. */
  readonly target: readonly Piece[];
  readonly state: UnitState;
  /** Where the unit sits, for the translator (`heading 2`, `front matter: title`). */
  readonly context: string;
}

export interface ExchangeFile {
  /** The article's path as the user sees it (relative to the workspace folder). */
  readonly path: string;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly sourceGitCommit: string | undefined;
  readonly units: readonly ExchangeUnit[];
  /** Units that cannot travel (no English half, characters XML cannot hold), with the reason. */
  readonly skipped: readonly { readonly unitId: string; readonly reason: string }[];
}

export interface ExchangeOptions {
  /** The article's path, written as the file's `original`. */
  readonly path: string;
  /** The target language; default the front matter's `ms.contentlocale`. */
  readonly locale?: string;
  /** Unit ids (as written) whose English changed since they were translated. */
  readonly staleUnitIds?: ReadonlySet<string>;
  /**
   * Empty translations get a copy of the English as target (state `new`), as OmegaT needs to
   * translate them; an import ignores a target still equal to its source. Default true.
   */
  readonly copySourceToEmptyTargets?: boolean;
}

export const SOURCE_LANGUAGE = 'en-us';

/** The exchange units of a parsed article. */
export function exchangeFileOf(document: SxsDocument, options: ExchangeOptions): ExchangeFile {
  const targetLanguage = options.locale ?? document.frontMatter?.keys.contentLocale;
  if (!targetLanguage) throw new InterchangeError(`${options.path}: the article names no locale (ms.contentlocale) and none was given`);
  const units: ExchangeUnit[] = [];
  const skipped: { unitId: string; reason: string }[] = [];
  const keys = unitKeys(document.units);
  const copySource = options.copySourceToEmptyTargets ?? true;
  for (const unit of document.units) {
    const unitId = unit.id.text;
    if (!unit.source) {
      skipped.push({ unitId, reason: 'it has no English (sxs-lookup) half' });
      continue;
    }
    const bad = firstNonXmlCharacter(unit.source.raw) ?? firstNonXmlCharacter(unit.translation.raw);
    if (bad !== undefined) {
      skipped.push({ unitId, reason: `it holds ${describeCharacter(bad)}, which XML cannot carry` });
      continue;
    }
    const source = piecesOfHalf(document.text, unit.source.range.start, unit.source.range.end, unit.source.tokens);
    const translation = piecesOfHalf(document.text, unit.translation.range.start, unit.translation.range.end, unit.translation.tokens);
    const state = stateOf(unit, options.staleUnitIds);
    const target = state === 'new' && copySource ? source : translation;
    units.push({ key: keys[unit.index], unitId, source, target, state, context: contextOf(unit) });
  }
  return { path: options.path, sourceLanguage: SOURCE_LANGUAGE, targetLanguage, sourceGitCommit: document.frontMatter?.keys.sourceGitCommit, units, skipped };
}

/** Keys unique in the file, by unit index: the id, then `id.2`, `id.3`… for repeated ids. */
export function unitKeys(units: readonly Unit[]): string[] {
  const seen = new Map<string, number>();
  return units.map((unit) => {
    const id = unit.id.text;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const base = /^[\p{L}\p{N}_.:-]+$/u.test(id) ? id : `unit-${unit.index + 1}`;
    return count === 1 ? base : `${base}.${count}`;
  });
}

function stateOf(unit: Unit, stale: ReadonlySet<string> | undefined): UnitState {
  const translation = unit.translation.raw;
  if (translation.trim() === '') return 'new';
  if (stale?.has(unit.id.text)) return 'stale';
  if (unit.source && translation === unit.source.raw) return 'unchanged';
  return 'translated';
}

function contextOf(unit: Unit): string {
  const block = unit.block;
  if (block.kind === 'front-matter') return block.key ? `front matter: ${block.key}` : 'front matter';
  if (block.kind === 'heading') return `heading ${block.headingLevel ?? ''}`.trim();
  if (block.kind === 'html') return block.tag ? `HTML <${block.tag}>` : 'HTML';
  return block.kind.replace('-', ' ');
}

/**
 * Code numbers for a source and its target: source codes are numbered in order (a pair takes
 * one number); a target code gets the number of a source code with the same original text,
 * else with the same opening text (a link whose URL is localized), else of the same kind, in
 * order; the rest fresh numbers. The same numbering serves XLIFF ids and TMX `x`, so OmegaT
 * matches memory entries with codes.
 */
export function numberCodes(source: readonly Piece[], target: readonly Piece[]): { source: number[]; target: number[] } {
  const sourceNumbers = numberInOrder(source, () => 0);
  const sourceCodes = codesOf(source, sourceNumbers);
  let next = Math.max(0, ...sourceNumbers) + 1;
  const targetCodes = codesOf(target, new Array<number>(target.length).fill(0));
  const taken = new Set<number>();
  const assigned = new Map<number, number>(); // target piece index → number
  for (const sameCode of [exactKey, openingKey, kindKey]) {
    for (const code of targetCodes) {
      if (assigned.has(code.index)) continue;
      const match = sourceCodes.find((candidate) => !taken.has(candidate.number) && sameCode(candidate) === sameCode(code));
      if (match) {
        taken.add(match.number);
        assigned.set(code.index, match.number);
      }
    }
  }
  const targetNumbers = numberInOrder(target, (index) => assigned.get(index) ?? next++);
  return { source: sourceNumbers, target: targetNumbers };
}

/** Numbers for codes in order (a close takes its open's); `choose` gives an opening or standalone code its number. */
function numberInOrder(pieces: readonly Piece[], choose: (index: number) => number): number[] {
  const numbers = new Array<number>(pieces.length).fill(0);
  const pairs = new Map<number, number>();
  let next = 1;
  pieces.forEach((piece, index) => {
    if (piece.kind === 'text') return;
    if (piece.kind === 'close') numbers[index] = pairs.get(piece.pair) ?? 0;
    else {
      const chosen = choose(index) || next;
      next = Math.max(next, chosen) + 1;
      numbers[index] = chosen;
      if (piece.kind === 'open') pairs.set(piece.pair, chosen);
    }
  });
  return numbers;
}

interface NumberedCode {
  readonly index: number;
  readonly number: number;
  readonly kind: 'pair' | 'standalone';
  readonly type: string;
  readonly open: string;
  readonly close: string;
}

function codesOf(pieces: readonly Piece[], numbers: readonly number[]): NumberedCode[] {
  const closes = new Map<number, string>();
  for (const piece of pieces) if (piece.kind === 'close') closes.set(piece.pair, piece.raw);
  const codes: NumberedCode[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind === 'standalone') codes.push({ index, number: numbers[index], kind: 'standalone', type: piece.type, open: piece.raw, close: '' });
    else if (piece.kind === 'open') codes.push({ index, number: numbers[index], kind: 'pair', type: piece.type, open: piece.raw, close: closes.get(piece.pair) ?? '' });
  });
  return codes;
}

const exactKey = (code: NumberedCode): string => `${code.kind}\u0000${code.open}\u0000${code.close}`;
const openingKey = (code: NumberedCode): string => `${code.kind}\u0000${code.open}`;
const kindKey = (code: NumberedCode): string => `${code.kind}\u0000${code.type}`;

/** The original text of the target (for tests and the import's comparisons). */
export function targetText(unit: ExchangeUnit): string {
  return joinPieces(unit.target);
}
