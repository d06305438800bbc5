/**
 * Byte order marks, line endings and bidirectional text survive everything: the Arabic, Hebrew,
 * CRLF and seed articles of the corpus, each with and without a BOM, with CRLF, mixed and
 * lone-CR line endings, and with astral characters before every unit, parse to the same units
 * and problems as the plain LF file; every unit boundary converts offset → position → offset
 * unchanged and to the positions an editor computes; a re-parse after edits equals a parse; and
 * every quick fix keeps the BOM, the line endings and every other byte outside its edit.
 */
import assert from 'node:assert/strict';
import * as path from 'path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/core/lineIndex';
import type { OffsetRange, SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse';
import { reparse } from '../../../server/src/core/reparse';
import { describeDocument } from '../../support/describeModel';
import { corpusArticles, corpusMissing } from '../../support/paths';
import { applyChange } from './articleMutations';
import { injectDefects } from './defectInjection';
import { applyEveryOfferedFix, type FixTally } from './fixApplication';
import { assertModelInvariants } from './modelInvariants';
import { corpusTexts } from './reliabilityCorpus';

/** A way of writing the same article. */
type Variant = (lfText: string) => string;

const VARIANTS: Readonly<Record<string, Variant>> = {
  'LF': (text) => text,
  'BOM + LF': (text) => '\ufeff' + text,
  'CRLF': (text) => text.replaceAll('\n', '\r\n'),
  'BOM + CRLF': (text) => '\ufeff' + text.replaceAll('\n', '\r\n'),
  'mixed CRLF and LF': (text) => text.split('\n').map((line, index) => (index % 2 ? line + '\r\n' : line + '\n')).join('').slice(0, -1),
  'lone CR': (text) => text.replaceAll('\n', '\r'),
  'astral characters in every translation': (text) => text.replace(/(<span data-ttu-id="[^"\n]*">)/g, '$1🙂'),
};

/** Bidirectional articles (Arabic, Hebrew), the old CRLF articles and the two seeds. */
function chosenArticles(): { name: string; uri: string; lf: string }[] {
  const files = corpusArticles();
  const texts = corpusTexts();
  return files
    .map((file, index) => ({ file, text: texts[index] }))
    .filter(({ file, text }) => /[\\/](ar-sa|he-il)[\\/]/.test(file) || text.includes('\r\n') || file.includes(`${path.sep}seeds${path.sep}`))
    .map(({ file, text }) => ({ name: path.basename(path.dirname(file)) + '/' + path.basename(file), uri: pathToFileURL(file).toString(), lf: text.replace(/^\ufeff/, '').replaceAll('\r\n', '\n') }));
}

/** The readable model with line breaks normalised and the astral characters removed, to compare variants. */
function comparable(doc: SxsDocument): string[] {
  return [
    ...doc.units.map((unit) => `${unit.id.text} ${unit.block.kind} ${JSON.stringify(unit.translation.text.replace(/\r\n?/g, '\n').replaceAll('🙂', ''))} ${JSON.stringify(unit.source?.text.replace(/\r\n?/g, '\n'))}`),
    ...doc.problems.map((problem) => problem.code),
  ];
}

/** Every offset where a unit or one of its parts starts or ends. */
function unitBoundaries(doc: SxsDocument): number[] {
  const ranges: OffsetRange[] = [];
  for (const unit of doc.units) {
    ranges.push(unit.range, unit.id.range, unit.translation.range);
    if (unit.source) ranges.push(unit.source.range);
    if (unit.sourceId) ranges.push(unit.sourceId.range);
  }
  return ranges.flatMap((range) => [range.start, range.end]);
}

describe('reliability: BOM, line endings and bidi text', { skip: corpusMissing }, () => {
  const articles = chosenArticles();

  it('has bidirectional and CRLF articles to try', () => {
    assert.ok(articles.filter((article) => /^(ar-sa|he-il)|[\u0590-\u06ff]/.test(article.lf)).length >= 10, 'Arabic and Hebrew articles');
    assert.ok(corpusTexts().some((text) => text.includes('\r\n')), 'CRLF articles');
  });

  it('every variant parses to the units and problems of the LF file', () => {
    for (const { name, lf } of articles) {
      const expected = comparable(parse(lf));
      for (const [variant, write] of Object.entries(VARIANTS)) {
        const doc = parse(write(lf));
        assertModelInvariants(doc);
        assert.deepEqual(comparable(doc), expected, `${name} (${variant})`);
      }
    }
  });

  it('every unit boundary converts offset → position → offset unchanged, as the editor counts', (t) => {
    let boundaries = 0;
    for (const { name, uri, lf } of articles) {
      for (const [variant, write] of Object.entries(VARIANTS)) {
        const text = write(lf);
        const lines = new LineIndex(text);
        const editor = TextDocument.create(uri, 'markdown', 1, text);
        for (const offset of unitBoundaries(parse(text))) {
          const position = lines.positionAt(offset);
          assert.deepEqual(position, editor.positionAt(offset), `${name} (${variant}): offset ${offset} is at another position for the editor`);
          assert.equal(lines.offsetAt(position), offset, `${name} (${variant}): offset ${offset} → ${position.line}:${position.character} → another offset`);
          boundaries++;
        }
      }
    }
    t.diagnostic(`${boundaries} unit boundaries in ${articles.length} articles × ${Object.keys(VARIANTS).length} variants`);
  });

  it('a re-parse after edits in every variant equals a full parse', () => {
    for (const { name, lf } of articles) {
      for (const [variant, write] of Object.entries(VARIANTS)) {
        const text = write(lf);
        const units = parse(text).units;
        if (units.length < 3) continue;
        // Typing in the middle unit's translation, then deleting the `</span>` of the last one.
        const middle = units[units.length >> 1];
        const typing = { range: { start: middle.translation.range.start + 1, end: middle.translation.range.start + 1 }, text: 'ع‎ש🙂' };
        const last = units[units.length - 1];
        let previous = parse(text);
        let edited = applyChange(text, typing);
        previous = reparse(previous, edited, typing);
        const closeAt = edited.indexOf('</span>', last.translation.range.end + typing.text.length);
        const deletion = { range: { start: closeAt, end: closeAt + '</span>'.length }, text: '' };
        edited = applyChange(edited, deletion);
        previous = reparse(previous, edited, deletion);
        assert.equal(describeDocument(previous), describeDocument(parse(edited)), `${name} (${variant})`);
      }
    }
  });

  it('every quick fix keeps the BOM, the line endings and the bidi marks outside its edit', (t) => {
    const tally: FixTally = { applied: new Map(), notOffered: [] };
    for (const [index, { uri, lf }] of articles.entries()) {
      for (const variant of ['BOM + CRLF', 'mixed CRLF and LF', 'lone CR', 'astral characters in every translation']) {
        const damaged = injectDefects(parse(VARIANTS[variant](lf)), index);
        applyEveryOfferedFix(damaged.text, uri, tally);
      }
    }
    let total = 0;
    for (const count of tally.applied.values()) total += count;
    t.diagnostic(`${total} fixes applied: ${[...tally.applied].map(([code, count]) => `${code} ${count}`).join(', ')}`);
    assert.deepEqual(tally.notOffered, []);
    assert.ok(total > 100, `only ${total} fixes applied`);
  });
});
