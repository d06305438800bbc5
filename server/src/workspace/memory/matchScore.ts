/**
 * The CAT-style fuzzy match percentage between two English sentences, word-level, as
 * documented in `docs/translation-memory.md`:
 *
 *   percentage = floor(100 × (1 − distance / max(weight(a), weight(b))))
 *
 * over tokens (words weigh 1; punctuation, markup, entities, code and URLs weigh 0.5), where
 * `distance` is the weighted Levenshtein distance between the token sequences (inserting or
 * deleting a token costs its weight, replacing one costs the larger weight, a word differing only
 * in case costs a quarter of its weight). Texts equal after collapsing white space score 100;
 * any other pair scores at most 99, so "100 %" always means "the same sentence".
 */

/** One token of a sentence: its text as written and what it weighs in the distance. */
export interface MatchToken {
  readonly text: string;
  /** Lower-cased text, for case-insensitive comparison. */
  readonly folded: string;
  readonly weight: number;
  /** Whether it is a word (letters or digits), which the memory indexes. */
  readonly word: boolean;
}

const WORD_WEIGHT = 1;
const SYMBOL_WEIGHT = 0.5;
const CASE_ONLY_FACTOR = 0.25;
/** Beyond this many tokens a sentence is compared by its first tokens only (bounded cost). */
const MAX_TOKENS = 400;

/**
 * Inline code, link destinations, URLs, tags and entities are one token each (a changed URL is
 * one change, not thirty); words keep inner apostrophes and hyphens; any other non-space
 * character is a token of its own.
 */
const TOKEN = /`[^`\n]*`|\]\([^)\s]*\)|https?:\/\/[^\s)<>\]]+|<\/?[A-Za-z][^<>]*>|&#?\w+;|[\p{L}\p{M}\p{N}_]+(?:['’\-][\p{L}\p{M}\p{N}_]+)*|[^\s\p{L}\p{M}\p{N}_]/gu;

/** The tokens of a text, in order. */
export function matchTokens(text: string): MatchToken[] {
  const tokens: MatchToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const word = /^[\p{L}\p{M}\p{N}_]/u.test(value);
    tokens.push({ text: value, folded: value.toLowerCase(), weight: word ? WORD_WEIGHT : SYMBOL_WEIGHT, word });
    if (tokens.length === MAX_TOKENS) break;
  }
  return tokens;
}

/** White space runs collapsed to one space and the ends trimmed: the key of "the same sentence". */
export function normalizeSentence(text: string): string {
  // Most halves are normalized already: look before building a new string.
  return needsNormalizing(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whether `text` has white space other than single spaces between non-spaces. */
function needsNormalizing(text: string): boolean {
  const last = text.length - 1;
  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (index === 0 || index === last || text.charCodeAt(index + 1) === 32) return true;
    } else if (code < 32 ? code >= 9 && code <= 13 : code >= 0xa0 && isOtherSpace(code)) return true;
  }
  return false;
}

function isOtherSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The sum of the tokens' weights. */
export function tokenWeight(tokens: readonly MatchToken[]): number {
  let total = 0;
  for (const token of tokens) total += token.weight;
  return total;
}

/** The match percentage (0–100) of two texts; see the file comment for the formula. */
export function matchPercentage(a: string, b: string): number {
  if (normalizeSentence(a) === normalizeSentence(b)) return 100;
  return percentageOfTokens(matchTokens(a), matchTokens(b));
}

/** The match percentage of two token sequences of texts already known to differ (at most 99). */
export function percentageOfTokens(a: readonly MatchToken[], b: readonly MatchToken[]): number {
  const total = Math.max(tokenWeight(a), tokenWeight(b));
  if (total === 0) return 0;
  const percentage = Math.floor(100 * (1 - weightedDistance(a, b) / total) + 1e-9);
  return Math.max(0, Math.min(99, percentage));
}

/** The weighted Levenshtein distance between two token sequences (two rows of the table). */
export function weightedDistance(a: readonly MatchToken[], b: readonly MatchToken[]): number {
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + b[j - 1].weight;
  for (let i = 1; i <= a.length; i++) {
    const left = a[i - 1];
    current[0] = previous[0] + left.weight;
    for (let j = 1; j <= b.length; j++) {
      const right = b[j - 1];
      const replace = previous[j - 1] + substitutionCost(left, right);
      const remove = previous[j] + left.weight;
      const insert = current[j - 1] + right.weight;
      current[j] = Math.min(replace, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

function substitutionCost(a: MatchToken, b: MatchToken): number {
  if (a.text === b.text) return 0;
  if (a.folded === b.folded) return CASE_ONLY_FACTOR * Math.max(a.weight, b.weight);
  return Math.max(a.weight, b.weight);
}
