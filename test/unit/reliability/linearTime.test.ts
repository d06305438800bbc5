/**
 * Parsing and checking stay linear in the input: for real articles and for the shapes that make
 * naive scanners quadratic (unclosed comments, orphan halves, `&quot;` units, thousands of units
 * on one line or in one HTML table row, one enormous unit), a 16× larger input costs less than 128×
 * the CPU time (a quadratic step costs 256×) — the article's own checks and the consistency of its
 * translations alike. CPU time (`process.cpuUsage`) rather than wall time, the fastest of several
 * runs and a re-measure before failing keep the test steady on a loaded two-core machine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../../../server/src/checks/index';
import { parse } from '../../../server/src/core/parse';
import { articleWorkspaceFindings } from '../../../server/src/workspace/findings/articleWorkspaceFindings';
import { unitMarkup, unitsOnOneLine } from './articleMutations';
import { corpusTexts } from './reliabilityCorpus';

/** The size of the smaller input, in UTF-16 code units. */
const SMALL_SIZE = 200_000;
/** How many times larger the larger input is. */
const GROWTH = 16;
/**
 * The larger input may cost up to this many times the CPU time. Linear costs ×16, but past some
 * size the young generation no longer holds a parse's objects and the garbage collector's old
 * space takes them, a constant factor of 2–3 that passes once (×13–50 seen for linear shapes on a
 * quiet machine); a loaded machine adds ×2–3 more to the larger input, whose text and model leave
 * the CPU's caches while another job runs (×10.3 was seen at 4× growth beside a benchmark).
 * A quadratic step costs ×256, and one that is half the smaller input's work still crosses it.
 */
const MAX_RATIO = 128;
/**
 * The first measure: inputs of 1/16 and 1/4 the smaller size, where a quadratic step already costs
 * ×16 (linear shapes stayed below ×10.3, even under load). A quadratic regression fails there,
 * on small inputs, before the larger inputs are built.
 */
const QUADRATIC_AT_4X = 16;

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

/** Input shapes: each builds a text of about `size` code units. */
const SHAPES: Record<string, (size: number) => string> = {
  'real articles, concatenated': (size) => {
    const texts = corpusTexts();
    return texts.length ? repeatTo(size, (index) => texts[index % texts.length].replace(/^---[\s\S]*?\n---\n/, '') + '\n\n') : repeatTo(size, (index) => `## ${unit(index)}\n\n- ${unit(index + 1)}\n\n`);
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

/** CPU milliseconds of one call of `work`, repeated until the measure is long enough to trust. */
function cpuTimeOf(work: () => void): number {
  let calls = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  do {
    work();
    calls++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < 120 && calls < 200);
  return elapsed / calls;
}

/** The ratio of the large input's CPU time to the small one's, the fastest of three interleaved runs (load only ever adds time). */
function costRatio(small: string, large: string): { ratio: number; smallMs: number; largeMs: number } {
  // The article's own checks and its consistency within the file (the workspace findings without a workspace).
  const work = (text: string) => () => {
    const model = parse(text);
    checkDocument(model);
    articleWorkspaceFindings({ uri: 'file:///fr-fr/article.md', text, model, locale: 'fr-fr' });
  };
  work(small)(); // warm up the code paths before measuring
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    smallTimes.push(cpuTimeOf(work(small)));
    largeTimes.push(cpuTimeOf(work(large)));
  }
  const smallMs = Math.min(...smallTimes);
  const largeMs = Math.min(...largeTimes);
  return { ratio: largeMs / smallMs, smallMs, largeMs };
}

/** The fastest of several measures of the ratio (a busy machine slows one measure; a quadratic algorithm is slow every time). */
function steadiestRatio(small: string, large: string, limit: number): ReturnType<typeof costRatio> {
  let best = costRatio(small, large);
  // Well past the limit is a failure, not noise: not measured again, so a regression fails fast.
  for (let retry = 0; retry < 2 && best.ratio >= limit && best.ratio < 2 * limit; retry++) {
    const again = costRatio(small, large);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

describe('reliability: parse and checks take time linear in the input', () => {
  for (const [name, build] of Object.entries(SHAPES)) {
    it(name, (t) => {
      const first = steadiestRatio(build(SMALL_SIZE / 16), build(SMALL_SIZE / 4), QUADRATIC_AT_4X);
      assert.ok(first.ratio < QUADRATIC_AT_4X, `${name}: a 4× input costs ×${first.ratio.toFixed(1)} the CPU time (${first.smallMs.toFixed(1)} → ${first.largeMs.toFixed(1)} ms), as a quadratic algorithm does`);
      const small = build(SMALL_SIZE);
      const large = build(GROWTH * SMALL_SIZE);
      const best = steadiestRatio(small, large, MAX_RATIO);
      const summary = `${small.length} → ${large.length} code units: ${best.smallMs.toFixed(1)} → ${best.largeMs.toFixed(1)} ms CPU (×${best.ratio.toFixed(1)}, limit ×${MAX_RATIO})`;
      t.diagnostic(summary);
      assert.ok(best.ratio < MAX_RATIO, `${name}: ${summary}`);
    });
  }
});
