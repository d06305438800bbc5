/** The benchmark's output: a plain-text table, or the same rows as JSON. */
import type { BenchRow } from './benchRow';

/** Everything one run measured, with where and when. */
export interface BenchReport {
  readonly date: string;
  readonly node: string;
  readonly machine: string;
  readonly rows: readonly BenchRow[];
  readonly seconds: number;
}

/** The rows as an aligned text table, one line per row, notes below it. */
export function formatTable(report: BenchReport): string {
  const header = ['section', 'row', 'input', 'cpu ms', 'wall ms', 'result', 'vs baseline', 'target'];
  const lines = report.rows.map((row) => [
    row.section,
    row.name,
    row.input,
    row.cpuMs === undefined ? '' : formatNumber(row.cpuMs),
    row.wallMs === undefined ? '' : formatNumber(row.wallMs),
    row.figure,
    row.speedup ? `×${row.speedup.value.toFixed(2)} ${row.speedup.baseline}` : isBaselineNote(row.note) ? `(${row.note})` : '',
    row.target ? `${row.target.pass ? 'PASS' : 'MISS'} ${row.target.description}` : '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const render = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd();
  const notes = report.rows.filter((row) => row.note && !isBaselineNote(row.note)).map((row) => `- ${row.name} (${row.input}): ${row.note}`);
  const passed = report.rows.filter((row) => row.target?.pass).length;
  const targets = report.rows.filter((row) => row.target).length;
  return [
    `sxs-authoring benchmark — ${report.date}, Node ${report.node}, ${report.machine}, ${report.seconds.toFixed(0)} s`,
    'cpu/wall ms: median of one run after warm-up; ×N: baseline time ÷ this row\'s time (CPU where measured), same process and run',
    '',
    render(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...lines.map(render),
    '',
    `${passed} of ${targets} targets met`,
    ...(notes.length ? ['', 'notes:', ...notes] : []),
  ].join('\n');
}

/** The report as JSON (rows exactly as measured). */
export function formatJson(report: BenchReport): string {
  return JSON.stringify(report, null, 2);
}

/** Rows that are the baseline of others say so in the comparison column, not among the notes. */
function isBaselineNote(note: string | undefined): boolean {
  return note === 'baseline' || note === 'floor';
}

function formatNumber(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
