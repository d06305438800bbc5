/**
 * What must hold for the model of *any* text, however broken: every range lies inside the text
 * and slices back to the raw text it names, units are in order and never overlap, and the
 * document can be rebuilt byte for byte from its ranges. Failures name the first offending item.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/checks/finding';
import type { OffsetRange, SxsDocument } from '../../../server/src/core/model';

/** Asserts `range` is ordered and inside a text of `length` code units. */
export function assertInside(range: OffsetRange, length: number, what: string): void {
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: range ${range.start}-${range.end} is not made of integers`);
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= length, `${what}: range ${range.start}-${range.end} leaves the text (length ${length})`);
}

function assertWithin(inner: OffsetRange, outer: OffsetRange, what: string): void {
  assert.ok(inner.start >= outer.start && inner.end <= outer.end, `${what}: ${inner.start}-${inner.end} leaves ${outer.start}-${outer.end}`);
}

/** Every structural invariant of a parsed document. */
export function assertModelInvariants(doc: SxsDocument): void {
  const text = doc.text;
  const length = text.length;
  if (doc.frontMatter) {
    assertInside(doc.frontMatter.range, length, 'front matter');
    assertWithin(doc.frontMatter.contentRange, doc.frontMatter.range, 'front matter content');
  }
  let previousEnd = 0;
  doc.units.forEach((unit, index) => {
    const where = `unit ${index} (${JSON.stringify(unit.id.text)} at ${unit.range.start})`;
    assert.equal(unit.index, index, `${where}: index field`);
    assertInside(unit.range, length, where);
    assert.ok(unit.range.start >= previousEnd, `${where}: overlaps the previous unit (which ends at ${previousEnd})`);
    previousEnd = unit.range.end;
    assert.ok(text.startsWith('<span data-ttu-id=', unit.range.start), `${where}: does not start at a translation span`);
    assertWithin(unit.id.range, unit.range, `${where} id`);
    assert.equal(text.slice(unit.id.range.start, unit.id.range.end), unit.id.text, `${where}: id range does not slice back to the id`);
    if (unit.sourceId) {
      assertWithin(unit.sourceId.range, unit.range, `${where} source id`);
      assert.equal(text.slice(unit.sourceId.range.start, unit.sourceId.range.end), unit.sourceId.text, `${where}: source id range does not slice back`);
    }
    for (const [name, half] of [['translation', unit.translation], ['source', unit.source]] as const) {
      if (!half) continue;
      assertWithin(half.range, unit.range, `${where} ${name}`);
      assert.equal(text.slice(half.range.start, half.range.end), half.raw, `${where}: ${name} range does not slice back to its raw text`);
      assert.equal(typeof half.text, 'string');
      let tokenStart = half.range.start;
      for (const token of half.tokens) {
        assertWithin(token.range, half.range, `${where} ${name} ${token.kind} token`);
        assert.ok(token.range.start >= tokenStart, `${where} ${name}: tokens out of document order`);
        tokenStart = token.range.start;
        if (token.labelRange) assertWithin(token.labelRange, token.range, `${where} ${name} ${token.kind} label`);
      }
    }
    if (unit.source) assert.ok(unit.source.range.start >= unit.translation.range.end, `${where}: source before translation`);
  });
  for (const heading of doc.headings) {
    assertInside(heading.range, length, `heading at line ${heading.line}`);
    for (const index of heading.units) assert.ok(index >= 0 && index < doc.units.length, `heading at line ${heading.line}: unit index ${index} out of range`);
  }
  let previousStart = 0;
  for (const problem of doc.problems) {
    const where = `problem ${problem.code} at ${problem.range.start}`;
    assertInside(problem.range, length, where);
    assert.ok(problem.range.start >= previousStart, `${where}: problems out of document order`);
    previousStart = problem.range.start;
    for (const related of problem.related ?? []) assertInside(related.range, length, `${where} related`);
    for (const edit of problem.fix?.edits ?? []) assertInside(edit.range, length, `${where} fix`);
  }
  assert.equal(rebuildThroughTranslations(doc), text, 'replacing every translation with itself changed the text');
}

/** Rebuilds the text with every translation replaced by itself, through the ranges alone. */
export function rebuildThroughTranslations(doc: SxsDocument): string {
  const parts: string[] = [];
  let position = 0;
  for (const unit of doc.units) {
    parts.push(doc.text.slice(position, unit.translation.range.start), unit.translation.raw);
    position = unit.translation.range.end;
  }
  parts.push(doc.text.slice(position));
  return parts.join('');
}

/** Every finding's range, related ranges and fix edits lie inside the text; fixes do not overlap. */
export function assertFindingsInside(findings: readonly Finding[], doc: SxsDocument): void {
  for (const finding of findings) {
    const where = `finding ${finding.code} at ${finding.range.start}`;
    assertInside(finding.range, doc.text.length, where);
    assert.equal(typeof finding.message, 'string', `${where}: message`);
    if (finding.unit !== undefined) assert.ok(finding.unit >= 0 && finding.unit < doc.units.length, `${where}: unit ${finding.unit} out of range`);
    for (const related of finding.related ?? []) assertInside(related.range, doc.text.length, `${where} related`);
    const edits = [...(finding.fix?.edits ?? [])].sort((a, b) => a.range.start - b.range.start);
    edits.forEach((edit, index) => {
      assertInside(edit.range, doc.text.length, `${where} fix`);
      if (index > 0) assert.ok(edit.range.start >= edits[index - 1].range.end, `${where}: fix edits overlap`);
    });
  }
}
