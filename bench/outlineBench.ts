/**
 * The outline of a large article: ours (the server's document symbols feature) against
 * vscode-markdown-languageservice's document symbols with markdown-it, which tokenizes the whole
 * text for each new version (a new document version each run, so its table-of-contents cache
 * misses). Ours is measured cold (a fresh snapshot: full parse) and as it runs while typing (a
 * snapshot after a one-character edit: the previous model re-parsed where the edit is).
 */
import { DocumentSnapshot } from '../server/src/documentSnapshot';
import { documentSymbolsOf } from '../server/src/features/documentSymbols';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { TypingEdits } from './editScript';
import { createMarkdownOutliner } from './markdownLanguageService';
import { timeInterleavedAsync, type RunCounts } from './measure';

const REQUIRED_SPEEDUP = 20;
const URI = 'file:///bench/customer-insights-pr/fr-fr/outline.md';

/** Rows: ours cold, ours after an edit, ours on a parsed model, and the Markdown language service. */
export async function outlineRows(label: string, text: string, counts: RunCounts): Promise<BenchRow[]> {
  const outliner = await createMarkdownOutliner();
  let version = 0;
  const parsed = new DocumentSnapshot(URI, version, text);
  void parsed.model;
  let typing = new DocumentSnapshot(URI, ++version, text);
  void typing.model;
  const edits = new TypingEdits(9);
  const timings = await timeInterleavedAsync(
    {
      cold: async () => documentSymbolsOf(new DocumentSnapshot(URI, ++version, text), DEFAULT_SETTINGS),
      afterEdit: async () => {
        const edit = edits.next(typing.model);
        typing = new DocumentSnapshot(URI, ++version, edit.text, typing.baseForNextVersion());
        return documentSymbolsOf(typing, DEFAULT_SETTINGS);
      },
      parsed: async () => documentSymbolsOf(parsed, DEFAULT_SETTINGS),
      markdown: () => outliner.documentSymbols(text),
    },
    counts,
  );
  outliner.dispose();
  const baseline = timings.markdown.cpuMs;
  const row = (name: string, key: 'cold' | 'afterEdit' | 'parsed', withTarget: boolean): BenchRow => {
    const speedup = baseline / timings[key].cpuMs;
    return {
      section: 'outline',
      name,
      input: label,
      cpuMs: timings[key].cpuMs,
      wallMs: timings[key].wallMs,
      figure: `${timings[key].cpuMs.toFixed(1)} ms`,
      speedup: { value: speedup, baseline: 'markdown-languageservice' },
      ...(withTarget ? { target: target(`≥ ${REQUIRED_SPEEDUP}× faster than vscode-markdown-languageservice (×${speedup.toFixed(1)})`, speedup >= REQUIRED_SPEEDUP) } : {}),
    };
  };
  return [
    row('outline, cold: fresh snapshot (full parse + symbols)', 'cold', true),
    row('outline while typing: edit → snapshot (reparse) → symbols', 'afterEdit', true),
    row('outline, model already parsed (symbols only)', 'parsed', false),
    {
      section: 'outline',
      name: 'outline: vscode-markdown-languageservice + markdown-it (any new version)',
      input: label,
      cpuMs: baseline,
      wallMs: timings.markdown.wallMs,
      figure: `${baseline.toFixed(0)} ms`,
      note: 'baseline',
    },
  ];
}
