/**
 * The consistency findings of a version made from the previous one (incremental re-parse, the
 * `ConsistencyCache` kept) equal those computed from scratch — messages, ranges, unit indices,
 * related places and repairs — version after version, after random damage and after units are
 * retranslated (made consistent or inconsistent), on real articles doubled with their
 * translations changed so that every English sentence stands in inconsistent units.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import type { TextChange } from '../../../server/src/core/reparse';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { articleWorkspaceFindings, type WorkspaceFinding } from '../../../server/src/workspace/findings/articleWorkspaceFindings';
import { ConsistencyCache } from '../../../server/src/workspace/findings/consistencyFindings';
import { memorySegmentsOfText } from '../../../server/src/workspace/memory/memorySources';
import { TranslationMemory } from '../../../server/src/workspace/memory/translationMemory';
import { corpusArticles, corpusMissing } from '../../support/paths';
import { applyChange, mutationArbitrary, mutationChange, type Mutation } from './articleMutations';
import { fuzzParameters } from './fuzzParameters';
import { corpusTexts } from './reliabilityCorpus';

/** A damage, or a unit's translation replaced by another unit's (or by a new text). */
type Step = { readonly kind: 'damage'; readonly mutation: Mutation } | { readonly kind: 'retranslate'; readonly unit: number; readonly from: number; readonly fresh: boolean };

function retranslation(snapshot: DocumentSnapshot, unit: number, from: number, fresh: boolean): TextChange | undefined {
  const units = snapshot.model.units;
  if (units.length === 0) return undefined;
  const target = units[unit % units.length];
  const text = fresh ? 'Nouvelle traduction.' : units[from % units.length].translation.raw;
  return { range: target.translation.range, text };
}

function described(findings: readonly WorkspaceFinding[]): string[] {
  return findings
    .filter((finding) => finding.code === 'inconsistent-translation')
    .map((finding) => [finding.range.start, finding.range.end, finding.unit, finding.message, JSON.stringify(finding.related), JSON.stringify(finding.alternatives)].join(' '));
}

/** `checkedAfter`: the steps after which the findings are asked for (and the last); the cache sees only those versions. */
function checkChain(uri: string, base: string, memory: TranslationMemory, steps: readonly Step[], checkedAfter: (index: number) => boolean = () => true): void {
  const cache = new ConsistencyCache();
  const findingsOf = (snapshot: DocumentSnapshot, consistency?: ConsistencyCache) =>
    described(articleWorkspaceFindings({ uri, text: snapshot.text, model: snapshot.model, locale: 'fr-fr', memory, ...(consistency && { consistency }) }).findings);
  let snapshot = new DocumentSnapshot(uri, 1, base);
  findingsOf(snapshot, cache);
  let text = base;
  for (const [index, step] of steps.entries()) {
    const change = step.kind === 'damage' ? mutationChange(text, step.mutation) : retranslation(snapshot, step.unit, step.from, step.fresh);
    if (!change) continue;
    text = applyChange(text, change);
    snapshot = new DocumentSnapshot(uri, index + 2, text, snapshot.baseForNextVersion());
    if (!checkedAfter(index) && index < steps.length - 1) {
      // Parsed, as a version the user typed through is, but not asked for its findings.
      void snapshot.model;
      continue;
    }
    const kept = findingsOf(snapshot, cache);
    assert.deepEqual(kept, findingsOf(new DocumentSnapshot(uri, index + 2, text)), `version ${index + 2} after ${JSON.stringify(step)}`);
  }
}

/** The article followed by itself with every translation changed: each English now has two translations. */
function doubled(text: string): string {
  return `${text}\n\n${text.replace(/(<span data-ttu-id="[^"]*">)/g, '$1Autre ')}`;
}

describe('reliability: consistency findings kept across versions equal fresh ones', { skip: corpusMissing }, () => {
  it('after random damage and retranslations, version after version', () => {
    const files = corpusArticles();
    const texts = corpusTexts();
    const articles = files.map((file, index) => ({ uri: pathToFileURL(file).toString(), text: doubled(texts[index]) })).filter((article) => article.text.length < 400_000);
    const memory = new TranslationMemory();
    // Another file of the locale translates the first article's English a third way.
    memory.setFile('file:///memory/fr-fr/other.md', memorySegmentsOfText(texts[0].replace(/(<span data-ttu-id="[^"]*">)/g, '$1Encore '), 'fr-fr'));
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('damage' as const), mutation: mutationArbitrary() }),
      fc.record({ kind: fc.constant('retranslate' as const), unit: fc.nat(), from: fc.nat(), fresh: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(step, { minLength: 1, maxLength: 6 }), ({ uri, text }, steps) => checkChain(uri, text, memory, steps)),
      fuzzParameters(1507, 60),
    );
  });

  it('asked only after some of the versions (the re-parses between compose)', () => {
    const files = corpusArticles();
    const texts = corpusTexts();
    const articles = files.map((file, index) => ({ uri: pathToFileURL(file).toString(), text: doubled(texts[index]) })).filter((article) => article.text.length < 400_000);
    const memory = new TranslationMemory();
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('damage' as const), mutation: mutationArbitrary() }),
      fc.record({ kind: fc.constant('retranslate' as const), unit: fc.nat(), from: fc.nat(), fresh: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(step, { minLength: 2, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), ({ uri, text }, steps, checked) =>
        checkChain(uri, text, memory, steps, (index) => checked[index]),
      ),
      fuzzParameters(1508, 40),
    );
  });
});
