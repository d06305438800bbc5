/**
 * An article written to attack whoever renders it: script tags, event handlers, `javascript:`,
 * `command:`, `data:` and `vscode:` links in every Markdown and HTML form, entity-encoded
 * variants, and Markdown injection in the segment ids and the front matter. Plus the check that
 * Markdown made from it is harmless once rendered the way an editor renders it.
 */
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { unitMarkup } from './articleMutations';

/** Payloads placed in translations and sources. */
export const HOSTILE_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="command:workbench.action.quit">quit</a>',
  '<iframe src="https://evil.example"></iframe>',
  '[click](command:workbench.action.quit)',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( command:workbench.action.quit "title")',
  '[click](<command:workbench.action.quit>)',
  '[click](&#99;ommand:workbench.action.quit)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vscode://ms-vscode.remote/quit)',
  '<command:workbench.action.quit> and <javascript:alert(1)>',
  '[click][r] with [r]: command:workbench.action.quit',
  '&lt;script&gt;alert(1)&lt;/script&gt; and &#x3C;img src=x onerror=alert(1)&#x3E;',
  '`[safe](command:in.code)` then [click](command:workbench.action.quit)',
  '![image](javascript:alert(1)) ![pixel](https://tracker.example/p.gif)',
  '\\[escaped](command:x) and \\\\[click](command:workbench.action.quit)',
  '<!-- hidden --> <style>body{display:none}</style>',
];

/** Ids that try to break out of the Markdown they are shown in. */
export const HOSTILE_IDS = ['x](command:workbench.action.quit)', '[click](command:workbench.action.quit)', 'x`](command:workbench.action.quit)`', '<script>alert(1)</script>'];

/** The hostile article: a unit per payload (each half), units with hostile ids, a hostile locale. */
export function hostileArticle(): string {
  const lines = ['---', 'title: "<script>alert(1)</script>"', 'ms.contentlocale: "[click](command:workbench.action.quit)"', 'ms.translationtype: MT', '---', ''];
  HOSTILE_PAYLOADS.forEach((payload, index) => {
    lines.push(unitMarkup('f9f29', 103 + index, `Traduction ${payload}`, `Source ${payload}`), '');
    // The payload alone in the source, so the hover shows it as it stands, and a mismatched id so a finding message quotes it.
    lines.push(unitMarkup('f9f29', 300 + index, `Texte ${index}`, payload), '');
  });
  for (const id of HOSTILE_IDS) {
    lines.push(`<span data-ttu-id="${id}">Texte ${id}</span><span class="sxs-lookup"><span data-stu-id="${id}9">Text ${id}</span></span>`, '');
  }
  return lines.join('\n');
}

const renderer = new MarkdownIt({ html: true, linkify: true });
// The renderer's own link filter is off: the Markdown must be harmless by itself.
renderer.validateLink = () => true;

/** Tags a rendered hover may contain: the ones Markdown itself produces for prose. */
const ALLOWED_TAGS = new Set(['p', 'strong', 'em', 'code', 'pre', 'a', 'hr', 'ul', 'ol', 'li', 'br', 's', 'del', 'img']);

/** Asserts that `markdown`, rendered with raw HTML allowed, runs nothing and links nowhere unsafe. */
export function assertHarmlessMarkdown(markdown: string, what: string): void {
  const html = renderer.render(markdown);
  for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    assert.ok(ALLOWED_TAGS.has(match[1].toLowerCase()), `${what}: renders a <${match[1]}> element\n${markdown}\n→ ${html}`);
  }
  assert.doesNotMatch(html, /<[a-zA-Z][^>]*\son[a-z]+\s*=/i, `${what}: renders an event handler attribute\n${html}`);
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = renderer.utils.unescapeAll(match[1]);
    const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
    assert.ok(scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto', `${what}: links to ${url}\n${markdown}\n→ ${html}`);
  }
  // Images load from the network when shown: a hover must show none.
  assert.doesNotMatch(html, /<img\b/i, `${what}: renders an image\n${html}`);
}
