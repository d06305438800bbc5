/**
 * The checks over every real article of the shared corpus: no exception, every finding well
 * formed (a known code, its default severity, ranges inside the document and its unit, fixes
 * that touch only their unit), and per-code counts in sane proportion to the units checked.
 * The counts are printed as diagnostics.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '../../../server/src/core/parse';
import { checkDocument } from '../../../server/src/checks/index';
import { CHECK_CODES, type CheckCode } from '../../../server/src/checks/checkCodes';
import type { OffsetRange } from '../../../server/src/core/model';
import { corpusArticles, corpusMissing, corpusRoot } from '../../support/paths';

/** At most this share of units may carry a code; real, reviewed articles are mostly clean. */
const MAXIMUM_SHARE: Partial<Record<CheckCode, number>> = {
  'empty-translation': 0.001,
  'empty-source': 0.001,
  unchanged: 0.02,
  emphasis: 0.005,
  'inline-code': 0.005,
  'link-target': 0.005,
  'link-count': 0.005,
  'broken-link': 0.005,
  xref: 0.005,
  'include-token': 0.005,
  'alert-keyword': 0.005,
  'html-tags': 0.005,
  entities: 0.005,
  escapes: 0.005,
  numbers: 0.01,
  urls: 0.002,
  emails: 0.002,
  paths: 0.002,
  options: 0.002,
  placeholders: 0.002,
  'no-loc': 0.002,
  'edge-whitespace': 0.005,
  brackets: 0.005,
  quotes: 0.005,
  'end-punctuation': 0.02,
  'double-space': 0.005,
  'repeated-word': 0.005,
  'french-spacing': 0.005,
  'line-breaks': 0.005,
};

function inside(inner: OffsetRange, outer: OffsetRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end;
}

describe('checks over the real corpus', { skip: corpusMissing }, () => {
  it('run on every article without exception, with well-formed findings and sane counts', (t) => {
    const counts = new Map<string, number>();
    let units = 0;
    const files = corpusArticles();
    assert.ok(files.length > 0, `no articles under ${corpusRoot}`);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = parse(text);
      units += doc.units.length;
      const errors: unknown[] = [];
      const findings = checkDocument(doc, { onCheckError: (error) => errors.push(error) });
      const where = path.relative(corpusRoot, file);
      assert.deepEqual(errors, [], `a check threw on ${where}`);
      for (const finding of findings) {
        counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
        const info = CHECK_CODES[finding.code as CheckCode];
        assert.ok(info, `unknown code ${finding.code} in ${where}`);
        assert.equal(finding.severity, info.severity, `${finding.code} severity in ${where}`);
        assert.ok(inside(finding.range, { start: 0, end: text.length }), `${finding.code} range outside ${where}`);
        if (finding.unit === undefined || info.family === 'structure') continue;
        const unit = doc.units[finding.unit];
        assert.ok(inside(finding.range, unit.translation.range), `${finding.code} not in its translation half in ${where}: ${finding.message}`);
        for (const related of finding.related ?? []) assert.ok(unit.source && inside(related.range, unit.source.range), `${finding.code} related outside the source half in ${where}`);
        for (const edit of finding.fix?.edits ?? []) assert.ok(inside(edit.range, unit.range), `${finding.code} fix outside its unit in ${where}`);
      }
    }
    const lines = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code}: ${count}`);
    t.diagnostic(`${files.length} articles, ${units} units; findings per code: ${lines.join(', ')}`);
    for (const [code, share] of Object.entries(MAXIMUM_SHARE)) {
      const count = counts.get(code) ?? 0;
      assert.ok(count <= Math.max(3, units * share), `${code}: ${count} findings over ${units} units is more than ${share * 100} % — a false-positive pattern?`);
    }
  });
});
