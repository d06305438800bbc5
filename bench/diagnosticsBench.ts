/**
 * All diagnostics of a large article: cold (parse and check every unit), and after a
 * one-character edit — with the whole-document check, and along the server's own keystroke path
 * (a new snapshot from the previous one: the change found by comparing the texts, `reparse` of the
 * touched paragraphs, the checks of the new units only, positions for the diagnostics), whose
 * steps are also timed one by one to show what is left of the cost.
 */
import { checkDocument, UnitFindingsCache } from '../server/src/checks';
import { LineIndex } from '../server/src/core/lineIndex';
import type { SxsDocument } from '../server/src/core/model';
import { parse, parseStateOf } from '../server/src/core/parse';
import { reparse } from '../server/src/core/reparse';
import { DocumentSnapshot } from '../server/src/documentSnapshot';
import { diagnosticsOf, toDiagnostic } from '../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { textChangeBetween } from '../server/src/textChange';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { TypingEdits } from './editScript';
import { median, timeOne, type RunCounts } from './measure';

/** Every check runs, whatever the size: the benchmark measures the largest case. */
const ALL_CHECKS = { ...DEFAULT_SETTINGS, maxFileSize: 1024 * 1024 * 1024 };
const KEYSTROKE_LIMIT_MS = 20;

/** Rows for one article; `withTarget` puts the keystroke target on its server-path row. */
export function diagnosticsRows(label: string, text: string, counts: { cold: RunCounts; edit: RunCounts }, withTarget: boolean): BenchRow[] {
  const rows: BenchRow[] = [];
  const row = (name: string, timing: { cpuMs: number; wallMs: number }, extra: Partial<BenchRow> = {}): BenchRow => ({
    section: 'diagnostics',
    name,
    input: label,
    cpuMs: timing.cpuMs,
    wallMs: timing.wallMs,
    figure: `${timing.cpuMs.toFixed(timing.cpuMs < 10 ? 2 : 1)} ms`,
    ...extra,
  });
  const cold = timeOne(() => checkDocument(parse(text)).length, counts.cold);
  const findings = checkDocument(parse(text)).length;
  rows.push(row('cold: parse + checkDocument', cold, { figure: `${cold.cpuMs.toFixed(0)} ms, ${findings} findings` }));

  let document: SxsDocument = parse(text);
  const edits = new TypingEdits();
  const whole = timeOne(() => {
    const edit = edits.next(document);
    document = reparse(document, edit.text, edit.change);
    return checkDocument(document).length;
  }, counts.edit);
  rows.push(row('edit → reparse → checkDocument (every unit)', whole, { speedup: { value: cold.cpuMs / whole.cpuMs, baseline: 'cold' } }));

  const uri = 'file:///bench/customer-insights-pr/fr-fr/article.md';
  let version = 1;
  let snapshot = new DocumentSnapshot(uri, version, text);
  diagnosticsOf(snapshot, ALL_CHECKS);
  const serverPath = timeOne(() => {
    const edit = edits.next(snapshot.model);
    snapshot = new DocumentSnapshot(uri, ++version, edit.text, snapshot.baseForNextVersion());
    return diagnosticsOf(snapshot, ALL_CHECKS).length;
  }, counts.edit);
  rows.push(
    row('edit → diagnostics, server path (snapshot, reparse, cached unit checks, positions)', serverPath, {
      speedup: { value: cold.cpuMs / serverPath.cpuMs, baseline: 'cold' },
      ...(withTarget ? { target: target(`≤ ${KEYSTROKE_LIMIT_MS} ms server-side (${serverPath.cpuMs.toFixed(1)} ms CPU)`, serverPath.cpuMs <= KEYSTROKE_LIMIT_MS) } : {}),
    }),
  );
  if (withTarget) rows.push(...keystrokeSteps(label, text, counts.edit));
  return rows;
}

/** The server's keystroke path cut into its steps, each timed on every edit of one loop. */
function keystrokeSteps(label: string, text: string, counts: RunCounts): BenchRow[] {
  const steps = ["new text (the server's text builder)", 'find the change (textChangeBetween)', 'reparse', 'checkDocument with the unit cache', 'diagnostics (positions, LSP objects)'] as const;
  const samples = steps.map(() => [] as number[]);
  const edits = new TypingEdits(5);
  const cache = new UnitFindingsCache();
  let document = parse(text);
  checkDocument(document, { unitCache: cache });
  for (let run = 0; run < counts.warmup + counts.runs; run++) {
    const marks: number[] = [];
    const mark = (): void => {
      const usage = process.cpuUsage();
      marks.push((usage.user + usage.system) / 1000);
    };
    mark();
    const edit = edits.next(document);
    mark();
    const change = textChangeBetween(document.text, edit.text);
    mark();
    document = reparse(document, edit.text, change);
    mark();
    const findings = checkDocument(document, { unitCache: cache });
    mark();
    const lines = new LineIndex(document.text, parseStateOf(document)?.lines.lineStarts);
    // toDiagnostic reads only the uri and the line index of a snapshot.
    const positions = { uri: 'file:///bench/steps.md', lines } as unknown as DocumentSnapshot;
    const converted = findings.map((finding) => toDiagnostic(positions, finding, ALL_CHECKS));
    mark();
    if (converted.length < 0) throw new Error('unreachable');
    if (run >= counts.warmup) steps.forEach((_, index) => samples[index].push(marks[index + 1] - marks[index]));
  }
  return steps.map((step, index) => {
    const cpuMs = median(samples[index]);
    return { section: 'diagnostics', name: `  step: ${step}`, input: label, cpuMs, figure: `${cpuMs.toFixed(2)} ms` };
  });
}
