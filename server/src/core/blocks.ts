/** Naming the Markdown block a unit sits in, from its line and the characters around it. */
import { detached } from './detached';
import { OpenTagTracker } from './htmlContext';
import { lineEndOf } from './lineIndex';
import { LineContainer, type LineTable } from './lineTable';
import type { Block, FrontMatter } from './model';

/** `<a name="slug">` or the older `<a href="" id="slug">`: the anchor that keeps the English slug. */
export const HEADING_ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*"([^"]*)"/i;
const YAML_KEY = /^\s*([\w.-]+)\s*:/;

// Blocks without details are shared: a parse allocates nothing for them.
const PARAGRAPH: Block = Object.freeze({ kind: 'paragraph' });
const LIST_ITEM: Block = Object.freeze({ kind: 'list-item' });
const TABLE_CELL: Block = Object.freeze({ kind: 'table-cell' });
const BLOCKQUOTE: Block = Object.freeze({ kind: 'blockquote' });
const ALERT: Block = Object.freeze({ kind: 'alert' });
const LINK_TEXT: Block = Object.freeze({ kind: 'link-text' });
const HTML: Block = Object.freeze({ kind: 'html' });
const FRONT_MATTER: Block = Object.freeze({ kind: 'front-matter' });

/**
 * The block of the unit spanning `start`–`end` that starts on `line`. A scan passes one
 * `openTags` tracker for all its units, so units on one HTML line share one parse of it.
 */
export function blockOf(
  text: string,
  start: number,
  end: number,
  line: number,
  lines: LineTable,
  frontMatter: FrontMatter | undefined,
  openTags: OpenTagTracker = new OpenTagTracker(text),
): Block {
  const lineStart = lines.lineStarts[line];
  if (frontMatter && start < frontMatter.range.end) {
    const key = YAML_KEY.exec(text.slice(lineStart, start))?.[1];
    return key ? { kind: 'front-matter', key } : FRONT_MATTER;
  }
  const level = lines.headingLevel[line];
  if (level) {
    const anchor = HEADING_ANCHOR.exec(text.slice(lineStart, lineEndOf(text, lines.lineStarts, line)))?.[1];
    // A copy: the block is kept from version to version, and a slice would keep the text alive.
    return anchor === undefined ? { kind: 'heading', headingLevel: level } : { kind: 'heading', headingLevel: level, anchor: detached(anchor) };
  }
  if (text.charCodeAt(start - 1) === 91 /* [ */ && text.startsWith('](', end)) return LINK_TEXT;
  switch (lines.container[line] as LineContainer) {
    case LineContainer.ListItem:
      return LIST_ITEM;
    case LineContainer.TableRow:
      return TABLE_CELL;
    case LineContainer.Blockquote:
      return BLOCKQUOTE;
    case LineContainer.Alert:
      return ALERT;
    case LineContainer.Html: {
      const tag = openTags.innermostBefore(lineStart, start);
      return tag ? { kind: 'html', tag } : HTML;
    }
    default:
      return PARAGRAPH;
  }
}
