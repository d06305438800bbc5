/**
 * Which sentences of an English original changed since its translations were made: the places
 * the server's `source-changed` and `source-added` diagnostics of the translations point at
 * (their related information is the current sentence in the original). Pure: the pane that
 * shows the original marks these ranges.
 */
import type { Range } from 'vscode-languageserver-types';

/** A diagnostic as far as this needs it (the client's and the protocol's both fit). */
export interface RelatedDiagnostic {
  readonly source?: string;
  readonly code?: string | number | { readonly value: string | number };
  readonly relatedInformation?: readonly { readonly location: { readonly uri: string; readonly range: Range } }[];
}

/** What a marked sentence is. */
export type SentenceChange = 'changed' | 'added';

/** The ranges in the document `originalUri` that translations report as changed or added, without repeats, in order. */
export function changedSentenceRanges(diagnostics: Iterable<RelatedDiagnostic>, originalUri: string): { range: Range; change: SentenceChange }[] {
  const found = new Map<string, { range: Range; change: SentenceChange }>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'sxs') continue;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    if (code !== 'source-changed' && code !== 'source-added') continue;
    for (const related of diagnostic.relatedInformation ?? []) {
      if (related.location.uri !== originalUri) continue;
      const { start, end } = related.location.range;
      const key = `${start.line}:${start.character}-${end.line}:${end.character}`;
      if (!found.has(key)) found.set(key, { range: related.location.range, change: code === 'source-changed' ? 'changed' : 'added' });
    }
  }
  return [...found.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
