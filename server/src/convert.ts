/**
 * The edge between the model and the Language Server Protocol: the only place where UTF-16
 * offsets become line/character positions and back. Everything inside works on offsets.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from './core/lineIndex';
import type { OffsetEdit, OffsetRange } from './core/model';

/** The LSP position of an offset. */
export function toPosition(lines: LineIndex, offset: number): Position {
  const { line, character } = lines.positionAt(offset);
  return { line, character };
}

/** The LSP range of an offset range. */
export function toRange(lines: LineIndex, range: OffsetRange): Range {
  return { start: toPosition(lines, range.start), end: toPosition(lines, range.end) };
}

/** The offset of an LSP position; positions past a line's end clamp to it. */
export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

/** The offset range of an LSP range, start and end ordered. */
export function toOffsetRange(lines: LineIndex, range: Range): OffsetRange {
  const start = toOffset(lines, range.start);
  const end = toOffset(lines, range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

/** The LSP text edit of an offset edit. */
export function toTextEdit(lines: LineIndex, edit: OffsetEdit): TextEdit {
  return { range: toRange(lines, edit.range), newText: edit.newText };
}
