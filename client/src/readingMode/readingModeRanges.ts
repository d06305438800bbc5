/**
 * What reading mode hides and what it dims, so a translation reads as prose: the sxs-lookup
 * half of each unit (with the `</span>` that closes the translation) is hidden, the opening
 * `<span data-ttu-id="…">` and heading anchors are dimmed. Units on a line the cursor or a
 * selection touches are only dimmed, never hidden, so the caret can never sit or type inside
 * text the reviewer cannot see.
 */
import type { Range } from 'vscode-languageserver-types';
import type { UnitSummary } from '../../../server/src/protocol';
import { rangeMeetsLines } from '../shared/lspPositions';
import { LineIndex } from '../../../server/src/core/lineIndex';

/** The part of a unit summary reading mode needs. */
export type ReadingModeUnit = Pick<UnitSummary, 'range' | 'translationRange'>;

/** Lines from `first` to `last`, both included, that hold a cursor or a selection. */
export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

/** The ranges to hide and to dim in one editor. */
export interface ReadingModeRanges {
  readonly hidden: Range[];
  readonly dimmed: Range[];
}

/** `<a name="slug"></a>` and the older `<a href="" id="slug"></a>` that keep English heading slugs. */
const headingAnchorPattern = /<a (?:name="[^"\n]*"|href="[^"\n]*" id="[^"\n]*")><\/a>/g;

/** The hidden and dimmed ranges of a document in reading mode, given where the cursors are. */
export function readingModeRanges(text: string, units: readonly ReadingModeUnit[], cursorLines: readonly LineSpan[]): ReadingModeRanges {
  const hidden: Range[] = [];
  const dimmed: Range[] = [];
  for (const unit of units) {
    dimmed.push({ start: unit.range.start, end: unit.translationRange.start });
    const lookupHalf = { start: unit.translationRange.end, end: unit.range.end };
    const underCursor = cursorLines.some((span) => rangeMeetsLines(unit.range, span.first, span.last));
    (underCursor ? dimmed : hidden).push(lookupHalf);
  }
  const lines = new LineIndex(text);
  for (const match of text.matchAll(headingAnchorPattern)) {
    const start = match.index ?? 0;
    dimmed.push({ start: lines.positionAt(start), end: lines.positionAt(start + match[0].length) });
  }
  return { hidden, dimmed };
}
