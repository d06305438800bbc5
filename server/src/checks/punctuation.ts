/**
 * Punctuation and white space, locale-aware: white space at the edges of a half, unbalanced
 * brackets and quotes, the final punctuation mapped per script, double spaces, repeated words,
 * French no-break spaces, and line breaks or tabs present in one half only.
 */
import type { Half, OffsetRange } from '../core/model';
import { MASK, inSource, proseOf, rangeInHalf, shown, unitFinding, type PairedContext } from './checkContext';
import type { Finding } from './finding';
import { endPunctuationOf } from './locale';

/** Every punctuation and white-space check of one unit. */
export function checkPunctuation(context: PairedContext): Finding[] {
  if (context.translation.raw.trim() === '' || context.source.raw.trim() === '') return [];
  return [
    ...checkEdgeWhitespace(context),
    ...checkBrackets(context),
    ...checkQuotes(context),
    ...checkEndPunctuation(context),
    ...checkDoubleSpaces(context),
    ...checkRepeatedWords(context),
    ...checkFrenchSpacing(context),
    ...checkLineBreaks(context),
  ];
}

// ---- white space at the edges --------------------------------------------------------------

const EDGE_SPACE = new Set([' ', '\t', '\u00a0', '\u202f', '\u3000']);

/** The white space at the start or the end of a text. */
function edgeSpace(text: string, edge: 'start' | 'end'): string {
  if (edge === 'start') {
    let end = 0;
    while (end < text.length && EDGE_SPACE.has(text[end])) end++;
    return text.slice(0, end);
  }
  let start = text.length;
  while (start > 0 && EDGE_SPACE.has(text[start - 1])) start--;
  return text.slice(start);
}

function checkEdgeWhitespace(context: PairedContext): Finding[] {
  const findings: Finding[] = [];
  const { translation, source } = context;
  for (const edge of ['start', 'end'] as const) {
    const translationSpace = edgeSpace(translation.raw, edge);
    const sourceSpace = edgeSpace(source.raw, edge);
    if (translationSpace.length > 0 === sourceSpace.length > 0) continue;
    const spaceRange: OffsetRange =
      edge === 'start'
        ? { start: translation.range.start, end: translation.range.start + translationSpace.length }
        : { start: translation.range.end - translationSpace.length, end: translation.range.end };
    const where = edge === 'start' ? 'starts' : 'ends';
    const message = translationSpace ? `the translation ${where} with white space, the source does not` : `the source ${where} with white space, the translation does not`;
    findings.push(
      unitFinding(context, 'edge-whitespace', message, translationSpace ? spaceRange : translation.range, {
        fix: { title: translationSpace ? 'Remove the white space' : 'Add the white space of the source', edits: [{ range: spaceRange, newText: sourceSpace }] },
      }),
    );
  }
  return findings;
}

// ---- brackets and quotes -------------------------------------------------------------------

/** Bracket pairs by character code; full-width and ASCII forms of a pair close each other. */
function familiesByCode(characters: string, families: readonly string[]): Map<number, string> {
  return new Map([...characters].map((character, index): [number, string] => [character.charCodeAt(0), families[index]]));
}

