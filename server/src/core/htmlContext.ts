/**
 * The raw-HTML element a unit sits in (`<td><p><span …>` → `p`), read with htmlparser2's
 * parser over the part of the line before the unit.
 */
import { Parser } from 'htmlparser2';

const VOID_ELEMENTS = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track']);

/** The innermost element still open at the end of `html`, or undefined. */
export function innermostOpenTag(html: string): string | undefined {
  return new OpenTagTracker(html).innermostBefore(0, html.length);
}

/**
 * The innermost open element before offsets of one text, for the units of a scan. A table row
 * written as HTML holds many units on one line; htmlparser2 gives the same events whether its
 * input comes whole or in pieces, so each unit continues the parse of its line where the previous
 * unit left it instead of reading the line from its start again.
 */
export class OpenTagTracker {
  private lineStart = -1;
  private written = -1;
  private open: string[] = [];
  private parser: Parser | undefined;

  constructor(private readonly text: string) {}

  /** The innermost element open between `lineStart` and `offset` (offsets on a line only grow). */
  innermostBefore(lineStart: number, offset: number): string | undefined {
    if (lineStart !== this.lineStart || offset < this.written || !this.parser) {
      this.lineStart = lineStart;
      this.written = lineStart;
      this.open = [];
      this.parser = openTagParser(this.open);
    }
    // No parser.end(): the elements must stay open, not be closed by an implied end.
    this.parser.write(this.text.slice(this.written, offset));
    this.written = offset;
    return this.open.at(-1);
  }
}

/** A parser that keeps `open` as the stack of elements not yet closed. */
function openTagParser(open: string[]): Parser {
  return new Parser(
    {
      onopentagname(name) {
        if (!VOID_ELEMENTS.has(name)) open.push(name);
      },
      onclosetag(name, isImplied) {
        if (isImplied && VOID_ELEMENTS.has(name)) return;
        const index = open.lastIndexOf(name);
        if (index !== -1) open.length = index;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
}
