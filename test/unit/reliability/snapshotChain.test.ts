/**
 * The server's per-version snapshots, each made from the previous one (incremental re-parse, unit
 * findings handed on), answer exactly as a snapshot parsed and checked from scratch: the same
 * diagnostics, quick fixes, hovers, highlights, selection ranges, outline, folding and the custom
 * requests, at every version an editor asks about (diagnostics given again where they still
 * fit, as the server does), after random damage
 * to real articles. Versions are read the way requests arrive: some not at all, some by a hover
 * only (one unit checked), some by a diagnostics pull (the whole file).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { codeActionsOf } from '../../../server/src/features/codeActions';
import { DiagnosticMemo } from '../../../server/src/features/diagnosticMemo';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { documentSymbolsOf } from '../../../server/src/features/documentSymbols';
import { documentUnitsOf } from '../../../server/src/features/documentUnits';
import { englishArticleOf } from '../../../server/src/features/englishArticle';
import { foldingRangesOf } from '../../../server/src/features/folding';
import { highlightsAt } from '../../../server/src/features/highlight';
import { hoverAt } from '../../../server/src/features/hover';
import { selectionRangesOf } from '../../../server/src/features/selectionRanges';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import * as fs from 'fs';
import * as path from 'path';
import type { TextChange } from '../../../server/src/core/reparse';
import { corpusArticles, corpusMissing, repoRoot } from '../../support/paths';
import { applyChange, mutationArbitrary, mutationChange, type Mutation } from './articleMutations';
import { fuzzParameters } from './fuzzParameters';
import { corpusTexts } from './reliabilityCorpus';

/** How a version is read before the next edit arrives. */
type Reading = 'none' | 'hover' | 'diagnostics';

/** Everything a client sees of a snapshot, as text: diagnostics, every quick fix, hovers on a few units. */
function answers(snapshot: DocumentSnapshot, hoverOffsets: readonly number[], memo?: DiagnosticMemo): string {
  const document = TextDocument.create(snapshot.uri, 'markdown', snapshot.version, snapshot.text);
  const settings = DEFAULT_SETTINGS;
  const whole = { start: document.positionAt(0), end: document.positionAt(snapshot.text.length) };
  const lines = diagnosticsOf(snapshot, settings, undefined, memo).map((d) => `diagnostic ${JSON.stringify(d)}`);
  for (const action of codeActionsOf(snapshot, whole, { diagnostics: [] }, settings, { documentChanges: false })) {
    lines.push(`action ${action.title} ${JSON.stringify(action.edit)}`);
  }
  for (const offset of hoverOffsets) {
    const position = document.positionAt(offset);
    lines.push(`hover ${offset} ${JSON.stringify(hoverAt(snapshot, position, settings))}`);
    lines.push(`highlight ${offset} ${JSON.stringify(highlightsAt(snapshot, position))}`);
  }
  lines.push(`selection ${JSON.stringify(selectionRangesOf(snapshot, hoverOffsets.map((offset) => document.positionAt(offset))))}`);
  lines.push(`outline ${JSON.stringify(documentSymbolsOf(snapshot, settings))}`, `folding ${JSON.stringify(foldingRangesOf(snapshot))}`);
  lines.push(`units ${JSON.stringify(documentUnitsOf(snapshot, settings))}`, `english ${JSON.stringify(englishArticleOf(snapshot))}`);
  return lines.join('\n');
}

/** `memo`: the diagnostics of the versions before, as the server keeps them per document. */
function read(snapshot: DocumentSnapshot, how: Reading, memo: DiagnosticMemo): void {
  if (how === 'none') return;
  const units = snapshot.model.units;
  if (how === 'hover' && units.length) hoverAt(snapshot, TextDocument.create(snapshot.uri, 'markdown', 1, snapshot.text).positionAt(units[units.length >> 1].translation.range.start), DEFAULT_SETTINGS);
  else diagnosticsOf(snapshot, DEFAULT_SETTINGS, undefined, memo);
}

