/**
 * A grid edit as a change of the document: the cell a translator edited becomes the exact bytes
 * of that unit's translation half, and nothing else. Refused, with the reason, when the half
 * changed meanwhile, when the paired chips would be less balanced than before, or when the new
 * bytes would break the unit markup or the front matter around it.
 *
 * Pure: no `vscode`. The extension turns the offsets into a WorkspaceEdit.
 */
import type { OffsetRange, SxsDocument, Unit } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { cellOfHalf, translationBytes, unmatchedChips, type Cell } from './segmentCells';

/** Why an edit is refused. */
export type EditRefusal =
  /** The unit is gone, or its translation changed since the grid showed it. */
  | 'conflict'
  /** A paired chip (`**`, `<b>`, a link) would lose its partner. */
  | 'unbalanced'
  /** The typed text would end the unit's span or break its markup. */
  | 'breaks-unit'
  /** The typed text would break the YAML of the front matter. */
  | 'breaks-front-matter';

/** What the grid asks: unit `unit` (its id `id`), whose translation was `base` when shown, becomes `cell`. */
export interface TranslationEditRequest {
  readonly unit: number;
  readonly id: string;
  readonly base: string;
  readonly cell: Cell;
}

export type TranslationEdit =
  | { readonly ok: true; readonly range: OffsetRange; readonly newText: string; readonly unchanged: boolean }
  | { readonly ok: false; readonly refusal: EditRefusal };

/** The replacement of one translation half that the request means, or why it cannot be made. */
export function translationEdit(model: SxsDocument, request: TranslationEditRequest): TranslationEdit {
  const unit = model.units[request.unit];
  if (!unit || unit.id.text !== request.id || unit.translation.raw !== request.base) return { ok: false, refusal: 'conflict' };
  const range = unit.translation.range;
  const newText = translationBytes(request.cell, unit.block.kind === 'table-cell');
  if (newText === request.base) return { ok: true, range, newText, unchanged: true };
  const before = cellOfHalf(model.text, range.start, range.end, unit.translation.tokens);
  if (unmatchedChips(request.cell) > unmatchedChips(before)) return { ok: false, refusal: 'unbalanced' };
  const refusal = unit.block.kind === 'front-matter' ? frontMatterRefusal(model, unit, newText) : unitRefusal(model.text, unit, newText);
  return refusal ? { ok: false, refusal } : { ok: true, range, newText, unchanged: false };
}

/**
 * Whether the paragraph around the unit, read again with the new half, still has the same
 * units with the same English, the other translations untouched. Units never cross a blank
 * line, so the paragraph is all an inline change can reach (a stray backtick, a `</span>`).
 */
function unitRefusal(text: string, unit: Unit, newText: string): EditRefusal | undefined {
  const { start, end } = paragraphAround(text, unit.range.start, unit.range.end);
  const original = text.slice(start, end);
  const half = { start: unit.translation.range.start - start, end: unit.translation.range.end - start };
  const candidate = original.slice(0, half.start) + newText + original.slice(half.end);
  const before = parse(original);
  const after = parse(candidate);
  const edited = before.units.findIndex((other) => other.range.start === unit.range.start - start);
  const same =
    edited >= 0 &&
    after.units.length === before.units.length &&
    after.units.every((other, i) => {
      const was = before.units[i];
      const translation = i === edited ? newText : was.translation.raw;
      return other.id.text === was.id.text && other.source?.raw === was.source?.raw && other.translation.raw === translation;
    }) &&
    brokenMarkup(after) <= brokenMarkup(before);
  return same ? undefined : 'breaks-unit';
}

function brokenMarkup(model: SxsDocument): number {
  return model.problems.filter((problem) => problem.code === 'malformed-unit' || problem.code === 'entity-escaped-markup').length;
}

/** How far a paragraph is looked for on each side of a unit (a hostile file may have no blank line). */
const PARAGRAPH_LIMIT = 65_536;

/** From the line after the blank line before `start` to the end of the line before the blank line after `end`. */
export function paragraphAround(text: string, start: number, end: number): OffsetRange {
  let from = text.lastIndexOf('\n', start - 1);
  while (from > 0 && start - from < PARAGRAPH_LIMIT) {
    const previous = text.lastIndexOf('\n', from - 1);
    if (text.slice(previous + 1, from).trim() === '') break;
    from = previous;
  }
  let to = text.indexOf('\n', end);
  while (to >= 0 && to - end < PARAGRAPH_LIMIT) {
    const next = text.indexOf('\n', to + 1);
    if (text.slice(to + 1, next < 0 ? text.length : next).trim() === '') break;
    to = next;
  }
  return { start: from < 0 ? 0 : from + 1, end: to < 0 ? text.length : to };
}

/** Whether the front matter with the new half still parses with the same units. */
function frontMatterRefusal(model: SxsDocument, unit: Unit, newText: string): EditRefusal | undefined {
  const frontMatter = model.frontMatter;
  if (!frontMatter) return 'breaks-front-matter';
  const end = frontMatter.range.end;
  const head = model.text.slice(0, end);
  const { start, end: halfEnd } = unit.translation.range;
  const edited = parse(head.slice(0, start) + newText + head.slice(halfEnd));
  const before = model.units.filter((other) => other.block.kind === 'front-matter');
  const after = edited.units.filter((other) => other.block.kind === 'front-matter');
  const sameUnits = after.length === before.length && after.every((other, i) => other.id.text === before[i].id.text && other.source?.raw === before[i].source?.raw);
  const position = before.indexOf(unit);
  const yamlKept = frontMatter.error !== undefined || edited.frontMatter?.error === undefined;
  return sameUnits && yamlKept && after[position]?.translation.raw === newText ? undefined : 'breaks-front-matter';
}
