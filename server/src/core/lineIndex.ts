/**
 * Offset ⇄ line/character conversion, the only place line numbers are computed.
 * Line breaks are `\n`, `\r\n` and `\r`, as in the Language Server Protocol; characters are
 * UTF-16 code units.
 */

/** Zero-based line and UTF-16 character, as the Language Server Protocol counts them. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** Start offsets of every line of a text, with binary-search conversion both ways. */
export class LineIndex {
  /** Offset of the first character of each line; `lineStarts[0]` is 0. */
  readonly lineStarts: readonly number[];

  /** `lineStarts`, when the caller already has them for this text (a parse keeps them), saves a pass over it. */
  constructor(
    readonly text: string,
    lineStarts?: readonly number[],
  ) {
    this.lineStarts = lineStarts ?? computeLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line that holds `offset` (offsets past the end belong to the last line). */
  lineAt(offset: number): number {
    return lineContaining(this.lineStarts, offset);
  }

  positionAt(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** The offset of a position; characters past the line's end clamp to it. */
  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    return lineEndOf(this.text, this.lineStarts, line);
  }
}

/** Offset of the end of a line's content, before its line break. */
export function lineEndOf(text: string, lineStarts: readonly number[], line: number): number {
  if (line + 1 >= lineStarts.length) return text.length;
  let end = lineStarts[line + 1] - 1;
  if (end > lineStarts[line] && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The line of `offset`, by binary search over line starts. */
export function lineContaining(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Offsets of line starts; linear. Both break characters are found with `indexOf`, which runs in
 * native code: a loop over every character costs five times as much on a 10 MB text with `\r\n`.
 */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (lineFeed !== -1 || carriageReturn !== -1) {
    if (carriageReturn === -1 || (lineFeed !== -1 && lineFeed < carriageReturn)) {
      starts.push(lineFeed + 1);
      lineFeed = text.indexOf('\n', lineFeed + 1);
      continue;
    }
    // A `\r` and the `\n` right after it are one break; a lone `\r` is a break of its own.
    if (lineFeed === carriageReturn + 1) {
      starts.push(lineFeed + 1);
      lineFeed = text.indexOf('\n', lineFeed + 1);
    } else {
      starts.push(carriageReturn + 1);
    }
    carriageReturn = text.indexOf('\r', carriageReturn + 1);
  }
  return starts;
}
