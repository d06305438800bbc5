/**
 * A real CAT tool: OmegaT 3.6 in console mode translates an XLIFF 1.2 we exported, with a TMX
 * we exported as its memory, and the import of its target file changes exactly the expected
 * units, every inline code kept.
 *
 * The article is a real corpus article with the translation of every unit whose English is
 * unique emptied; the memory holds the article's own translations. So each emptied unit OmegaT
 * finds at 100 % must come back byte for byte, and nothing else may change.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { piecesOfText } from '../../../server/src/interchange/inlineCodes';
import { writeTmx } from '../../../server/src/interchange/tmxWrite';
import { exportXliff } from '../../../server/src/interchange/xliffExport';
import { applyEdits, importXliff } from '../../../server/src/interchange/xliffImport';
import { corpusMissing, corpusRoot } from '../../support/paths';
import { OMEGAT_JAR, omegatMissing, run, temporaryFolder } from './support/interchangeTools';

const ARTICLE = path.join(corpusRoot, 'customer-insights-pr', 'fr-fr', 'ci-docs', 'audience-insights', 'match-entities.md');

const PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en-US</source_lang>
    <target_lang>fr-FR</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

// Memory entries with inline codes match only with these two preferences.
const PREFERENCES = `<?xml version="1.0" encoding="UTF-8"?>
<omegat><preference version="1.0"><ext_tmx_show_level2>true</ext_tmx_show_level2><ext_tmx_use_slash>true</ext_tmx_use_slash></preference></omegat>
`;

test('OmegaT translates our XLIFF 1.2 with our TMX; the import restores exactly the emptied units, codes and all', { skip: corpusMissing || omegatMissing, timeout: 180_000 }, () => {
  const original = fs.readFileSync(ARTICLE, 'utf8');
  const document = parse(original);
  const translated = document.units.filter((unit) => unit.source && unit.translation.raw.trim() !== '' && unit.translation.raw !== unit.source.raw);
  const translationsOf = new Map<string, number>();
  for (const unit of translated) translationsOf.set(unit.source!.raw, (translationsOf.get(unit.source!.raw) ?? 0) + 1);
  const emptied = translated.filter((unit) => translationsOf.get(unit.source!.raw) === 1);
  const withCodes = emptied.filter((unit) => piecesOfText(unit.source!.raw).some((piece) => piece.kind !== 'text'));
  assert.ok(emptied.length > 100 && withCodes.length > 30, `units emptied: ${emptied.length}, with inline codes: ${withCodes.length}`);
  const article = applyEdits(original, emptied.map((unit) => ({ range: unit.translation.range, newText: '' })));

  const project = temporaryFolder('omegat');
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', 'config']) fs.mkdirSync(path.join(project, folder), { recursive: true });
  fs.writeFileSync(path.join(project, 'omegat.project'), PROJECT);
  fs.writeFileSync(path.join(project, 'config', 'omegat.prefs'), PREFERENCES);
  fs.writeFileSync(path.join(project, 'source', 'match-entities.xlf'), exportXliff(article, '1.2', { path: 'match-entities.md' }).xliff);
  const memory = writeTmx(translated.map((unit) => ({ source: unit.source!.raw, target: unit.translation.raw, targetLang: 'fr-fr', file: 'match-entities.md', unitId: unit.id.text })));
  fs.writeFileSync(path.join(project, 'tm', 'auto', 'memory.tmx'), memory.tmx);

  const omegat = run('java', ['-Djava.awt.headless=true', '-jar', OMEGAT_JAR, project, '--mode=console-translate', `--config-dir=${path.join(project, 'config')}`, '--disable-project-locking', '--no-team', '--quiet', '--tag-validation=abort']);
  assert.equal(omegat.status, 0, `OmegaT: ${omegat.stdout}\n${omegat.stderr}`.slice(-3000));
  const result = importXliff(article, fs.readFileSync(path.join(project, 'target', 'match-entities.xlf'), 'utf8'), { path: 'match-entities.md' });

  // OmegaT hides the codes that enclose a whole segment (an image alone), so the memory entry
  // of such a unit, which has them, is no 100 % match for it: it stays untranslated.
  const enclosed = emptied.filter((unit) => {
    const pieces = piecesOfText(unit.source!.raw);
    return pieces.length >= 2 && pieces[0].kind === 'open' && pieces[pieces.length - 1].kind === 'close';
  });
  const expected = emptied.filter((unit) => !enclosed.includes(unit)).map((unit) => unit.id.text);
  assert.deepEqual(result.report.rejected, []);
  assert.deepEqual(result.report.imported, expected);
  assert.equal(result.report.untranslated, enclosed.length);
  const after = parse(result.text);
  for (const unit of after.units) {
    const before = document.units[unit.index];
    const restored = expected.includes(unit.id.text) || !emptied.includes(before);
    assert.equal(unit.translation.raw, restored ? before.translation.raw : '', unit.id.text);
  }
  assert.equal(result.text, applyEdits(original, enclosed.map((unit) => ({ range: unit.translation.range, newText: '' }))));
});
