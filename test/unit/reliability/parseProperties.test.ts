/**
 * The parser, the incremental re-parse and the checks on any input: random strings and real
 * articles damaged the way editors and tools damage them. Whatever the text, `parse` returns,
 * every range slices back to the text, units never overlap, a chain of incremental re-parses
 * equals a full parse, the text rebuilds byte for byte, and `checkDocument` returns findings
 * inside the text without a check failing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkDocument, UnitFindingsCache } from '../../../server/src/checks/index';
import type { Finding } from '../../../server/src/checks/finding';
import type { SxsDocument } from '../../../server/src/core/model';
import { computeLineStarts } from '../../../server/src/core/lineIndex';
import { parse, parseStateOf } from '../../../server/src/core/parse';
import { reparse } from '../../../server/src/core/reparse';
import { describeDocument } from '../../support/describeModel';
import { corpusMissing } from '../../support/paths';
import { applyChange, mutationArbitrary, mutationChange, randomDocumentArbitrary, unitMarkup, unitsOnOneLine, withLoneCarriageReturns, type Mutation } from './articleMutations';
import { fuzzParameters } from './fuzzParameters';
import { assertFindingsInside, assertModelInvariants } from './modelInvariants';
import { corpusTexts } from './reliabilityCorpus';

/**
 * Checks every property on `base` damaged by `mutations`, re-parsing incrementally after each and
 * re-checking through the unit findings cache, as the server does on every version it is asked
 * about: by default every version, else those `checkedAfter` names (and the last).
 */
function checkMutated(base: string, mutations: readonly Mutation[], checkedAfter: (index: number) => boolean = () => true): void {
  let text = base;
  let incremental = parse(base);
  const cache = new UnitFindingsCache();
  let cachedFindings = checkDocument(incremental, { unitCache: cache });
  for (const [index, mutation] of mutations.entries()) {
    const change = mutationChange(text, mutation);
    text = applyChange(text, change);
    incremental = reparse(incremental, text, change);
    // The state kept for the next re-parse must be true too, or the error shows one edit later.
    assert.deepEqual(parseStateOf(incremental)?.lines.lineStarts, computeLineStarts(text), 'the line starts kept for re-parsing are wrong');
    if (checkedAfter(index) || index === mutations.length - 1) cachedFindings = checkDocument(incremental, { unitCache: cache });
  }
  const full = parse(text);
  assertModelInvariants(full);
  assert.equal(describeDocument(incremental), describeDocument(full), 'incremental re-parse differs from a full parse');
  assert.deepEqual(lineTableOf(incremental), lineTableOf(full), 'the line table kept for re-parsing differs from a full parse');
  const fresh = checkFindings(full);
  assert.deepEqual(cachedFindings.map(describeFinding), fresh.map(describeFinding), 'findings re-checked through the cache differ from a fresh check');
}

/** The per-line facts a re-parse keeps, as plain arrays. */
function lineTableOf(doc: SxsDocument): unknown {
  const lines = parseStateOf(doc)?.lines;
  if (!lines) return undefined;
  return { lineStarts: lines.lineStarts, fenced: [...lines.fenced], headingLevel: [...lines.headingLevel], container: [...lines.container], listOpen: [...lines.listOpen], conflictMarkers: lines.conflictMarkers };
}

/** A finding as one comparable line: code, unit, ranges, message and fix. */
function describeFinding(finding: Finding): string {
  const range = (r: { start: number; end: number }): string => `${r.start}-${r.end}`;
  const related = (finding.related ?? []).map((entry) => `${range(entry.range)} ${entry.message}`).join('; ');
  const fix = finding.fix ? ` fix ${finding.fix.title}: ${finding.fix.edits.map((edit) => `${range(edit.range)} ${JSON.stringify(edit.newText)}`).join(', ')}` : '';
  return `${finding.code} u${finding.unit ?? '-'} ${range(finding.range)} ${finding.severity} ${finding.message}${related ? ` [${related}]` : ''}${fix}`;
}

/** `checkDocument` returns, no check throws, and the findings lie inside the text. */
function checkFindings(doc: SxsDocument): Finding[] {
  const failures: string[] = [];
  const findings = checkDocument(doc, { onCheckError: (error, unit) => failures.push(`unit ${unit.id.text}: ${error instanceof Error ? error.stack : String(error)}`) });
  assert.deepEqual(failures, [], 'a check threw');
  assertFindingsInside(findings, doc);
  return findings;
}

