/**
 * Offsets to line/character positions for text the client holds as a plain string (the pure
 * modules have no `vscode.TextDocument`). Lines end at `\n`; a `\r` before it stays on the line,
 * as in LSP positions of CRLF files the `\r` is never addressed by a cursor anyway.
 */
import type { Position, Range } from 'vscode-languageserver-types';

/** Offsets at which each line of `text` starts. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The position of `offset`, given the line starts of its text. */
export function positionAtOffset(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - lineStarts[low] };
}

/** The range of `[start, end)`, given the line starts of its text. */
export function rangeOfOffsets(lineStarts: readonly number[], start: number, end: number): Range {
  return { start: positionAtOffset(lineStarts, start), end: positionAtOffset(lineStarts, end) };
}
