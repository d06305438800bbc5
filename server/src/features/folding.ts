/** Folding ranges of a localized article: each heading's section and the front matter. */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { DocumentSnapshot } from '../documentSnapshot';
import { sectionRange } from './sections';

/** The folding ranges; none for Markdown that is not a localized article. */
export function foldingRangesOf(snapshot: DocumentSnapshot): FoldingRange[] {
  if (!snapshot.isLocalized) return [];
  const { model, lines, text } = snapshot;
  const ranges: FoldingRange[] = [];
  if (model.frontMatter) {
    const startLine = lines.lineAt(model.frontMatter.range.start);
    // The range ends after the closing delimiter; fold up to the delimiter's own line.
    const endLine = lines.lineAt(Math.max(model.frontMatter.range.start, model.frontMatter.range.end - 1));
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  model.headings.forEach((heading, index) => {
    const endLine = lines.lineAt(sectionRange(text, model.headings, index).end);
    if (endLine > heading.line) ranges.push({ startLine: heading.line, endLine });
  });
  return ranges;
}
