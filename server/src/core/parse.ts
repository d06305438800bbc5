/**
 * `parse(text)`: the whole document model of a localized article, from any string.
 *
 * Never throws, linear in the input. Steps: front matter → line table (fences, headings,
 * containers) → unit scan → blocks and headings → the structural checks that need the whole file
 * (ids, text outside units, conflict markers, front-matter quoting).
 */
import { readFrontMatter } from './frontMatter';
import { innermostOpenTag } from './htmlContext';
import { buildLineTable, LineContainer, lineEndOf, type LineTable } from './lineTable';
import type { Block, FrontMatter, Heading, OffsetRange, Problem, SxsDocument, Unit } from './model';
import { findTextOutsideUnits } from './textOutsideUnits';
import { checkIds } from './idChecks';
import { scanUnits } from './unitScanner';

/** Parses a localized article. Works on any string: broken markup becomes problems, not errors. */
export function parse(text: string): SxsDocument {
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = readFrontMatter(text, bodyStart);
  const bodyStartsAt = frontMatter ? frontMatter.range.end : 0;
  const lines = buildLineTable(text, bodyStartsAt);
  const scan = scanUnits(text, lines, bodyStartsAt, (start, end, line) => blockOf(text, start, end, line, lines, frontMatter));
  const units = scan.units;
  const headings = collectHeadings(text, lines, units);
  const ids = checkIds(units);
  const problems: Problem[] = [
    ...scan.problems,
    ...ids.problems,
    ...lines.conflictMarkers.map((range): Problem => ({
      code: 'conflict-marker',
      message: 'merge-conflict marker left in the file',
      range,
    })),
    // Prose inside broken markup is already reported as that markup.
    ...findTextOutsideUnits(text, lines, units, noLocTerms(frontMatter)).filter((problem) => !overlapsAny(problem.range, scan.problems)),
    ...frontMatterProblems(frontMatter, units),
  ];
  problems.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { text, frontMatter, units, headings, problems, prefix: ids.prefix };
}

function overlapsAny(range: OffsetRange, problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.range.start < range.end && range.start < problem.range.end);
}

const ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*"([^"]*)"/i;
const YAML_KEY = /^\s*([\w.-]+)\s*:/;

/** The block a unit sits in, from its line and the characters around it. */
function blockOf(text: string, start: number, end: number, line: number, lines: LineTable, frontMatter: FrontMatter | undefined): Block {
  const lineStart = lines.lineStarts[line];
  if (frontMatter && start < frontMatter.range.end) {
    const key = YAML_KEY.exec(text.slice(lineStart, start))?.[1];
    return key ? { kind: 'front-matter', key } : { kind: 'front-matter' };
  }
  const level = lines.headingLevel[line];
  if (level) {
    const anchor = ANCHOR.exec(text.slice(lineStart, lineEndOf(text, lines.lineStarts, line)))?.[1];
    return anchor === undefined ? { kind: 'heading', headingLevel: level } : { kind: 'heading', headingLevel: level, anchor };
  }
  if (text.charCodeAt(start - 1) === 91 /* [ */ && text.startsWith('](', end)) return { kind: 'link-text' };
  switch (lines.container[line] as LineContainer) {
    case LineContainer.ListItem:
      return { kind: 'list-item' };
    case LineContainer.TableRow:
      return { kind: 'table-cell' };
    case LineContainer.Blockquote:
      return { kind: 'blockquote' };
    case LineContainer.Alert:
      return { kind: 'alert' };
    case LineContainer.Html: {
      const tag = innermostOpenTag(text.slice(lineStart, start));
      return tag ? { kind: 'html', tag } : { kind: 'html' };
    }
    default:
      return { kind: 'paragraph' };
  }
}

/** ATX headings outside code, titled by the translations and sources of their units. */
function collectHeadings(text: string, lines: LineTable, units: readonly Unit[]): Heading[] {
  const headings: Heading[] = [];
  let next = 0;
  for (let line = 0; line < lines.headingLevel.length; line++) {
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
      anchor: ANCHOR.exec(text.slice(start, end))?.[1],
      title: headingTitle(text, content, end, onLine, units, 'translation'),
      sourceTitle: headingTitle(text, content, end, onLine, units, 'source'),
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

function noLocTerms(frontMatter: FrontMatter | undefined): string[] {
  const value = frontMatter?.data?.['no-loc'];
  return Array.isArray(value) ? value.filter((term): term is string => typeof term === 'string' && term.length > 0) : [];
}

/** A front matter that no longer parses as YAML, most often because a unit's quotes broke it. */
function frontMatterProblems(frontMatter: FrontMatter | undefined, units: readonly Unit[]): Problem[] {
  if (!frontMatter?.error) return [];
  const inside = units.filter((unit) => unit.block.kind === 'front-matter');
  const range = inside.length ? inside[0].range : frontMatter.contentRange;
  const firstLine = frontMatter.error.split('\n')[0];
  return [
    {
      code: 'front-matter-quoting',
      message: inside.length
        ? `the front matter is no longer valid YAML (a unit's quoting breaks it): ${firstLine}`
        : `the front matter is not valid YAML: ${firstLine}`,
      range,
    },
  ];
}
