/**
 * Where a unit's English sentence stands in the English original. The original is plain
 * Markdown written by the same hands, so the source half appears in it as written (entities,
 * links and emphasis included); only line wrapping may differ. A sentence that occurs several
 * times ("The trigger is limited to crossing above the threshold.") is matched by rank: the
 * n-th unit with that source goes to the n-th occurrence.
 */
import { readFrontMatter } from '../core/frontMatter';
import type { OffsetRange } from '../core/model';

/** Which part of the original to search: its front matter or its body. */
export type EnglishRegion = 'front-matter' | 'body';

/**
 * The range of `source` in `englishText`, at occurrence `rank` (0-based; the last occurrence when
 * there are fewer), not starting or ending inside a word. Undefined when it does not occur.
 */
export function findEnglishSentence(englishText: string, source: string, rank: number, region: EnglishRegion = 'body'): OffsetRange | undefined {
  const words = source.trim().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return undefined;
  const bodyStart = readFrontMatter(englishText, englishText.charCodeAt(0) === 0xfeff ? 1 : 0)?.range.end ?? 0;
  const [from, to] = region === 'body' ? [bodyStart, englishText.length] : [0, bodyStart];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  pattern.lastIndex = from;
  const found: OffsetRange[] = [];
  for (let match = pattern.exec(englishText); match && match.index < to; match = pattern.exec(englishText)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end > to) break;
    if (splitsWord(englishText, start) || splitsWord(englishText, end)) continue;
    found.push({ start, end });
  }
  return found.length > 0 ? found[Math.min(rank, found.length - 1)] : undefined;
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** Whether `offset` falls between two word characters ("Admin" inside "Administrator"). */
function splitsWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && WORD_CHARACTER.test(text[offset - 1]) && WORD_CHARACTER.test(text[offset]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
