/**
 * Markup parity between the halves: emphasis, inline code, links and images, xrefs, includes,
 * alert keywords, inline HTML, entities and escapes must survive translation unchanged.
 */
import type { Half, InlineToken, InlineTokenKind, OffsetRange } from '../core/model';
import { inSource, proseOf, rangeInHalf, shown, tokensOfKind, unitFinding, type PairedContext } from './checkContext';
import type { Finding, TextEditOffsets } from './finding';
import { normalizeDestination } from './locale';
import { differenceByKey, reportDifference, type ParityItem } from './tokenParity';

/** Every markup-parity check of one unit. */
export function checkMarkupParity(context: PairedContext): Finding[] {
  return [
    ...checkEmphasis(context),
    ...checkInlineCode(context),
    ...checkLinks(context),
    ...checkXrefs(context),
    ...checkIncludes(context),
    ...checkAlerts(context),
    ...checkHtmlTags(context),
    ...checkEntities(context),
    ...checkEscapes(context),
  ];
}

function itemsOf(half: Half, kinds: readonly InlineTokenKind[], keyOf: (token: InlineToken) => string | undefined = (token) => token.value): ParityItem[] {
  const items: ParityItem[] = [];
  for (const token of half.tokens) {
    if (!kinds.includes(token.kind)) continue;
    const key = keyOf(token);
    if (key !== undefined) items.push({ range: token.range, value: token.value, key });
  }
  return items;
}

/** Replaces the whole translation item by the source item's raw text. */
function restoreWhole(context: PairedContext): (translationItem: ParityItem, sourceItem: ParityItem) => TextEditOffsets[] {
  return (translationItem, sourceItem) => [{ range: translationItem.range, newText: context.doc.text.slice(sourceItem.range.start, sourceItem.range.end) }];
}

/** Where a token's value (a link destination, an xref uid) is written inside the token. */
function valueRange(text: string, token: { range: OffsetRange; value: string }, after: number): OffsetRange | undefined {
  const index = text.indexOf(token.value, after);
  if (index < 0 || index + token.value.length > token.range.end) return undefined;
  return { start: index, end: index + token.value.length };
}

/** Replaces only the value inside the translation token (a destination, a uid) by the source value. */
function restoreValue(context: PairedContext, kind: 'destination' | 'uid'): (translationItem: ParityItem, sourceItem: ParityItem) => TextEditOffsets[] | undefined {
  return (translationItem, sourceItem) => {
    const token = context.translation.tokens.find((candidate) => candidate.range.start === translationItem.range.start);
    if (!token) return undefined;
    const after = token.labelRange ? token.labelRange.end : token.range.start + (kind === 'uid' ? 1 : 0);
    const range = valueRange(context.doc.text, token, after);
    return range ? [{ range, newText: sourceItem.value }] : undefined;
  };
}

// ---- emphasis --------------------------------------------------------------------------------

const EMPHASIS_GROUPS = [
  { name: 'bold', delimiters: ['**', '__'], shown: '`**`' },
  { name: 'italic', delimiters: ['*', '_'], shown: '`*`' },
  { name: 'strikethrough', delimiters: ['~~'], shown: '`~~`' },
] as const;

