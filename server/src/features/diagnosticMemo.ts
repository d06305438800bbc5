/**
 * The diagnostics made for a document's last answer, by finding, for its next version. A
 * re-parse keeps the findings of the units an edit did not touch (the same objects, their ranges
 * moved), so most findings of a keystroke were made into diagnostics the version before. When a
 * finding's ranges are still at the same lines and characters, its diagnostic of then is given
 * again: a keystroke in a large article then makes no new thousand diagnostics (garbage the
 * next collection must copy or sweep), and `sameDiagnostics` finds them equal at once.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { Finding } from '../checks/finding';
import type { LineIndex } from '../core/lineIndex';
import type { OffsetRange } from '../core/model';
import type { SxsSettings } from '../settings';

export class DiagnosticMemo {
  private made = new WeakMap<Finding, Diagnostic>();
  private settings: SxsSettings | undefined;

  /**
   * The diagnostic of `finding`: the one made before when it still fits `lines` (same settings,
   * same positions of the range and of the related places in this document, same unit), else
   * `make`'s, remembered for the next version.
   */
  diagnosticOf(finding: Finding, lines: LineIndex, settings: SxsSettings, make: () => Diagnostic | undefined): Diagnostic | undefined {
    if (settings !== this.settings) {
      this.made = new WeakMap();
      this.settings = settings;
    }
    const earlier = this.made.get(finding);
    if (earlier && stillFits(earlier, finding, lines)) return earlier;
    const diagnostic = make();
    if (diagnostic) this.made.set(finding, diagnostic);
    return diagnostic;
  }
}

/** Whether `diagnostic`, made from `finding` for an earlier version, says the same of the text `lines` indexes. */
function stillFits(diagnostic: Diagnostic, finding: Finding, lines: LineIndex): boolean {
  if (!isRangeOf(lines, finding.range, diagnostic.range)) return false;
  // The finding's own related places come first (those in other files do not move with this text).
  const related = finding.related ?? [];
  const information = diagnostic.relatedInformation ?? [];
  if (information.length < related.length) return false;
  for (let index = 0; index < related.length; index++) if (!isRangeOf(lines, related[index].range, information[index].location.range)) return false;
  const data = diagnostic.data as { unit?: number } | undefined;
  return data?.unit === undefined || data.unit === finding.unit;
}

function isRangeOf(lines: LineIndex, offsets: OffsetRange, range: Range): boolean {
  return isPositionOf(lines, offsets.start, range.start) && isPositionOf(lines, offsets.end, range.end);
}

/**
 * Whether `offset` is at `position` (as `LineIndex.positionAt` would give it), without making the
 * position: the line's start and the next one's are read, not searched for (a thousand
 * diagnostics with their related places were 12,000 binary searches over the line starts).
 */
function isPositionOf(lines: LineIndex, offset: number, position: Position): boolean {
  const clamped = Math.max(0, Math.min(offset, lines.text.length));
  const starts = lines.lineStarts;
  const line = position.line;
  if (line < 0 || line >= starts.length || clamped - starts[line] !== position.character) return false;
  return line + 1 === starts.length || starts[line + 1] > clamped;
}
