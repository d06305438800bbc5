/**
 * Whether two lists of diagnostics would show the same: same order, ranges, severities, codes,
 * messages, related places and data. A keystroke in a line without findings leaves every
 * diagnostic of a large article as it was; then the pull answers "unchanged" instead of sending
 * (and making the editor decode and redraw) a megabyte of the same diagnostics again.
 */
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';

export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  // Most are the very same objects (`diagnosticMemo.ts`).
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index] && !sameDiagnostic(a[index], b[index])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.message === b.message &&
    sameRelated(a.relatedInformation, b.relatedInformation) &&
    sameList(a.tags, b.tags) &&
    sameData(a.data, b.data)
  );
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameRelated(a: readonly DiagnosticRelatedInformation[] | undefined, b: readonly DiagnosticRelatedInformation[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const [x, y] = [a[index], b[index]];
    if (x.message !== y.message || x.location.uri !== y.location.uri || !sameRange(x.location.range, y.location.range)) return false;
  }
  return true;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** `data` is plain JSON the code actions read back (a unit's index, a fix): compared as JSON. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