/** Edits `base` version after version through chained snapshots; the last answers equal a fresh snapshot's. */
function checkChain(uri: string, base: string, steps: readonly { mutation: Mutation; reading: Reading }[]): void {
  checkChangeChain(uri, base, steps.map(({ mutation, reading }) => ({ change: (text: string) => mutationChange(text, mutation), reading })));
}

function checkChangeChain(uri: string, base: string, steps: readonly { change: (text: string, snapshot: DocumentSnapshot) => TextChange; reading: Reading }[]): void {
  let snapshot = new DocumentSnapshot(uri, 1, base);
  const memo = new DiagnosticMemo();
  read(snapshot, 'diagnostics', memo);
  let text = base;
  for (const [index, { change, reading }] of steps.entries()) {
    text = applyChange(text, change(text, snapshot));
    snapshot = new DocumentSnapshot(uri, index + 2, text, snapshot.baseForNextVersion());
    read(snapshot, reading, memo);
  }
  const fresh = new DocumentSnapshot(uri, snapshot.version, text);
  const units = fresh.model.units;
  const hoverOffsets = [0, 0.3, 0.7].map((fraction) => units[Math.floor(fraction * units.length)]?.translation.range.start).filter((offset): offset is number => offset !== undefined);
  assert.equal(answers(snapshot, hoverOffsets, memo), answers(fresh, hoverOffsets), 'a chained snapshot answers differently from a fresh one');
}

describe('reliability: chained snapshots answer like fresh ones', { skip: corpusMissing }, () => {
  it('after random damage, version after version', () => {
    const files = corpusArticles();
    const texts = corpusTexts();
    const articles = files.map((file, index) => ({ uri: pathToFileURL(file).toString(), text: texts[index] }));
    const step = fc.record({ mutation: mutationArbitrary(), reading: fc.constantFrom<Reading>('none', 'hover', 'diagnostics', 'diagnostics') });
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(step, { minLength: 1, maxLength: 6 }), ({ uri, text }, steps) => checkChain(uri, text, steps)),
      fuzzParameters(7301, 200),
    );
  });

  it('after edits in a front matter with units, version after version', () => {
    // A front matter with units, plain and YAML-escaped, above the body of each real article.
    const frontMatter = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'model', 'front-matter-units.md'), 'utf8').split(/^---$/m).slice(0, 2).join('---') + '---';
    const articles = corpusArticles()
      .map((file, index) => ({ uri: pathToFileURL(file).toString(), text: corpusTexts()[index] }))
      .filter((_, index) => index % 3 === 0)
      .map(({ uri, text }) => ({ uri, text: `${frontMatter}\n${text.replace(/^\ufeff?---[\s\S]*?^---[ \t]*$/m, '')}` }));
    const inFrontMatter = fc.record({ where: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat({ max: 6 }), inserted: fc.constantFrom('', 'e', 'XY ', '"', '\\"', '</span>', '<span>', ':', '\n') });
    const step = fc.record({
      edit: fc.oneof({ arbitrary: inFrontMatter.map((edit) => ({ frontMatter: edit })), weight: 3 }, { arbitrary: mutationArbitrary().map((mutation) => ({ mutation })), weight: 1 }),
      reading: fc.constantFrom<Reading>('none', 'hover', 'diagnostics', 'diagnostics'),
    });
    const changeOf = (edit: { frontMatter: { where: number; removed: number; inserted: string } } | { mutation: Mutation }) => (text: string, snapshot: DocumentSnapshot): TextChange => {
      if ('mutation' in edit) return mutationChange(text, edit.mutation);
      const content = snapshot.model.frontMatter?.contentRange ?? { start: 0, end: Math.min(text.length, 200) };
      const start = content.start + Math.floor(edit.frontMatter.where * (content.end - content.start));
      return { range: { start, end: Math.min(content.end, start + edit.frontMatter.removed) }, text: edit.frontMatter.inserted };
    };
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(step, { minLength: 1, maxLength: 8 }), ({ uri, text }, steps) =>
        checkChangeChain(uri, text, steps.map(({ edit, reading }) => ({ change: changeOf(edit), reading }))),
      ),
      fuzzParameters(1207, 80),
    );
  });
});
