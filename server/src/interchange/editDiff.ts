/**
 * A unified diff of an article before and after edits, built from the edits themselves (each
 * hunk the whole lines an edit touches), for `sxs import --dry-run`.
 */
import { LineIndex, lineContaining } from '../core/lineIndex';
import type { OffsetEdit } from '../core/model';

/** `--- a/PATH` / `+++ b/PATH` and one hunk per group of touched lines; empty without edits. */
export function unifiedDiffOfEdits(text: string, edits: readonly OffsetEdit[], path: string): string {
  if (edits.length === 0) return '';
  const { lineStarts } = new LineIndex(text);
  const lineOf = (offset: number): number => lineContaining(lineStarts, offset);
  // Groups of edits whose lines touch, as [first line, last line, edits].
  const groups: { first: number; last: number; edits: OffsetEdit[] }[] = [];
  for (const edit of edits) {
    const first = lineOf(edit.range.start);
    const last = lineOf(Math.max(edit.range.start, edit.range.end - 1));
    const group = groups[groups.length - 1];
    if (group && first <= group.last) {
      group.last = Math.max(group.last, last);
      group.edits.push(edit);
    } else groups.push({ first, last, edits: [edit] });
  }
  const output = [`--- a/${path}`, `+++ b/${path}`];
  let shift = 0;
  for (const group of groups) {
    const start = lineStarts[group.first];
    const end = group.last + 1 < lineStarts.length ? lineStarts[group.last + 1] : text.length;
    let after = '';
    let cursor = start;
    for (const edit of group.edits) {
      after += text.slice(cursor, edit.range.start) + edit.newText;
      cursor = edit.range.end;
    }
    after += text.slice(cursor, end);
    const oldLines = splitLines(text.slice(start, end));
    const newLines = splitLines(after);
    output.push(`@@ -${group.first + 1},${oldLines.length} +${group.first + 1 + shift},${newLines.length} @@`);
    output.push(...oldLines.map((line) => `-${line}`), ...newLines.map((line) => `+${line}`));
    shift += newLines.length - oldLines.length;
  }
  return `${output.join('\n')}\n`;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
