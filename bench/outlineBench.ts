/**
 * The outline of a large article: ours (the server's document symbols feature over a fresh
 * snapshot, parsing included) against vscode-markdown-languageservice's document symbols with
 * markdown-it (a new document version each run, so its table-of-contents cache misses).
 */
import { DocumentSnapshot } from '../server/src/documentSnapshot';
import { documentSymbolsOf } from '../server/src/features/documentSymbols';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { createMarkdownOutliner } from './markdownLanguageService';
import { timeInterleavedAsync, type RunCounts } from './measure';

const REQUIRED_SPEEDUP = 20;

/** Rows: ours cold, ours with the model already parsed, the Markdown language service. */
export async function outlineRows(label: string, text: string, counts: RunCounts): Promise<BenchRow[]> {
  const outliner = await createMarkdownOutliner();
  let version = 0;
  const parsed = new DocumentSnapshot('file:///bench/outline.md', 0, text);
  void parsed.model;
  const timings = await timeInterleavedAsync(
    {
      ours: async () => documentSymbolsOf(new DocumentSnapshot('file:///bench/outline.md', ++version, text), DEFAULT_SETTINGS),
      oursParsed: async () => documentSymbolsOf(parsed, DEFAULT_SETTINGS),
      markdown: () => outliner.documentSymbols(text),
    },
    counts,
  );
  outliner.dispose();
  const speedup = timings.markdown.cpuMs / timings.ours.cpuMs;
  return [
    {
      section: 'outline',
      name: 'outline: ours, from text (parse + symbols)',
      input: label,
      cpuMs: timings.ours.cpuMs,
      wallMs: timings.ours.wallMs,
      figure: `${timings.ours.cpuMs.toFixed(1)} ms`,
      speedup: { value: speedup, baseline: 'markdown-languageservice' },
      target: target(`≥ ${REQUIRED_SPEEDUP}× faster than vscode-markdown-languageservice (×${speedup.toFixed(1)})`, speedup >= REQUIRED_SPEEDUP),
    },
    {
      section: 'outline',
      name: 'outline: ours, model already parsed',
      input: label,
      cpuMs: timings.oursParsed.cpuMs,
      wallMs: timings.oursParsed.wallMs,
      figure: `${timings.oursParsed.cpuMs.toFixed(1)} ms`,
      speedup: { value: timings.markdown.cpuMs / timings.oursParsed.cpuMs, baseline: 'markdown-languageservice' },
    },
    {
      section: 'outline',
      name: 'outline: vscode-markdown-languageservice + markdown-it',
      input: label,
      cpuMs: timings.markdown.cpuMs,
      wallMs: timings.markdown.wallMs,
      figure: `${timings.markdown.cpuMs.toFixed(0)} ms`,
      note: 'baseline',
    },
  ];
}