const BRACKET_FAMILIES = ['paren', 'paren', 'square', 'square', 'lenticular', 'brace', 'brace'];
const OPENING_BRACKETS = familiesByCode('(（[［【{｛', BRACKET_FAMILIES);
const CLOSING_BRACKETS = familiesByCode(')）]］】}｝', BRACKET_FAMILIES);
const QUOTE_FAMILIES = ['guillemet', 'corner', 'white-corner'];
const OPENING_QUOTES = familiesByCode('«「『', QUOTE_FAMILIES);
const CLOSING_QUOTES = familiesByCode('»」』', QUOTE_FAMILIES);
const ANY_BRACKET = /[()[\]{}（）［］【】｛｝]/;
const ANY_QUOTE = /["«»「」『』„“”]/;

/** The index of the first bracket left unmatched, or -1. */
function firstUnmatched(prose: string, opening: ReadonlyMap<number, string>, closing: ReadonlyMap<number, string>): number {
  const stack: { index: number; family: string }[] = [];
  for (let index = 0; index < prose.length; index++) {
    const code = prose.charCodeAt(index);
    const openFamily = opening.get(code);
    if (openFamily) {
      stack.push({ index, family: openFamily });
      continue;
    }
    const closeFamily = closing.get(code);
    if (!closeFamily) continue;
    const top = stack.pop();
    if (!top || top.family !== closeFamily) return index;
  }
  return stack.length ? stack[0].index : -1;
}

function checkBrackets(context: PairedContext): Finding[] {
  if (!ANY_BRACKET.test(context.translation.raw)) return [];
  if (firstUnmatched(proseOf(context.source), OPENING_BRACKETS, CLOSING_BRACKETS) >= 0) return [];
  const unmatched = firstUnmatched(proseOf(context.translation), OPENING_BRACKETS, CLOSING_BRACKETS);
  if (unmatched < 0) return [];
  const character = context.translation.raw[unmatched];
  return [unitFinding(context, 'brackets', `unbalanced bracket ${shown(character)} (the source's brackets are balanced)`, rangeInHalf(context.translation, unmatched, 1))];
}

/** The index of a quotation mark left unbalanced, or -1. Accepts “…”, „…“, „…”, ”…”, «…», 「…」. */
function unbalancedQuote(prose: string): number {
  const paired = firstUnmatched(prose, OPENING_QUOTES, CLOSING_QUOTES);
  if (paired >= 0) return paired;
  const straight = [...prose.matchAll(/"/g)];
  if (straight.length % 2 === 1) return straight[straight.length - 1].index ?? 0;
  const low = countOf(prose, '„');
  const leftDouble = countOf(prose, '“');
  const rightDouble = countOf(prose, '”');
  const balanced = low > 0 ? (low + leftDouble + rightDouble) % 2 === 0 && low <= leftDouble + rightDouble : leftDouble === rightDouble || (leftDouble === 0 && rightDouble % 2 === 0);
  if (balanced) return -1;
  return Math.max(prose.lastIndexOf('„'), prose.lastIndexOf('“'), prose.lastIndexOf('”'));
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let index = text.indexOf(character); index >= 0; index = text.indexOf(character, index + 1)) count++;
  return count;
}

function checkQuotes(context: PairedContext): Finding[] {
  if (!ANY_QUOTE.test(context.translation.raw)) return [];
  if (unbalancedQuote(proseOf(context.source)) >= 0) return [];
  const unbalanced = unbalancedQuote(proseOf(context.translation));
  if (unbalanced < 0) return [];
  const character = context.translation.raw[unbalanced];
  return [unitFinding(context, 'quotes', `unbalanced quotation mark ${shown(character)} (the source's quotes are balanced)`, rangeInHalf(context.translation, unbalanced, 1))];
}

// ---- final punctuation ---------------------------------------------------------------------

/** What may follow the final punctuation without changing it: closing markup, quotes, invisible marks. */
const AFTER_FINAL = /[\s*_~)\]"'”’»」』）］\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

/** The index of the last character that is not closing markup (nor masked markup when `skipMasked`), or -1. */
function finalCharacterIndex(prose: string, skipMasked: boolean): number {
  let index = prose.length - 1;
  while (index >= 0 && (AFTER_FINAL.test(prose[index]) || (skipMasked && prose[index] === MASK))) index--;
  return index;
}

function checkEndPunctuation(context: PairedContext): Finding[] {
  const translationProse = proseOf(context.translation);
  const sourceProse = proseOf(context.source);
  // A source ending with code or a link (`For example: \`value\``) has no sentence end to compare.
  if (sourceProse[finalCharacterIndex(sourceProse, false)] === MASK) return [];
  const translationIndex = finalCharacterIndex(translationProse, true);
  const sourceIndex = finalCharacterIndex(sourceProse, true);
  if (translationIndex < 0 || sourceIndex < 0) return [];
  const translationKind = endPunctuationOf(translationProse[translationIndex], context.locale);
  const sourceKind = endPunctuationOf(sourceProse[sourceIndex], { ...context.locale, language: 'en' });
  if (translationKind === sourceKind) return [];
  // A fragment completed into a sentence (Korean `-니다.`, Arabic) reads fine: only lost or
  // changed punctuation is reported.
  if (sourceKind === 'none') return [];
  // Japanese, Chinese and Korean end a sentence that introduces a list with a full stop.
  if (context.locale.fullStopForColon && sourceKind === 'colon' && translationKind === 'full-stop') return [];
  // An abbreviation (`No.`, `etc.`) is often translated by a word without a dot.
  if (sourceKind === 'full-stop' && /^\S{1,6}$/.test(sourceProse.slice(0, sourceIndex + 1).trim())) return [];
  const describe = (kind: string, character: string): string => (kind === 'none' ? 'no final punctuation' : shown(character));
  return [
    unitFinding(
      context,
      'end-punctuation',
      `final punctuation differs: ${describe(sourceKind, sourceProse[sourceIndex])} in the source, ${describe(translationKind, translationProse[translationIndex])} in the translation`,
      translationKind === 'none' ? context.translation.range : rangeInHalf(context.translation, translationIndex, 1),
      { related: [inSource(rangeInHalf(context.source, sourceIndex, 1), 'final punctuation of the source')] },
    ),
  ];
}

// ---- double spaces and repeated words ------------------------------------------------------

/** Runs of two or more spaces inside the half (the edges belong to edge-whitespace). */
function innerDoubleSpaces(half: Half): RegExpMatchArray[] {
  const prose = proseOf(half);
  const contentStart = edgeSpace(prose, 'start').length;
  const contentEnd = prose.length - edgeSpace(prose, 'end').length;
  // Spaces after a line break indent a continuation line; they are not a double space.
  return [...prose.matchAll(/(?<![\n ]) {2,}/g)].filter((match) => (match.index ?? 0) > contentStart && (match.index ?? 0) + match[0].length < contentEnd);
}

function checkDoubleSpaces(context: PairedContext): Finding[] {
  if (!context.translation.raw.includes('  ')) return [];
  const translationRuns = innerDoubleSpaces(context.translation);
  if (translationRuns.length <= innerDoubleSpaces(context.source).length) return [];
  return translationRuns.map((match) => {
    const range = rangeInHalf(context.translation, match.index ?? 0, match[0].length);
    return unitFinding(context, 'double-space', 'double space in the translation', range, { fix: { title: 'Replace with one space', edits: [{ range, newText: ' ' }] } });
  });
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** A cheap look for two neighbouring space-separated words that may be the same word. */
function mayRepeatAWord(prose: string): boolean {
  const parts = prose.split(' ');
  for (let index = 0; index + 1 < parts.length; index++) {
    const word = parts[index];
    const following = parts[index + 1];
    // First letters compared without case by their code (`|0x20`), the whole words only then.
    if (word.length === 0 || following.length < word.length || (word.charCodeAt(0) | 0x20) !== (following.charCodeAt(0) | 0x20)) continue;
    if (following.toLowerCase().startsWith(word.toLowerCase())) return true;
  }
  return false;
}

/** Words written twice in a row, separated only by spaces: their start, length and the word. */
function repeatedWords(prose: string): { index: number; length: number; word: string }[] {
  if (!mayRepeatAWord(prose.replace(/\u00a0/g, ' '))) return [];
  const repeats: { index: number; length: number; word: string }[] = [];
  let previousWord = '';
  let previousStart = -1;
  let previousEnd = -1;
  for (const match of prose.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = match[0].toLowerCase();
    const between = prose.slice(previousEnd, start);
    if (word === previousWord && previousEnd >= 0 && /^[ \u00a0]+$/.test(between) && !isWordCharacter(prose, start + match[0].length) && !isWordCharacter(prose, previousStart - 1)) {
      repeats.push({ index: previousStart, length: start + match[0].length - previousStart, word });
    }
    previousWord = word;
    previousStart = start;
    previousEnd = start + match[0].length;
  }
  return repeats;
}

/** Whether a digit glues to a word there (`v2 v2` are versions, not a repeated word). */
function isWordCharacter(prose: string, index: number): boolean {
  const code = prose.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

/** Repetitions that grammar allows ("nous nous", "die die", "had had"). */
const ALLOWED_REPETITIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(['that', 'had', 'is']),
  fr: new Set(['nous', 'vous', 'l']),
  de: new Set(['die', 'das', 'der', 'sie']),
  nl: new Set(['die', 'dat']),
  nb: new Set(['det', 'som']),
};

function checkRepeatedWords(context: PairedContext): Finding[] {
  if (context.locale.withoutWordSpaces) return [];
  const repeats = repeatedWords(proseOf(context.translation));
  if (repeats.length === 0) return [];
  const allowed = ALLOWED_REPETITIONS[context.locale.language];
  const repeatedInSource = new Set(repeatedWords(proseOf(context.source)).map((repeat) => repeat.word));
  const findings: Finding[] = [];
  for (const repeat of repeats) {
    if (allowed?.has(repeat.word) || repeatedInSource.has(repeat.word)) continue;
    const range = rangeInHalf(context.translation, repeat.index, repeat.length);
    findings.push(unitFinding(context, 'repeated-word', `repeated word ${shown(context.translation.raw.slice(repeat.index, repeat.index + repeat.length))}`, range));
  }
  return findings;
}

// ---- French no-break spaces ----------------------------------------------------------------

const NO_BREAK = new Set(['\u00a0', '\u202f']);
const NO_BREAK_ENTITY = /&(?:nbsp|#160|#x[aA]0|#8239|#x202[fF]);$/;
/** What may follow `: ; ? !` for it to be sentence punctuation (not `10:30`, `?param`, `::`). */
const AFTER_HIGH_PUNCTUATION = /^(?:$|[\s\u0001*_)”»<])/u;

function checkFrenchSpacing(context: PairedContext): Finding[] {
  if (!context.locale.frenchSpacing || context.translation.raw.trim() === context.source.raw.trim()) return [];
  const half = context.translation;
  const prose = proseOf(half);
  const raw = half.raw;
  const findings: Finding[] = [];
  const hasNoBreakBefore = (index: number): boolean => NO_BREAK.has(prose[index - 1]) || NO_BREAK_ENTITY.test(raw.slice(Math.max(0, index - 8), index));
  const report = (index: number, character: string, side: 'before' | 'after'): void => {
    const neighbour = side === 'before' ? index - 1 : index + 1;
    const plainSpace = prose[neighbour] === ' ';
    const range = plainSpace ? rangeInHalf(half, neighbour, 1) : rangeInHalf(half, index, 1);
    const insertAt = side === 'before' ? range.start : range.end;
    findings.push(
      unitFinding(
        context,
        'french-spacing',
        plainSpace ? `plain space ${side} ${shown(character)}: French uses a no-break space` : `no-break space missing ${side} ${shown(character)}`,
        range,
        {
          fix: {
            title: 'Use a no-break space',
            edits: [plainSpace ? { range, newText: '\u00a0' } : { range: { start: insertAt, end: insertAt }, newText: '\u00a0' }],
          },
        },
      ),
    );
  };
  for (let index = 1; index < prose.length; index++) {
    const character = prose[index];
    if (character === ':' || character === ';' || character === '?' || character === '!') {
      if (!AFTER_HIGH_PUNCTUATION.test(prose.slice(index + 1, index + 2))) continue;
      const before = prose[index - 1];
      if (before === ':' || before === ';' || before === '?' || before === '!' || before === MASK || /\s/.test(before) && before !== ' ') continue;
      if (hasNoBreakBefore(index)) continue;
      // A name written with ` : ` in the source too (`eCommercePurchases : eCommerce`) is kept as is.
      if (before === ' ' && context.source.raw.includes(wordsAround(prose, index))) continue;
      report(index, character, 'before');
    } else if (character === '»') {
      if (!hasNoBreakBefore(index) && prose[index - 1] !== MASK) report(index, character, 'before');
    }
  }
  for (let index = prose.indexOf('«'); index >= 0; index = prose.indexOf('«', index + 1)) {
    const after = prose[index + 1];
    if (after !== undefined && !NO_BREAK.has(after) && after !== MASK && !/^&(?:nbsp|#160);/.test(raw.slice(index + 1))) report(index, '«', 'after');
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

/** The words on both sides of the punctuation at `index`, with what is between them. */
function wordsAround(prose: string, index: number): string {
  let start = index - 1;
  while (start > 0 && prose[start - 1] === ' ') start--;
  while (start > 0 && !/[\s\u0001*]/.test(prose[start - 1])) start--;
  let end = index + 1;
  while (end < prose.length && prose[end] === ' ') end++;
  while (end < prose.length && !/[\s\u0001*]/.test(prose[end])) end++;
  return prose.slice(start, end);
}

// ---- line breaks and tabs ------------------------------------------------------------------

function checkLineBreaks(context: PairedContext): Finding[] {
  const findings: Finding[] = [];
  for (const [character, noun] of [['\n', 'line break'], ['\t', 'tab']] as const) {
    const inTranslation = countOf(context.translation.raw, character);
    const inSourceHalf = countOf(context.source.raw, character);
    if (inTranslation === inSourceHalf) continue;
    const extraIndex = inTranslation > inSourceHalf ? context.translation.raw.indexOf(character) : -1;
    findings.push(
      unitFinding(
        context,
        'line-breaks',
        `${noun}s differ: ${inSourceHalf} in the source, ${inTranslation} in the translation`,
        extraIndex >= 0 ? rangeInHalf(context.translation, extraIndex, 1) : context.translation.range,
      ),
    );
  }
  return findings;
}
