/**
 * Document text made safe to show as Markdown in a hover.
 *
 * The halves of a unit are text from the file under review, so they may carry anything:
 * `<img onerror=…>`, `[click](command:…)`, `[x](javascript:…)`. VS Code renders hovers with
 * `isTrusted` false, which already blocks command links, but the hover must not depend on it:
 * outside code spans, `&` and `<` are escaped (no raw HTML, no autolinks, no entity tricks), and
 * a link whose destination has a scheme other than http, https or mailto loses its link syntax,
 * and an image stays a link (a hover that shows an image fetches it).
 * Code spans are left as written: Markdown shows them literally, and escaping there would show
 * `&lt;` to the reader. Emphasis, code and ordinary links stay Markdown, so the hover reads as
 * the rendered article.
 */

/** URL schemes a hover may link to; anything else (command:, javascript:, data:, file:…) is not linked. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** `](` or `]:` followed by a destination that starts with a URL scheme. */
const SCHEME = /^[ \t\r\n]*<?[ \t]*([A-Za-z][A-Za-z0-9+.-]{0,31}):/;

/** Escapes `text` for a Markdown hover, keeping its inline Markdown. */
export function safeMarkdown(text: string): string {
  let out = '';
  let position = 0;
  while (position < text.length) {
    const char = text[position];
    if (char === '\\' && position + 1 < text.length && isAsciiPunctuation(text.charCodeAt(position + 1))) {
      // An escaped character stays escaped; an escaped backtick opens no code span.
      const escaped = text[position + 1];
      out += escaped === '<' ? '\\&lt;' : escaped === '&' ? '\\&amp;' : '\\' + escaped;
      position += 2;
      continue;
    }
    if (char === '`') {
      const span = codeSpanAt(text, position);
      if (span) {
        out += text.slice(position, span);
        position = span;
        continue;
      }
      let run = position;
      while (text[run] === '`') run++;
      out += text.slice(position, run);
      position = run;
      continue;
    }
    if (char === '<') out += '&lt;';
    else if (char === '&') out += '&amp;';
    // `![alt](https://…)` would load the image from the network when the hover shows: a link only.
    else if (char === '!' && text[position + 1] === '[') out += '\\!';
    else if (char === ']' && (text[position + 1] === '(' || text[position + 1] === ':') && hasUnsafeScheme(text, position + 2)) {
      // `]\(` and `]\:` are no link and no reference definition: the text stays readable.
      out += ']\\' + text[position + 1];
      position += 2;
      continue;
    } else out += char;
    position++;
  }
  return neutraliseBlockStart(out);
}

/** A code span with its backticks, for ids and other literal values; backticks inside survive. */
export function inlineCode(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n|\r/g, ' ')}${pad}${fence}`;
}

/** The end of the code span opened by the backtick run at `start`, or 0 when it does not close. */
function codeSpanAt(text: string, start: number): number {
  let length = 0;
  while (text[start + length] === '`') length++;
  let search = start + length;
  for (;;) {
    const close = text.indexOf('`', search);
    if (close === -1) return 0;
    let closeLength = 0;
    while (text[close + closeLength] === '`') closeLength++;
    if (closeLength === length) return close + closeLength;
    search = close + closeLength;
  }
}

function hasUnsafeScheme(text: string, destinationStart: number): boolean {
  const scheme = SCHEME.exec(text.slice(destinationStart, destinationStart + 48))?.[1];
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase());
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/**
 * A sentence that starts like a block (`# `, `> `, `- `, `1. `, `===`) would render as a heading,
 * quote or list; escaping its first character keeps it a plain paragraph. Every line is
 * checked, since a half may hold line breaks.
 */
function neutraliseBlockStart(markdown: string): string {
  return markdown
    .replace(/^([ \t]*)(\d{1,9})([.)])(?=[ \t]|$)/gm, '$1$2\\$3')
    .replace(/^([ \t]*)(#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/gm, '$1\\$2');
}
