/** Structural problems found by the parser, as findings with their code's default severity. */
import type { SxsDocument } from '../core/model';
import { CHECK_CODES } from './checkCodes';
import type { Finding } from './finding';

/** The index of the unit whose range holds `offset`, or undefined. */
export function unitAtOffset(doc: SxsDocument, offset: number): number | undefined {
  let low = 0;
  let high = doc.units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = doc.units[middle].range;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return middle;
  }
  return undefined;
}

/** One finding per structural problem of the document. */
export function structureFindings(doc: SxsDocument): Finding[] {
  return doc.problems.map((problem) => {
    const unit = unitAtOffset(doc, problem.range.start);
    return {
      code: problem.code,
      message: problem.message,
      range: problem.range,
      severity: CHECK_CODES[problem.code]?.severity ?? 'error',
      ...(problem.related ? { related: problem.related } : {}),
      ...(unit !== undefined ? { unit } : {}),
    };
  });
}
