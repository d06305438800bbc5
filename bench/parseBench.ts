/**
 * Parse throughput: our model (`parse`) against htmlparser2 reading the same text with no-op
 * callbacks, and against the floor — one regular expression that only finds the units. A fourth
 * row forces every half's inline tokens (they are lazy), so their cost is visible.
 */
import { Parser } from 'htmlparser2';
import { parse } from '../server/src/core/parse';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { timeInterleaved, type RunCounts } from './measure';

/** A text to parse and how it is described in the report. */
export interface ParseInput {
  readonly label: string;
  readonly texts: readonly string[];
  readonly bytes: number;
}

/** The units, and nothing else: the least any reader of the format must do. */
const UNIT_PATTERN = /<span data-ttu-id="[^"]*">[\s\S]*?<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;

function parseModel(texts: readonly string[]): number {
  let units = 0;
  for (const text of texts) units += parse(text).units.length;
  return units;
}

function parseWithTokens(texts: readonly string[]): number {
  let tokens = 0;
  for (const text of texts) {
    for (const unit of parse(text).units) {
      tokens += unit.translation.tokens.length;
      if (unit.source) tokens += unit.source.tokens.length;
    }
  }
  return tokens;
}

export function parseHtml(texts: readonly string[]): number {
  let count = 0;
  for (const text of texts) {
    const parser = new Parser({}, { decodeEntities: false });
    parser.end(text);
    count += parser.endIndex;
  }
  return count;
}

function scanUnitsByRegex(texts: readonly string[]): number {
  let units = 0;
  for (const text of texts) {
    UNIT_PATTERN.lastIndex = 0;
    while (UNIT_PATTERN.exec(text)) units++;
  }
  return units;
}

/** Rows for one input: model, model with tokens, htmlparser2, regex floor; targets on the model row. */
export function parseRows(input: ParseInput, counts: RunCounts): BenchRow[] {
  const timings = timeInterleaved(
    {
      model: () => parseModel(input.texts),
      tokens: () => parseWithTokens(input.texts),
      htmlparser2: () => parseHtml(input.texts),
      regex: () => scanUnitsByRegex(input.texts),
    },
    counts,
  );
  const megabytes = input.bytes / 1e6;
  const throughput = (cpuMs: number): number => megabytes / (cpuMs / 1000);
  const row = (name: string, key: keyof typeof timings, extra: Partial<BenchRow> = {}): BenchRow => ({
    section: 'parse',
    name,
    input: input.label,
    cpuMs: timings[key].cpuMs,
    wallMs: timings[key].wallMs,
    figure: `${throughput(timings[key].cpuMs).toFixed(0)} MB/s`,
    ...extra,
  });
  const model = timings.model.cpuMs;
  const htmlSpeedup = timings.htmlparser2.cpuMs / model;
  const floorRatio = model / timings.regex.cpuMs;
  const modelThroughput = throughput(model);
  return [
    row('parse (model, tokens lazy)', 'model', {
      speedup: { value: htmlSpeedup, baseline: 'htmlparser2' },
      target: target(
        `≥ 100 MB/s (${modelThroughput.toFixed(0)}), no slower than htmlparser2 (×${htmlSpeedup.toFixed(2)}), within 10× of the regex floor (${floorRatio.toFixed(1)}×)`,
        modelThroughput >= 100 && htmlSpeedup >= 1 && floorRatio <= 10,
      ),
    }),
    row('parse + every half tokenized', 'tokens', { speedup: { value: timings.htmlparser2.cpuMs / timings.tokens.cpuMs, baseline: 'htmlparser2' } }),
    row('htmlparser2, no-op callbacks', 'htmlparser2', { note: 'baseline' }),
    row('regex unit scan (floor)', 'regex', { speedup: { value: timings.htmlparser2.cpuMs / timings.regex.cpuMs, baseline: 'htmlparser2' }, note: 'floor' }),
  ];
}
