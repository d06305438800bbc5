/** ATX headings outside code, titled by the translations and the sources of their units. */
import { HEADING_ANCHOR } from './blocks';
import { lineEndOf } from './lineIndex';
import type { LineTable } from './lineTable';
import type { Heading, Unit } from './model';
import { firstUnitFrom } from './unitSearch';
import { detached } from './detached';

/**
 * The headings on lines `fromLine` to `toLine` (all by default), with the indices of the units
 * on their lines; `units` is every unit of the document.
 */
export function collectHeadings(text: string, lines: LineTable, units: readonly Unit[], fromLine = 0, toLine = lines.headingLevel.length): Heading[] {
  const headings: Heading[] = [];
  let next = firstUnitFrom(units, lines.lineStarts[fromLine] ?? text.length);
  for (let line = fromLine; line < toLine; line++) {
    const level = lines.headingLevel[line];
    if (!level) continue;
    const start = lines.lineStarts[line];
    const end = lineEndOf(text, lines.lineStarts, line);
    while (next < units.length && units[next].range.start < start) next++;
    const onLine: number[] = [];
    while (next < units.length && units[next].range.start < end) onLine.push(next++);
    const content = start + text.slice(start, end).indexOf('#') + level;
    headings.push({
      level,
      range: { start, end },
      line,
      // Copies: headings are kept from version to version, and a slice would keep the text alive.
      anchor: detachedOrUndefined(HEADING_ANCHOR.exec(text.slice(start, end))?.[1]),
      title: detached(headingTitle(text, content, end, onLine, units, 'translation')),
      sourceTitle: detached(headingTitle(text, content, end, onLine, units, 'source')),
      units: onLine,
    });
  }
  return headings;
}

/** The heading text a reader sees: each unit replaced by one half, anchors and closing #s dropped. */
function headingTitle(text: string, start: number, end: number, onLine: readonly number[], units: readonly Unit[], half: 'translation' | 'source'): string {
  let title = '';
  let position = start;
  for (const index of onLine) {
    const unit = units[index];
    title += text.slice(position, unit.range.start);
    title += (half === 'source' ? unit.source?.text : undefined) ?? unit.translation.text;
    position = unit.range.end;
  }
  title += text.slice(position, end);
  return title
    .replace(/<a\s[^>]*>\s*<\/a>/gi, '')
    .replace(/\s#+\s*$/, '')
    .trim();
}

function detachedOrUndefined(value: string | undefined): string | undefined {
  return value === undefined ? undefined : detached(value);
}
