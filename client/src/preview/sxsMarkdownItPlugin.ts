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
 *
 * Parsing only marks the units; what depends on the document (its locale, its findings, the
 * toggle) is decided when the tokens are rendered. VS Code's Markdown extension parses without
 * the document in `env` and keeps the tokens of a version, rendering them again with the
 * document in `env` when the preview is refreshed.
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
const DIRECTED_BLOCKS = ['paragraph_open', 'heading_open', 'bullet_list_open', 'ordered_list_open', 'blockquote_open', 'table_open'] as const;

/** Whether `locale` (`he-il`, `ar`) is written right to left. */
export function isRightToLeft(locale: string | undefined): boolean {
  return locale !== undefined && RIGHT_TO_LEFT.has(locale.toLowerCase().split(/[-_]/)[0]);
}

/** Token types of the plugin: a unit's translation and English, opened and closed. */
const TRANSLATION_OPEN = 'sxs_translation_open';
const TRANSLATION_CLOSE = 'sxs_translation_close';
const ENGLISH_OPEN = 'sxs_english_open';
const ENGLISH_CLOSE = 'sxs_english_close';

/**
 * Adds the unit rendering to `md`. `optionsFor` receives markdown-it's `env` of each render
 * (VS Code puts the document there) and is asked once per render.
 */
export function sxsMarkdownItPlugin(md: MarkdownIt, optionsFor: (env: unknown) => PreviewOptions): void {
  md.core.ruler.push('sxs_units', (state: StateCore) => {
    for (const token of state.tokens) if (token.type === 'inline' && token.children) token.children = markUnits(state, token.children);
  });
  // One answer per render: every unit and block of a render asks, and the findings are looked up once.
  const answers = new WeakMap<object, PreviewOptions>();
  const options = (env: unknown): PreviewOptions => {
    if (typeof env !== 'object' || env === null) return optionsFor(env);
    let answer = answers.get(env);
    if (!answer) answers.set(env, (answer = optionsFor(env)));
    return answer;
  };
  const rules = md.renderer.rules;
  rules[TRANSLATION_OPEN] = (tokens, index, _options, env) => openTranslation(md, (tokens[index].meta as UnitMeta).id, englishAfter(tokens, index), options(env));
  rules[TRANSLATION_CLOSE] = () => '</span>';
  rules[ENGLISH_OPEN] = (_tokens, _index, _options, env) => `<span class="sxs-english${options(env).showEnglish ? ' sxs-english-shown' : ''}" lang="en" dir="ltr">`;
  rules[ENGLISH_CLOSE] = () => '</span>';
  for (const type of DIRECTED_BLOCKS) {
    const original = rules[type];
    rules[type] = (tokens, index, renderOptions, env, self) => {
      const render = () => (original ? original(tokens, index, renderOptions, env, self) : self.renderToken(tokens, index, renderOptions));
      if (!isRightToLeft(options(env).locale)) return render();
      // The kept tokens serve every render: the direction is set for this one only.
      const token = tokens[index];
      const before = token.attrGet('dir');
      token.attrSet('dir', 'rtl');
      try {
        return render();
      } finally {
        if (before === null) token.attrs = token.attrs?.filter(([name]) => name !== 'dir') ?? null;
        else token.attrSet('dir', before);
      }
    };
  }
}

/**
 * What a translation's opening tag keeps from the parse: the id alone. VS Code's Markdown
 * language server receives every token of a document as JSON, so nothing is copied into it.
 */
interface UnitMeta {
  readonly id: string;
}

/** The English of the unit whose translation opens at `tokens[index]`, as one line of plain text (for the hover). */
function englishAfter(tokens: readonly Token[], index: number): string {
  let start = index + 1;
  while (start < tokens.length && tokens[start].type !== ENGLISH_OPEN) start++;
  let end = start + 1;
  while (end < tokens.length && tokens[end].type !== ENGLISH_CLOSE) end++;
  return plainText(tokens.slice(start + 1, end));
}

/** `children` with each well-formed unit replaced by the plugin's tokens around its two halves. */
function markUnits(state: StateCore, children: Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < children.length; ) {
    const unit = children[index].type === 'html_inline' ? readUnit(children, index) : undefined;
    if (!unit) {
      out.push(children[index++]);
      continue;
    }
    const open = new state.Token(TRANSLATION_OPEN, 'span', 1);
    open.meta = { id: unit.id } satisfies UnitMeta;
    out.push(open, ...unit.translation, new state.Token(TRANSLATION_CLOSE, 'span', -1), new state.Token(ENGLISH_OPEN, 'span', 1), ...unit.english, new state.Token(ENGLISH_CLOSE, 'span', -1));
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

