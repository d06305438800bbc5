/**
 * How each next version of an open document's text is made: the one place that builds a whole
 * new string per edit. The default concatenates; V8 makes such a string flat on its first read,
 * a copy into fresh memory that took 55–110 ms here for a 10 MB text (`nodeTextBuilder.ts` has
 * the Node way).
 */

/** Makes the versions of one document's text, each from the one before. */
export interface TextBuilder {
  /** `text` with the code units [start, end) replaced by `inserted`; `text` is this builder's last result, or its first text. */
  splice(text: string, start: number, end: number, inserted: string): string;
}

/** A new builder for a document's text (one per document, new when the whole text is replaced). */
export type TextBuilders = () => TextBuilder;

export const concatenation: TextBuilders = () => ({
  splice: (text, start, end, inserted) => text.slice(0, start) + inserted + text.slice(end),
});