function checkEmphasis(context: PairedContext): Finding[] {
  const findings: Finding[] = [];
  for (const group of EMPHASIS_GROUPS) {
    const pairsIn = (half: Half): number =>
      half.tokens.filter((token) => token.kind === 'emphasis' && (group.delimiters as readonly string[]).includes(token.value)).length / 2;
    const sourcePairs = pairsIn(context.source);
    const translationPairs = pairsIn(context.translation);
    if (sourcePairs === translationPairs) continue;
    const stray = strayDelimiter(context.translation, group.name === 'bold' ? 2 : 1);
    const related = context.source.tokens
      .filter((token) => token.kind === 'emphasis' && (group.delimiters as readonly string[]).includes(token.value))
      .map((token) => inSource(token.range, `${group.name} markup in the source`));
    findings.push(
      unitFinding(
        context,
        'emphasis',
        `${group.name} markup (${group.shown}) differs: ${plural(sourcePairs, 'pair')} in the source, ${translationPairs} in the translation` +
          (stray ? ' (an unmatched delimiter here)' : ''),
        stray ?? context.translation.range,
        { related },
      ),
    );
  }
  return findings;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A `*`, `_` or `~~` run in the prose that formed no emphasis (`**Gras **`), preferring runs of
 * at least `minimumLength`; `snake_case` and `2 * 3` are not delimiters and are skipped.
 */
function strayDelimiter(half: Half, minimumLength: number): OffsetRange | undefined {
  const prose = proseOf(half);
  const covered = new Set<number>();
  for (const token of half.tokens) {
    if (token.kind === 'emphasis') for (let offset = token.range.start; offset < token.range.end; offset++) covered.add(offset - half.range.start);
  }
  let fallback: OffsetRange | undefined;
  for (let index = 0; index < prose.length; index++) {
    const character = prose[index];
    if (character !== '*' && character !== '_' && character !== '~') continue;
    let end = index;
    while (end < prose.length && prose[end] === character && !covered.has(end)) end++;
    if (end === index) continue;
    const before = prose[index - 1] ?? ' ';
    const after = prose[end] ?? ' ';
    const length = end - index;
    const isDelimiter =
      !(/\s/.test(before) && /\s/.test(after)) &&
      !(character === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) &&
      !(character === '~' && length !== 2);
    if (isDelimiter) {
      const range = rangeInHalf(half, index, length);
      if (length >= minimumLength) return range;
      fallback ??= range;
    }
    index = end - 1;
  }
  return fallback;
}

// ---- inline code ---------------------------------------------------------------------------

function checkInlineCode(context: PairedContext): Finding[] {
  const difference = differenceByKey(itemsOf(context.source, ['code']), itemsOf(context.translation, ['code']));
  return reportDifference(context, difference, {
    code: 'inline-code',
    noun: 'inline code',
    restore: (translationItem, sourceItem) => {
      const sourceRaw = context.doc.text.slice(sourceItem.range.start, sourceItem.range.end);
      const translated = translationItem.value;
      // A moved backtick swallows prose (`Get-Foo maintenant`): give the prose back, outside the code.
      if (translated.startsWith(sourceItem.value) && /^\s/.test(translated.slice(sourceItem.value.length))) {
        return [{ range: translationItem.range, newText: sourceRaw + translated.slice(sourceItem.value.length) }];
      }
      if (translated.endsWith(sourceItem.value) && /\s$/.test(translated.slice(0, -sourceItem.value.length))) {
        return [{ range: translationItem.range, newText: translated.slice(0, -sourceItem.value.length) + sourceRaw }];
      }
      return [{ range: translationItem.range, newText: sourceRaw }];
    },
    locateMissing: (sourceItem, missingCount) => (missingCount === 1 ? locateUnformattedCode(context, sourceItem) : undefined),
  });
}

/**
 * Where code lost its backticks: a stray backtick next to the code text (one was dropped), or
 * the code text written once without any; the fix puts the backticks back.
 */
function locateUnformattedCode(context: PairedContext, sourceItem: ParityItem): { range: OffsetRange; fix?: TextEditOffsets[] } | undefined {
  const half = context.translation;
  const prose = proseOf(half);
  const content = sourceItem.value;
  const fence = context.doc.text.slice(sourceItem.range.start, sourceItem.range.end).match(/^`+/)?.[0] ?? '`';
  const at = (index: number): number => half.range.start + index;
  // The stray backtick is found in the prose (not inside other markup); the code text is
  // compared with the raw half, where a URL or number it holds is not masked.
  const raw = half.raw;
  const backtick = prose.indexOf('`');
  if (backtick >= 0) {
    const range = rangeInHalf(half, backtick, 1);
    if (content && raw.startsWith(content, backtick + fence.length) && prose.lastIndexOf('`') === backtick + fence.length - 1) {
      return { range, fix: [{ range: { start: at(backtick + fence.length + content.length), end: at(backtick + fence.length + content.length) }, newText: fence }] };
    }
    if (content && raw.slice(0, backtick).endsWith(content) && prose.indexOf('`', backtick + fence.length) < 0) {
      return { range, fix: [{ range: { start: at(backtick - content.length), end: at(backtick - content.length) }, newText: fence }] };
    }
    return { range };
  }
  if (!content) return undefined;
  const first = raw.indexOf(content);
  if (first < 0 || raw.indexOf(content, first + 1) >= 0) return undefined;
  const range = rangeInHalf(half, first, content.length);
  return { range, fix: [{ range, newText: fence + content + fence }] };
}

// ---- links, images, broken link syntax -----------------------------------------------------

const LINK_KINDS: readonly InlineTokenKind[] = ['link', 'reference-link', 'autolink'];

function checkLinks(context: PairedContext): Finding[] {
  const broken = findBrokenLinks(context);
  const findings: Finding[] = [...broken];
  const groups: { kinds: readonly InlineTokenKind[]; noun: string; plural: string }[] = [
    { kinds: LINK_KINDS, noun: 'link', plural: 'links' },
    { kinds: ['image'], noun: 'image', plural: 'images' },
  ];
  for (const group of groups) {
    const keyOf = (token: InlineToken): string => `${token.kind}:${token.kind === 'reference-link' ? token.value.toLowerCase() : normalizeDestination(token.value, context.locale)}`;
    const sourceItems = itemsOf(context.source, group.kinds, keyOf);
    const translationItems = itemsOf(context.translation, group.kinds, keyOf);
    const difference = differenceByKey(sourceItems, translationItems);
    // Broken syntax already explains a link that did not form or a target that differs.
    if (broken.length) continue;
    if (sourceItems.length !== translationItems.length) {
      const firstExtra = difference.extra[0];
      findings.push(
        unitFinding(
          context,
          'link-count',
          `${plural(sourceItems.length, group.noun)} in the source, ${translationItems.length} in the translation`,
          sourceItems.length < translationItems.length && firstExtra ? firstExtra.range : context.translation.range,
          { related: difference.missing.map((item) => inSource(item.range, `${group.noun} to ${shown(item.value)} in the source`)) },
        ),
      );
      continue;
    }
    // Autolink targets are compared as URLs; only destinations written in `(…)` here.
    const comparable = (item: ParityItem): boolean => !item.key.startsWith('autolink:');
    const targets = { missing: difference.missing.filter(comparable), extra: difference.extra.filter(comparable) };
    const noun = group.noun === 'image' ? 'image source' : 'link target';
    findings.push(...reportDifference(context, targets, { code: 'link-target', noun, restore: restoreValue(context, 'destination') }));
  }
  return findings;
}

const SPACED_LINK = /\][ \t\u00a0\u3000]+\((?=[^\s)]*[/.#:\u0001])/g;
const FULL_WIDTH_LINK = /］[（(]|\]（/g;
const UNFORMED_LINK = /\]\(/g;
const MANGLED_AUTOLINK = /<\/?https?:>/gi;
const NOT_IN_URL = /[\s\u3000-\u303f\uff00-\uffef]/u;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Link syntax that machine translation breaks, where the source has it intact. */
function findBrokenLinks(context: PairedContext): Finding[] {
  const half = context.translation;
  // Every broken form has a closing bracket or an angle bracket; most halves have neither.
  if (!/[\]］<]/.test(half.raw)) return [];
  const findings: Finding[] = [];
  const prose = proseOf(half);
  const sourceProse = proseOf(context.source);
  const report = (pattern: RegExp, source: string, message: (match: string) => string, fix?: (match: RegExpExecArray) => string | undefined): void => {
    if (countMatches(prose, pattern) <= countMatches(source, pattern)) return;
    for (const match of prose.matchAll(pattern)) {
      const range = rangeInHalf(half, match.index ?? 0, match[0].length);
      const newText = fix?.(match as RegExpExecArray);
      findings.push(unitFinding(context, 'broken-link', message(match[0]), range, newText !== undefined ? { fix: { title: `Write \`${newText}\``, edits: [{ range, newText }] } } : {}));
    }
  };
  report(SPACED_LINK, sourceProse, () => 'link broken by a space between `]` and `(`', () => '](');
  report(FULL_WIDTH_LINK, sourceProse, (match) => `link broken by a full-width bracket: \`${match}\``);
  report(UNFORMED_LINK, sourceProse, () => '`](` does not form a link (a missing `)` or a space in the destination?)');
  report(MANGLED_AUTOLINK, context.source.raw, (match) => `autolink mangled into an HTML tag: \`${match}\``);
  for (const token of tokensOfKind(half, 'link', 'image')) {
    const bad = NOT_IN_URL.exec(token.value);
    if (bad && !context.source.tokens.some((sourceToken) => sourceToken.value === token.value)) {
      findings.push(unitFinding(context, 'broken-link', `the ${token.kind === 'image' ? 'image source' : 'link target'} contains ${shown(bad[0])}: ${shown(token.value)}`, token.range));
    }
  }
  return findings;
}

// ---- xrefs, includes, alerts, HTML tags ----------------------------------------------------

function checkXrefs(context: PairedContext): Finding[] {
  const difference = differenceByKey(itemsOf(context.source, ['xref']), itemsOf(context.translation, ['xref']));
  return reportDifference(context, difference, { code: 'xref', noun: 'xref', restore: restoreValue(context, 'uid') });
}

/** The parts of an include or directive that must not change: its name and targets, not its titles or alt text. */
function includeKey(token: InlineToken): string {
  return token.value
    .replace(/\s(?:alt-text|title|alt)\s*=\s*"[^"]*"/gi, '')
    .replace(/^\[!(\w[\w-]*)\s*\[[^\]]*\]/, (_match, name: string) => `[!${name}[]`)
    .replace(/^(\[!|:::\s*)([\w-]+)/, (_match, opening: string, name: string) => opening + name.toLowerCase())
    .replace(/\s+/g, ' ');
}

function checkIncludes(context: PairedContext): Finding[] {
  const difference = differenceByKey(itemsOf(context.source, ['include'], includeKey), itemsOf(context.translation, ['include'], includeKey));
  return reportDifference(context, difference, {
    code: 'include-token',
    noun: 'include',
    // `:::` directives carry translated alt text: restoring the whole token would undo it.
    restore: (translationItem, sourceItem) => (sourceItem.value.startsWith('[!') ? restoreWhole(context)(translationItem, sourceItem) : undefined),
  });
}

function checkAlerts(context: PairedContext): Finding[] {
  const difference = differenceByKey(itemsOf(context.source, ['alert']), itemsOf(context.translation, ['alert']));
  return reportDifference(context, difference, { code: 'alert-keyword', noun: 'alert keyword', restore: restoreWhole(context) });
}

function checkHtmlTags(context: PairedContext): Finding[] {
  const tagItems = (half: Half): ParityItem[] => itemsOf(half, ['html-tag']).map((item) => ({ ...item, value: `<${item.value}>` }));
  const difference = differenceByKey(tagItems(context.source), tagItems(context.translation));
  if (difference.extra.length === 0 && difference.missing.length === 0) return [];
  // A tag made of decoded `&lt;…&gt;` (`<name>`) is reported once, as the entity it was.
  const decodedOpenings = countEntity(context.source, '&lt;') - countEntity(context.translation, '&lt;');
  const extra = decodedOpenings > 0 ? difference.extra.slice(decodedOpenings) : difference.extra;
  return reportDifference(context, { missing: difference.missing, extra }, { code: 'html-tags', noun: 'HTML tag' });
}

function countEntity(half: Half, entity: string): number {
  return half.tokens.filter((token) => token.kind === 'entity' && token.value === entity).length;
}

// ---- entities and escapes ------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  times: '×', deg: '°', middot: '·', bull: '•', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', lrm: '\u200e', rlm: '\u200f',
};

/** The character an entity stands for, or the entity itself when it is not known. */
export function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#')) {
    const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/**
 * Characters whose entity protects Markdown or HTML syntax (`&lt;`, `&#124;`, `&ast;`…). Other
 * entities are typography (`&#39;`, `&nbsp;`, `&mdash;`) that a translation rightly drops or adds.
 */
const SYNTAX_CHARACTERS = new Set(['<', '>', '&', '|', '*', '_', '`', '[', ']', '(', ')', '#', '\\', '{', '}', '~', '$']);

function checkEntities(context: PairedContext): Finding[] {
  const entityItems = (half: Half): ParityItem[] =>
    itemsOf(half, ['entity'], (token) => {
      const decoded = decodeEntity(token.value);
      return SYNTAX_CHARACTERS.has(decoded) ? decoded : undefined;
    });
  const difference = differenceByKey(entityItems(context.source), entityItems(context.translation));
  return reportDifference(context, difference, {
    code: 'entities',
    noun: 'entity',
    restore: restoreWhole(context),
    locateMissing: (sourceItem) => {
      // Decoded into the raw character (`&lt;` → `<`): point at it and re-encode it.
      const raw = decodeEntity(sourceItem.value);
      const candidates = unmarkedOccurrences(context.translation, raw);
      if (raw === sourceItem.value || candidates.length === 0 || unmarkedOccurrences(context.source, raw).length > 0) return undefined;
      const range = rangeInHalf(context.translation, candidates[0], raw.length);
      return candidates.length === 1 ? { range, fix: [{ range, newText: sourceItem.value }] } : { range };
    },
  });
}

/**
 * Indexes in a half's raw text where `character` is written as plain text: in no token, or as
 * the bracket of an HTML tag (a decoded `&lt;name&gt;` reads as a tag).
 */
function unmarkedOccurrences(half: Half, character: string): readonly number[] {
  // Asked once per missing item: kept per half, so a unit missing many entities stays linear.
  let byCharacter = unmarkedOccurrenceCache.get(half);
  if (!byCharacter) unmarkedOccurrenceCache.set(half, (byCharacter = new Map()));
  let indexes = byCharacter.get(character);
  if (!indexes) byCharacter.set(character, (indexes = findUnmarkedOccurrences(half, character)));
  return indexes;
}

/** Indexes are relative to the half, so they stay true when a re-parse moves the half. */
const unmarkedOccurrenceCache = new WeakMap<Half, Map<string, readonly number[]>>();

function findUnmarkedOccurrences(half: Half, character: string): number[] {
  const indexes: number[] = [];
  if (character === '') return indexes;
  const tokens = half.tokens;
  // One sweep over tokens in document order: `open` holds those started before the occurrence;
  // its front is the first one that still covers it (the one a search from the start would find).
  const open: InlineToken[] = [];
  let first = 0;
  let next = 0;
  for (let index = half.raw.indexOf(character); index >= 0; index = half.raw.indexOf(character, index + 1)) {
    const offset = half.range.start + index;
    while (next < tokens.length && tokens[next].range.start <= offset) open.push(tokens[next++]);
    while (first < open.length && open[first].range.end <= offset) first++;
    const inside = first < open.length ? open[first] : undefined;
    const tagBracket = inside?.kind === 'html-tag' && (offset === inside.range.start || offset === inside.range.end - 1);
    if (!inside || tagBracket) indexes.push(index);
  }
  return indexes;
}

function checkEscapes(context: PairedContext): Finding[] {
  const difference = differenceByKey(itemsOf(context.source, ['escape']), itemsOf(context.translation, ['escape']));
  const escapeItem = (item: ParityItem): ParityItem => ({ ...item, value: `\\${item.value}` });
  const reportedPipes = new Set<number>();
  const findings = reportDifference(
    context,
    { missing: difference.missing.map(escapeItem), extra: difference.extra.map(escapeItem) },
    {
      code: 'escapes',
      noun: 'escape',
      restore: restoreWhole(context),
      locateMissing: (sourceItem) => {
        const character = sourceItem.value.slice(1);
        const candidates = unmarkedOccurrences(context.translation, character);
        if (candidates.length === 0) return undefined;
        const range = rangeInHalf(context.translation, candidates[0], character.length);
        if (character === '|') reportedPipes.add(range.start);
        return candidates.length === 1 ? { range, fix: [{ range: { start: range.start, end: range.start }, newText: '\\' }] } : { range };
      },
    },
  );
  if (context.unit.block.kind === 'table-cell') findings.push(...unescapedPipes(context, reportedPipes));
  return findings;
}

/** Raw `|` in a table cell unit end the cell early (even inside code); the source shows how many are expected. */
function unescapedPipes(context: PairedContext, alreadyReported: ReadonlySet<number>): Finding[] {
  const pipes = (half: Half): number[] => {
    const indexes: number[] = [];
    for (let index = half.raw.indexOf('|'); index >= 0; index = half.raw.indexOf('|', index + 1)) {
      if (half.raw[index - 1] !== '\\') indexes.push(index);
    }
    return indexes;
  };
  const translationPipes = pipes(context.translation);
  if (translationPipes.length <= pipes(context.source).length) return [];
  return translationPipes
    .map((index) => rangeInHalf(context.translation, index, 1))
    .filter((range) => !alreadyReported.has(range.start))
    .map((range) =>
      unitFinding(context, 'escapes', 'unescaped `|` in a table cell splits the cell', range, {
        fix: { title: 'Escape the `|`', edits: [{ range: { start: range.start, end: range.start }, newText: '\\' }] },
      }),
    );
}
