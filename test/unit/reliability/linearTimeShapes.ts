/**
 * The inputs of the linear-time test: real articles, and the shapes that make naive scanners
 * quadratic (unclosed comments, orphan halves, `&quot;` units, thousands of units on one line or
 * in one HTML table row, one enormous unit). Each builds a text of about `size` code units.
 */
import { unitMarkup, unitsOnOneLine } from './articleMutations';
import { corpusTexts } from './reliabilityCorpus';

/** Repeats `piece(i)` until the text reaches `size`. */
function repeatTo(size: number, piece: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const part = piece(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const unit = (number: number, translation = `Phrase ${number}.`, source = `Sentence ${number}.`): string => unitMarkup('f9f29', number, translation, source);

export const SHAPES: Record<string, (size: number) => string> = {
  // Cut at a line end near `size`, so the smallest input is part of one article, not a whole one
  // (articles run to 90k code units), and every step grows 16×.
  'real articles, concatenated': (size) => {
    const texts = corpusTexts();
    if (!texts.length) return repeatTo(size, (index) => `## ${unit(index)}\n\n- ${unit(index + 1)}\n\n`);
    const text = repeatTo(size, (index) => texts[index % texts.length].replace(/^---[\s\S]*?\n---\n/, '') + '\n\n');
    return text.slice(0, text.lastIndexOf('\n', size) + 1 || size);
  },
  'units on one line': (size) => unitsOnOneLine(Math.round(size / 130)),
  'units in one paragraph, a line each': (size) => repeatTo(size, (index) => unit(index) + '\n'),
  'units in one raw-HTML table row': (size) => '<table><tr>' + repeatTo(size, (index) => `<td>${unit(index)}</td>`),
  'unclosed `<!--` everywhere': (size) => repeatTo(size, () => '<!-- x '),
  'sxs-lookup halves without translations, unclosed': (size) => repeatTo(size, () => '<span class="sxs-lookup">x'),
  '`&quot;`-escaped units, never closed': (size) => repeatTo(size, (index) => `<span data-ttu-id=&quot;f9f29-${index}&quot;>x\n`),
  'unreadable translation tags without `>`': (size) => repeatTo(size, () => '<span data-ttu-id="'),
  'units left open, nested spans': (size) => repeatTo(size, (index) => `<span data-ttu-id="f9f29-${index}">x <span>y `),
  'stray closing tags': (size) => repeatTo(size, () => '</span>'),
  'prose around units, lists and headings': (size) => repeatTo(size, (index) => `Text **outside** ${unit(index)} more.\n- ${unit(index + 1)}\n\n## ${unit(index + 2)}\n\n`),
  'one unit with enormous halves full of markup': (size) =>
    unit(1, repeatTo(size / 2, (index) => `Texte **gras** [lien](http://x/${index}) \`code\` ${index} &amp; <b>b</b> « q » `), repeatTo(size / 2, (index) => `Text **bold** [link](http://y/${index}) \`code\` ${index + 1} &amp; <i>i</i> "q" `)),
  'fenced code fences, open and closed': (size) => repeatTo(size, (index) => (index % 3 ? '```\n' : `${unit(index)}\n`)),
  'one English sentence in every unit, translated three ways': (size) => repeatTo(size, (index) => `${unit(index, `Traduction ${index % 3}.`, 'Select Save.')}\n\n`),
};
