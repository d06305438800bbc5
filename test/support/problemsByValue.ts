/**
 * A document's problems as plain data, every range by value, related places and fixes included
 * (the readable model of `describeModel.ts` does not show those): for comparing a re-parse with
 * a full parse.
 */
import type { Problem, SxsDocument } from '../../server/src/core/model';

export function problemsByValue(document: SxsDocument): unknown[] {
  const range = (value: { start: number; end: number }): string => `${value.start}-${value.end}`;
  return document.problems.map((problem: Problem) => ({
    code: problem.code,
    message: problem.message,
    range: range(problem.range),
    related: problem.related?.map((related) => `${range(related.range)} ${related.message}`),
    fix: problem.fix && `${problem.fix.title}: ${problem.fix.edits.map((edit) => `${range(edit.range)} ${edit.newText}`).join(', ')}`,
  }));
}
