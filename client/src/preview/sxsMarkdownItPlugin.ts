/**
 * The Markdown preview of a localized article: a markdown-it plugin that renders each unit as
 * its translation with the English on hover (`title`), and the English after each sentence when
 * asked (shown under it by the preview style). A unit with findings is marked and its messages
 * join the hover. Right-to-left locales get `dir="rtl"` on their blocks, the English stays left
 * to right.
 *
 * Only the unit tags are rewritten, inside the inline tokens: block tokens keep their `map`, so
 * VS Code's `data-line` attributes and the preview's scroll sync are untouched. Broken markup is
 * left as written. Everything taken from the article into an attribute is escaped; nothing the
 * plugin adds can run or fetch.
 */
import type MarkdownIt from 'markdown-it';
import { inlineTag } from './unitMarkup';

type Token = ReturnType<MarkdownIt['parse']>[number];
type StateCore = Parameters<Parameters<MarkdownIt['core']['ruler']['push']>[1]>[0];

/** What the preview of one document shows, decided by the extension for each render. */
export interface PreviewOptions {
  /** The English under each sentence, not only on hover. */
  readonly showEnglish: boolean;
  /** The article's locale (`ar-sa`), for `lang` and the reading direction; undefined when unknown. */
  readonly locale: string | undefined;
  /** The messages of the findings on a unit, by unit id (none: empty or undefined). */
  findings(unitId: string): readonly string[] | undefined;
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ug', 'ckb', 'syr']);
/** Blocks whose direction follows the article's. Code blocks and fences stay left to right. */
const DIRECTED_BLOCKS = new Set(['paragraph_open', 'heading_open', 'bullet_list_open', 'ordered_list_open', 'blockquote_open', 'table_open']);

/** Whether `locale` (`he-il`, `ar`) is written right to left. */
export function isRightToLeft(locale: string | undefined): boolean {
  return locale !== undefined && RIGHT_TO_LEFT.has(locale.toLowerCase().split(/[-_]/)[0]);
}

/**
 * Adds the unit rendering to `md`. `optionsFor` receives markdown-it's `env` of each render
 * (VS Code puts the document there) and returns undefined for documents it does not know, which
 * then render as if the plugin were absent.
 */
export function sxsMarkdownItPlugin(md: MarkdownIt, optionsFor: (env: unknown) => PreviewOptions | undefined): void {
  md.core.ruler.push('sxs_units', (state: StateCore) => {
    const options = optionsFor(state.env);
    if (!options) return;
    const rightToLeft = isRightToLeft(options.locale);
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) token.children = renderUnits(state, token.children, options);
      else if (rightToLeft && DIRECTED_BLOCKS.has(token.type)) token.attrSet('dir', 'rtl');
    }
  });
}

/** `children` with each well-formed unit replaced by our spans around its two halves. */
function renderUnits(state: StateCore, children: Token[], options: PreviewOptions): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < children.length; ) {
    const unit = children[index].type === 'html_inline' ? readUnit(children, index) : undefined;
    if (!unit) {
      out.push(children[index++]);
      continue;
    }
    out.push(
      html(state, openTranslation(state.md, unit.id, plainText(unit.english), options)),
      ...unit.translation,
      html(state, '</span>'),
      html(state, `<span class="sxs-english${options.showEnglish ? ' sxs-english-shown' : ''}" lang="en" dir="ltr">`),
      ...unit.english,
      html(state, '</span>'),
    );
    index = unit.end;
  }
  return out;
}

interface UnitTokens {
  readonly id: string;
  readonly translation: Token[];
  readonly english: Token[];
  /** Index after the unit's last token. */
  readonly end: number;
}

/**
 * The unit starting at `children[start]`: `<span data-ttu-id>` … `</span>`, then
 * `<span class="sxs-lookup"><span data-stu-id>` … `</span></span>`; undefined when the tokens there
 * are anything else (broken markup stays as written).
 */
function readUnit(children: Token[], start: number): UnitTokens | undefined {
  const opening = inlineTag(children[start].content);
  if (opening.kind !== 'translation') return undefined;
  const translation = halfUntilClose(children, start + 1);
  if (!translation) return undefined;
  let next = translation.end;
  if (children[next]?.type !== 'html_inline' || inlineTag(children[next].content).kind !== 'lookup') return undefined;
  next += 1;
  const source = children[next]?.type === 'html_inline' ? inlineTag(children[next].content) : undefined;
  if (source?.kind !== 'source') return undefined;
  const english = halfUntilClose(children, next + 1);
  if (!english) return undefined;
  next = english.end;
  if (children[next]?.type !== 'html_inline' || inlineTag(children[next].content).kind !== 'spanEnd') return undefined;
  return { id: opening.id, translation: translation.tokens, english: english.tokens, end: next + 1 };
}

/** The tokens of a half up to the `</span>` that closes it (nested spans counted), and the index after it. */
function halfUntilClose(children: Token[], start: number): { tokens: Token[]; end: number } | undefined {
  let depth = 0;
  for (let index = start; index < children.length; index++) {
    const token = children[index];
    if (token.type !== 'html_inline') continue;
    const tag = inlineTag(token.content);
    if (tag.kind === 'translation' || tag.kind === 'lookup' || tag.kind === 'source') return undefined; // a unit inside a half: broken
    if (tag.kind === 'otherSpan') depth += 1;
    else if (tag.kind === 'spanEnd') {
      if (depth === 0) return { tokens: children.slice(start, index), end: index + 1 };
      depth -= 1;
    }
  }
  return undefined;
}

/** Our opening tag of a translation: the unit id, the English as the hover, the findings marked. */
function openTranslation(md: MarkdownIt, id: string, english: string, options: PreviewOptions): string {
  const findings = options.findings(id) ?? [];
  const hover = findings.length > 0 ? `${english}\n\n${findings.map((message) => `⚠ ${message}`).join('\n')}` : english;
  const classes = findings.length > 0 ? 'sxs-unit sxs-unit-finding' : 'sxs-unit';
  const lang = options.locale && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(options.locale) ? ` lang="${options.locale}"` : '';
  const dir = isRightToLeft(options.locale) ? ' dir="rtl"' : '';
  return `<span class="${classes}" data-sxs-unit="${md.utils.escapeHtml(id)}" title="${md.utils.escapeHtml(hover)}"${lang}${dir}>`;
}

/** A half as one line of plain text: text and code kept, tags dropped, breaks made spaces. */
function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else if (token.children) text += plainText(token.children);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function html(state: StateCore, content: string): Token {
  const token = new state.Token('html_inline', '', 0);
  token.content = content;
  return token;
}
