/**
 * A large article made of every localized corpus article as it is — every locale, CRLF and LF
 * files, the `&quot;`-escaped files, front matter, fences, comments, lists and tables — with a
 * BOM before its front matter and lone `\r` line breaks in every third article (as generated
 * API articles have them). Units are renumbered under one prefix in document order, so the file
 * has the shape of one real article; nothing else is normalized.
 */
import type { CorpusFile } from './corpusFiles';
import { Renumbering } from './syntheticArticles';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The localized corpus files (English originals left out), in path order. */
export function localizedCorpus(corpus: readonly CorpusFile[]): CorpusFile[] {
  return corpus.filter((file) => !/(^|\/)en-us\//.test(file.relativePath));
}

/** An article of at least `minimumBytes` (UTF-8) from `sources`, again and again. */
export function mixedLocaleArticle(sources: readonly CorpusFile[], minimumBytes: number): string {
  if (sources.length === 0) throw new Error('no source articles');
  const numbering = new Renumbering();
  const first = sources[0].text.replace(/^\uFEFF/, '');
  const frontMatter = FRONT_MATTER.exec(first)?.[0] ?? '';
  const parts = ['\uFEFF' + numbering.renumber(frontMatter)];
  let bytes = Buffer.byteLength(parts[0]);
  for (let next = 0; bytes < minimumBytes; next++) {
    let body = sources[next % sources.length].text.replace(/^\uFEFF/, '').replace(FRONT_MATTER, '');
    if (next % 3 === 2) body = withLoneCarriageReturns(body);
    body = numbering.renumber(body) + '\n\n';
    parts.push(body);
    bytes += Buffer.byteLength(body);
  }
  return parts.join('');
}

/** Every fifth LF line break made a lone CR. */
function withLoneCarriageReturns(body: string): string {
  let count = 0;
  return body.replace(/(?<!\r)\n/g, () => (++count % 5 === 0 ? '\r' : '\n'));
}
