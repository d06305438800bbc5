/**
 * Every real article of the shared corpus: every unit hovers with its English (and its English
 * hovers with the translation), and every other feature answers without throwing. Skipped, with
 * the reason, when the corpus is not there.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { codeActionsOf, fixAllAction } from '../../../server/src/features/codeActions';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { documentSymbolsOf } from '../../../server/src/features/documentSymbols';
import { documentUnitsOf } from '../../../server/src/features/documentUnits';
import { englishArticleOf } from '../../../server/src/features/englishArticle';
import { foldingRangesOf } from '../../../server/src/features/folding';
import { hoverAt } from '../../../server/src/features/hover';
import { safeMarkdown } from '../../../server/src/features/safeMarkdown';
import { selectionRangesOf } from '../../../server/src/features/selectionRanges';
import { corpusArticles, corpusMissing, corpusRoot } from '../../support/paths';
import { settings } from './support/featureFixture';

const defaults = settings({ outline: { showUnits: true } });

function hoverText(snapshot: DocumentSnapshot, offset: number): string {
  const hover = hoverAt(snapshot, snapshot.lines.positionAt(offset), defaults);
  assert.ok(hover, `no hover at offset ${offset}`);
  return (hover.contents as { value: string }).value;
}

describe('features over the corpus', { skip: corpusMissing }, () => {
  const files = corpusArticles();
  it('has articles', () => assert.ok(files.length > 0, `no articles under ${corpusRoot}`));

  for (const file of files) {
    it(path.relative(corpusRoot, file), () => {
      const snapshot = new DocumentSnapshot(pathToFileURL(file).toString(), 1, fs.readFileSync(file, 'utf8'));
      const model = snapshot.model;
      for (const unit of model.units) {
        const inTranslation = Math.floor((unit.translation.range.start + unit.translation.range.end) / 2);
        const english = hoverText(snapshot, inTranslation);
        assert.ok(english.startsWith('**English**'), `unit ${unit.id.text}: ${english.slice(0, 80)}`);
        const expected = unit.source ? safeMarkdown(unit.source.text.trim()) : 'No English';
        assert.ok(english.includes(expected), `unit ${unit.id.text}: the hover lacks its English ${JSON.stringify(expected.slice(0, 80))}`);
        // On the opening tag, the same.
        assert.equal(hoverText(snapshot, unit.range.start + 1), english, `unit ${unit.id.text}: the tag hovers differently`);
        if (unit.source) {
          const translation = hoverText(snapshot, Math.floor((unit.source.range.start + unit.source.range.end) / 2));
          assert.ok(translation.startsWith('**Translation**'), `unit ${unit.id.text}: ${translation.slice(0, 80)}`);
        }
      }
      // The other features answer on real files.
      const whole = { start: snapshot.lines.positionAt(0), end: snapshot.lines.positionAt(snapshot.text.length) };
      diagnosticsOf(snapshot, defaults);
      documentSymbolsOf(snapshot, defaults);
      foldingRangesOf(snapshot);
      documentUnitsOf(snapshot, defaults);
      englishArticleOf(snapshot);
      codeActionsOf(snapshot, whole, { diagnostics: [] }, defaults, { documentChanges: true });
      fixAllAction(snapshot, defaults, { documentChanges: false });
      const positions = model.units.slice(0, 50).map((unit) => snapshot.lines.positionAt(unit.translation.range.start));
      assert.equal(selectionRangesOf(snapshot, positions)?.length ?? 0, snapshot.isLocalized ? positions.length : 0);
    });
  }
});
