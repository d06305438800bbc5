/** The preview's findings by unit: matched only with current units, the last trusted ones while the next units are on their way. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TrustedFindings, type FindingsByUnit } from '../../../client/src/preview/trustedFindings';

const beforeTheEdit: FindingsByUnit = new Map([['f9f29-103', ['The translation is empty.']]]);
/** What matching the new diagnostics against the units of the version before gives: the finding one unit up. */
const shiftedByStaleUnits: FindingsByUnit = new Map([['f9f29-102', ['The translation is empty.']]]);

describe('trusted findings', () => {
  it('matches anew while the units are current', () => {
    const findings = new TrustedFindings();
    assert.deepEqual(findings.of('a.md', true, () => beforeTheEdit), beforeTheEdit);
    const fixed: FindingsByUnit = new Map();
    assert.deepEqual(findings.of('a.md', true, () => fixed), fixed, 'a fixed finding leaves the preview');
  });

  it('while the units lag behind the text, keeps the marks where they were instead of one unit off', () => {
    const findings = new TrustedFindings();
    findings.of('a.md', true, () => beforeTheEdit);
    let matched = false;
    const shown = findings.of('a.md', false, () => ((matched = true), shiftedByStaleUnits));
    assert.deepEqual(shown, beforeTheEdit);
    assert.equal(matched, false, 'stale units are never used to place a mark');
    assert.deepEqual(findings.of('b.md', false, () => shiftedByStaleUnits), new Map(), 'a document never matched shows no marks rather than wrong ones');
  });

  it('forgets a closed document', () => {
    const findings = new TrustedFindings();
    findings.of('a.md', true, () => beforeTheEdit);
    findings.delete('a.md');
    assert.deepEqual(findings.of('a.md', false, () => shiftedByStaleUnits), new Map());
  });
});