describe('reliability: parse, reparse and checks on any input', () => {
  it('random strings of markup fragments and arbitrary code units', () => {
    fc.assert(
      fc.property(randomDocumentArbitrary(), fc.array(mutationArbitrary(), { maxLength: 3 }), (text, mutations) => checkMutated(text, mutations)),
      fuzzParameters(7001, 600),
    );
  });

  it('real articles with up to five kinds of damage', { skip: corpusMissing }, () => {
    const texts = corpusTexts();
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutationArbitrary(), { minLength: 1, maxLength: 5 }), (text, mutations) => checkMutated(text, mutations)),
      fuzzParameters(7002, 300),
    );
  });

  it('real articles with up to eight kinds of damage, checked only after some of them (the re-parses between compose)', { skip: corpusMissing }, () => {
    const texts = corpusTexts();
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutationArbitrary(), { minLength: 2, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (text, mutations, checked) =>
        checkMutated(text, mutations, (index) => checked[index]),
      ),
      fuzzParameters(7006, 200),
    );
  });

  it('real articles with lone CRs as line breaks and inside lines, with up to five kinds of damage', { skip: corpusMissing }, () => {
    const texts = corpusTexts().map(withLoneCarriageReturns);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutationArbitrary(), { minLength: 1, maxLength: 5 }), (text, mutations) => checkMutated(text, mutations)),
      fuzzParameters(7005, 150),
    );
  });

  it('real articles with a 100,000-character line or 10,000 units on one line inserted', { skip: corpusMissing }, () => {
    const texts = corpusTexts();
    const huge = fc.record({ kind: fc.constantFrom('long-line' as const, 'many-units-on-one-line' as const), where: fc.double({ min: 0, max: 1, noNaN: true }), pick: fc.nat({ max: 1000 }) });
    fc.assert(
      fc.property(fc.constantFrom(...texts), huge, fc.array(mutationArbitrary(), { maxLength: 2 }), (text, first, more) => checkMutated(text, [first, ...more])),
      fuzzParameters(7003, 6),
    );
  });

  it('every `"` from the middle of an article on escaped as `&quot;`, then edited', { skip: corpusMissing }, () => {
    const texts = corpusTexts();
    const escape = fc.record({ kind: fc.constant('escape-quotes-to-end' as const), where: fc.double({ min: 0, max: 1, noNaN: true }), pick: fc.nat({ max: 1000 }) });
    fc.assert(
      fc.property(fc.constantFrom(...texts), escape, fc.array(mutationArbitrary(), { maxLength: 3 }), (text, first, more) => checkMutated(text, [first, ...more])),
      fuzzParameters(7004, 60),
    );
  });

  it('10,000 units on one line parse to 10,000 units and edit incrementally', () => {
    const line = unitsOnOneLine(10_000);
    const text = `# Titre\n\n${line}\n\nFin.\n`;
    const doc = parse(text);
    assert.equal(doc.units.length, 10_000);
    assert.deepEqual(doc.problems, []);
    assertModelInvariants(doc);
    checkMutated(text, [{ kind: 'delete-tag', where: 0.5, pick: 0 }, { kind: 'change-id', where: 0.7, pick: 1 }]);
  });

  it('cases fuzzing found', () => {
    // The first line of the body is context for an edit on the second: here the alert it opens.
    checkMutated('> [!NOTE]\n> <span data-ttu-id="f9f29-0"></span><span class="sxs-lookup"><span data-stu-id="f9f29-0"></span></span>', [{ kind: 'swap-tags', where: 0, pick: 0 }]);
    // A `---` line typed below a first line `---` turns the top of the file into front matter.
    // The empty last line after a re-parsed region was counted twice in the kept line table.
    checkMutated('<span data-ttu-id="f9f29-999">\n', [{ kind: 'change-id', where: 0, pick: 0 }, { kind: 'duplicate-line', where: 0, pick: 0 }]);
    checkMutated('\n---\n', [{ kind: 'delete-character', where: 0, pick: 0 }, { kind: 'duplicate-line', where: 0, pick: 0 }]);
    checkMutated('\ufeff--\n---\n<span data-ttu-id="f9f29-1">Un.</span><span class="sxs-lookup"><span data-stu-id="f9f29-1">One.</span></span>\n', [{ kind: 'insert-fragment', where: 0.2, pick: 5 }]);
    checkMutated('---\ntitle: T\n---\n> [!TIP]\n> <span data-ttu-id="f9f29-1">Un.</span><span class="sxs-lookup"><span data-stu-id="f9f29-1">One.</span></span>\n', [{ kind: 'delete-tag', where: 0.6, pick: 0 }]);
  });

  it('an edit on a line without units keeps the cached findings of the units after it in step', () => {
    // Every unit object survives such an edit, those after it moved: their findings must move too.
    const text = `Intro.\n\n${unitMarkup('f9f29', 103, '**Gras texte', '**Bold** text')}\n\n${unitMarkup('f9f29', 104, 'Fin :', 'End.')}\n`;
    const insideIntro = 3 / text.length;
    checkMutated(text, [{ kind: 'insert-quot-entity', where: insideIntro, pick: 0 }]);
    checkMutated(text, [{ kind: 'insert-fragment', where: insideIntro, pick: 1 }, { kind: 'delete-character', where: insideIntro, pick: 0 }]);
  });

  it('binary-looking input: NUL, lone surrogates, control characters, a BOM in the middle', () => {
    const nasty = '\u0000\ud800<span data-ttu-id="\udfff-1">\u0001</span><span class="sxs-lookup"><span data-stu-id="\udfff-1">\u0000</span></span>\ufeff\r\r\n\u2028';
    checkMutated(nasty.repeat(50), []);
    checkMutated('\ufeff' + nasty, [{ kind: 'insert-nul', where: 0.3, pick: 0 }]);
  });
});
