/**
 * A quick look at a document's text to tell a localized article (units, or a localization key
 * in its front matter) from any other Markdown, without waiting for the language server: the
 * editor title button and keybindings depend on it the moment a file opens.
 */

/** Checks only the start of big files: units and front matter show up early in any article. */
const inspectedLength = 64 * 1024;

/** Whether the text looks like a localized sxs article. */
export function looksLocalized(text: string): boolean {
  const head = text.length > inspectedLength ? text.slice(0, inspectedLength) : text;
  return /<span data-ttu-id=/.test(head) || /^ms\.contentlocale\s*:/m.test(frontMatterOf(head));
}

function frontMatterOf(text: string): string {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[1] : '';
}
