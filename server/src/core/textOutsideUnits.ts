/**
 * Prose on a segmented line that belongs to no unit: a reader of the page sees it untranslated
 * and the reviewer has no English for it. Markdown and HTML syntax, links, code, numbers,
 * punctuation and the front matter's `no-loc` terms are allowed between units.
 */
import { lineEndOf } from './lineIndex';
import type { LineTable } from './lineTable';
import type { OffsetRange, Problem, Unit } from './model';

/** Syntax that may stand between units, each replaced by spaces so offsets stay true. */
const ALLOWED = new RegExp(
  [
    '<!--[\\s\\S]*?-->', // comments
    '<[^>\\n]*>', // HTML tags and anchors
    '`+[^`]*`+', // code spans
    '\\]\\([^)\\n]*\\)', // link destinations
    '\\[![A-Za-z]+[^\\]]*\\]', // alerts and [!INCLUDE …] / [!div …]
    ':::[^:\\n]*:::', // directives
    '\\b(?:https?|ftp|mailto):[^\\s)<>\\]]+', // URLs
    '&#?[A-Za-z0-9]+;', // entities
    '\\{[^}\\n]*\\}', // attribute lists {.class}
  ].join('|'),
  'g',
);

/** A word of two or more letters; single letters serve as list labels (`a.`). */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]+/u;

/** The runs of prose between units, one problem per run. */
export function findTextOutsideUnits(text: string, lines: LineTable, units: readonly Unit[], noLocTerms: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  let covered = 0; // end of the last unit: a unit may run onto the next lines
  let index = 0;
  while (index < units.length) {
    const line = units[index].line;
    if (units[index].block.kind === 'front-matter') {
      covered = units[index++].range.end;
      continue;
    }
    const lineEnd = lineEndOf(text, lines.lineStarts, line);
    let position = Math.max(lines.lineStarts[line], covered);
    while (index < units.length && units[index].line === line) {
      const unit = units[index++];
      reportProse(text, { start: position, end: unit.range.start }, noLocTerms, problems);
      position = Math.max(position, unit.range.end);
    }
    covered = position;
    if (position < lineEnd) reportProse(text, { start: position, end: lineEnd }, noLocTerms, problems);
  }
  return problems;
}

function reportProse(text: string, gap: OffsetRange, noLocTerms: readonly string[], problems: Problem[]): void {
  if (gap.end - gap.start < 2 || !mayHoldProse(text, gap)) return;
  let masked = text.slice(gap.start, gap.end).replace(ALLOWED, (match) => ' '.repeat(match.length));
  for (const term of noLocTerms) masked = masked.split(term).join(' '.repeat(term.length));
  const word = WORD.exec(masked);
  if (!word) return;
  let last = word.index + word[0].length;
  const global = new RegExp(WORD.source, 'gu');
  global.lastIndex = last;
  for (let next = global.exec(masked); next; next = global.exec(masked)) last = next.index + next[0].length;
  const prose = masked.slice(word.index, last);
  problems.push({
    code: 'text-outside-units',
    message: `text outside any unit: "${prose.length > 60 ? prose.slice(0, 57) + '…' : prose}" has no translation unit`,
    range: { start: gap.start + word.index, end: gap.start + last },
  });
}

/**
 * A quick look before the regular expressions: most gaps are list markers, pipes, spaces and
 * anchors. True when a letter stands outside any `<…>` tag, so the full check must run.
 */
function mayHoldProse(text: string, gap: OffsetRange): boolean {
  for (let i = gap.start; i < gap.end; i++) {
    const code = text.charCodeAt(i);
    if (code === 60 /* < */) {
      const close = text.indexOf('>', i);
      if (close === -1 || close >= gap.end) return true;
      i = close;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 0x7f && code !== 0xa0 && !(code >= 0x2000 && code <= 0x206f))) {
      return true;
    }
  }
  return false;
}
