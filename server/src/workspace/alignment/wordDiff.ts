/**
 * The words that changed between a unit's old English and the current sentence: a longest
 * common subsequence over words and punctuation, white space kept with the token before it, so
 * the parts joined give back each text (white space collapsed).
 */

/** One stretch of a diff. */
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:['’\-][\p{L}\p{M}\p{N}_]+)*\s*|[^\s\p{L}\p{M}\p{N}_]\s*|\s+/gu;
/** Beyond this many tokens per side the diff is the whole old text against the whole new one. */
const MAX_TOKENS = 600;

/** The diff of `before` and `after`, adjacent parts of one kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before.replace(/\s+/g, ' ').trim());
  const b = tokens(after.replace(/\s+/g, ' ').trim());
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) return merge([{ kind: 'removed', text: a.join('') }, { kind: 'added', text: b.join('') }]);
  const key = (token: string): string => token.trimEnd();
  const n = a.length;
  const m = b.length;
  const lengths = new Uint16Array((n + 1) * (m + 1));
  const width = m + 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = key(a[i]) === key(b[j]) ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && key(a[i]) === key(b[j])) {
      parts.push({ kind: 'same', text: b[j] });
      i++;
      j++;
    } else if (i < n && (j === m || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      parts.push({ kind: 'removed', text: a[i++] });
    } else {
      parts.push({ kind: 'added', text: b[j++] });
    }
  }
  return merge(parts);
}

/** "“Admin” → “Settings”, added “new”": the first few changes, for a one-line message. */
export function describeChanges(parts: readonly DiffPart[], limit = 3): string {
  const changes: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (part.kind === 'same') continue;
    const next = parts[index + 1];
    if (part.kind === 'removed' && next?.kind === 'added') {
      changes.push(`“${part.text.trim()}” → “${next.text.trim()}”`);
      index++;
    } else changes.push(`${part.kind} “${part.text.trim()}”`);
  }
  const shown = changes.filter((change) => !change.includes('“”')).slice(0, limit);
  const more = changes.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more change${more === 1 ? '' : 's'}` : '');
}

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function merge(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) merged[merged.length - 1] = { kind: part.kind, text: last.text + part.text };
    else merged.push(part);
  }
  return merged;
}
