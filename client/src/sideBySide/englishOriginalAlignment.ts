/**
 * Where each unit's English sentence stands in the English original, found by its text. The
 * original is plain Markdown without ids, so text is the only link; sentences are searched in
 * order, each after the previous one, so a sentence repeated in the article maps to the right
 * occurrence.
 */

/** A half-open range of UTF-16 offsets into the English original. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * For each unit (given as the spellings of its English to try, most exact first: raw, then
 * entities decoded), the span of the English original it stands at, or undefined when none of
 * its spellings occurs. Runs of whitespace match any whitespace, since line wrapping and
 * trailing spaces differ between the original and the lookup half.
 */
export function locateSentencesInEnglishOriginal(englishText: string, spellingsPerUnit: readonly (readonly string[])[]): (TextSpan | undefined)[] {
  let searchFrom = 0;
  return spellingsPerUnit.map((spellings) => {
    const patterns = uniqueNonEmpty(spellings).map(whitespaceTolerantPattern);
    const found = findFirst(englishText, patterns, searchFrom) ?? findFirst(englishText, patterns, 0);
    if (found) searchFrom = found.end;
    return found;
  });
}

function uniqueNonEmpty(spellings: readonly string[]): string[] {
  return [...new Set(spellings.map((spelling) => spelling.trim()).filter((spelling) => spelling !== ''))];
}

function whitespaceTolerantPattern(sentence: string): RegExp {
  const escaped = sentence
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(escaped, 'g');
}

function findFirst(text: string, patterns: readonly RegExp[], from: number): TextSpan | undefined {
  for (const pattern of patterns) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
