/**
 * The unit tags as markdown-it hands them over: each `html_inline` token is one tag. Its name
 * and attributes are read by htmlparser2 (never by a pattern), and only the three tags of the
 * unit markup matter: `<span data-ttu-id>` opens a translation, `<span class="sxs-lookup">`
 * wraps the English, `<span data-stu-id>` opens it.
 */
import { Parser } from 'htmlparser2';

/** One tag of an `html_inline` token. */
export type InlineTag =
  | { readonly kind: 'translation'; readonly id: string }
  | { readonly kind: 'lookup' }
  | { readonly kind: 'source'; readonly id: string }
  | { readonly kind: 'otherSpan' }
  | { readonly kind: 'spanEnd' }
  | { readonly kind: 'other' };

/** What the tag in `html` (one `html_inline` token) is. */
export function inlineTag(html: string): InlineTag {
  let tag: InlineTag = { kind: 'other' };
  let seen = false;
  // htmlparser2 reports an end tag only when it closes an open element: a probe span is opened
  // first, and its own open event skipped.
  let probeOpened = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!probeOpened) {
          probeOpened = true;
          return;
        }
        if (seen) return;
        seen = true;
        if (name !== 'span') return;
        const translationId = attributes['data-ttu-id'];
        const sourceId = attributes['data-stu-id'];
        if (translationId !== undefined) tag = { kind: 'translation', id: translationId };
        else if (sourceId !== undefined) tag = { kind: 'source', id: sourceId };
        else if ((attributes.class ?? '').split(/\s+/).includes('sxs-lookup')) tag = { kind: 'lookup' };
        else tag = { kind: 'otherSpan' };
      },
      onclosetag(name, isImplied) {
        if (seen || isImplied) return;
        seen = true;
        if (name === 'span') tag = { kind: 'spanEnd' };
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(`<span>${html}`);
  parser.end();
  return tag;
}
