/**
 * `partialFingerprints.primaryLocationLineHash` for each finding: a hash of the finding's code,
 * the text it marks and the text of the line it starts on (white space collapsed), then `:n` for the n-th finding
 * with that hash in the file. Lines moving (an edit above) leave it unchanged; editing the line
 * itself changes it, as GitHub code scanning expects to track an alert across commits.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../checks';
import type { LineIndex } from '../../core/lineIndex';

/** One fingerprint per finding, in the order given (document order keeps `:n` stable). */
export function lineHashes(lines: LineIndex, findings: readonly Finding[]): string[] {
  const text = lines.text;
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const line = lines.positionAt(finding.range.start).line;
    const start = lines.offsetAt({ line, character: 0 });
    const content = collapse(text.slice(start, lines.lineEnd(line)));
    const marked = collapse(text.slice(finding.range.start, finding.range.end));
    const hash = createHash('sha256').update(`${finding.code}\u0000${marked}\u0000${content}`).digest('hex').slice(0, 16);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
