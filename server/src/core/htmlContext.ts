/**
 * The raw-HTML element a unit sits in (`<td><p><span …>` → `p`), read with htmlparser2's
 * parser over the part of the line before the unit.
 */
import { Parser } from 'htmlparser2';

const VOID_ELEMENTS = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track']);

/** The innermost element still open at the end of `html`, or undefined. */
export function innermostOpenTag(html: string): string | undefined {
  const open: string[] = [];
  const parser = new Parser(
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
  parser.write(html);
  // No parser.end(): the elements must stay open, not be closed by an implied end.
  return open.at(-1);
}
