/**
 * A grid edit as a document change: exactly one translation half replaced, or a refusal that
 * names why (the half changed meanwhile, a paired chip lost, the unit or the YAML broken).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse';
import { tokenizeInline } from '../../../../server/src/core/inlineTokens';
import { cellOfHalf, isChip, type Piece } from '../../../../client/src/segmentEditor/segmentCells';
import { translationEdit, type TranslationEdit } from '../../../../client/src/segmentEditor/segmentEdits';
import { sxsUnit } from '../../../support/sxsUnit';

function cellOf(raw: string): Piece[] {
  return cellOfHalf(raw, 0, raw.length, tokenizeInline(raw, 0, raw.length));
}

function applied(text: string, edit: TranslationEdit): string {
  assert.ok(edit.ok, `refused: ${edit.ok ? '' : edit.refusal}`);
  return text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
}

const article = [
  '---',
  'title: "<span data-ttu-id=\\"abcde-101\\">Titre</span><span class=\\"sxs-lookup\\"><span data-stu-id=\\"abcde-101\\">Title</span></span>"',
  'ms.contentlocale: fr-fr',
  '---',
  '',
  `# ${sxsUnit('abcde-102', 'Résoudre', 'Troubleshoot')}`,
  '',
  `${sxsUnit('abcde-103', 'Cliquez sur **Enregistrer**.', 'Click **Save**.')} ${sxsUnit('abcde-104', 'Deux', 'Two')}`,
  '',
  `| ${sxsUnit('abcde-105', 'Cellule', 'Cell')} | b |`,
  '',
].join('\n');

describe('segment edits', () => {
  const model = parse(article);
  const unit = (id: string) => model.units.find((candidate) => candidate.id.text === id)!;

  it('replaces the translation half and nothing else', () => {
    const target = unit('abcde-103');
    const cell = cellOf(target.translation.raw);
    const edited = [...cell.slice(0, 4), ' maintenant', ...cell.slice(4)];
    const text = applied(article, translationEdit(model, { unit: target.index, id: 'abcde-103', base: target.translation.raw, cell: edited }));
    assert.equal(text, article.replace('Cliquez sur **Enregistrer**.', 'Cliquez sur **Enregistrer** maintenant.'));
  });

  it('writes CJK, bidi marks and no-break spaces exactly as typed', () => {
    const target = unit('abcde-104');
    const typed = '日本語\u200f\u00a0עברית\u202f!';
    const text = applied(article, translationEdit(model, { unit: target.index, id: 'abcde-104', base: 'Deux', cell: [typed] }));
    assert.equal(parse(text).units[target.index].translation.raw, typed);
  });

  it('refuses an edit whose base is no longer the document’s (changed elsewhere meanwhile)', () => {
    const target = unit('abcde-104');
    assert.deepEqual(translationEdit(model, { unit: target.index, id: 'abcde-104', base: 'Trois', cell: ['Quatre'] }), { ok: false, refusal: 'conflict' });
    assert.deepEqual(translationEdit(model, { unit: target.index, id: 'abcde-999', base: 'Deux', cell: ['Quatre'] }), { ok: false, refusal: 'conflict' });
  });

  it('refuses a cell that lost half of a pair, and accepts one that lost the whole pair', () => {
    const target = unit('abcde-103');
    const cell = cellOf(target.translation.raw);
    const withoutOpener = cell.filter((_, i) => i !== 1);
    assert.deepEqual(translationEdit(model, { unit: target.index, id: 'abcde-103', base: target.translation.raw, cell: withoutOpener }), { ok: false, refusal: 'unbalanced' });
    const withoutPair = cell.filter((piece) => !isChip(piece));
    assert.ok(translationEdit(model, { unit: target.index, id: 'abcde-103', base: target.translation.raw, cell: withoutPair }).ok);
  });

  it('refuses typed text that would end the span', () => {
    const target = unit('abcde-104');
    assert.deepEqual(translationEdit(model, { unit: target.index, id: 'abcde-104', base: 'Deux', cell: ['Deux</span> trois'] }), { ok: false, refusal: 'breaks-unit' });
    assert.deepEqual(translationEdit(model, { unit: target.index, id: 'abcde-104', base: 'Deux', cell: ['<span data-ttu-id="x">'] }), { ok: false, refusal: 'breaks-unit' });
  });

  it('escapes a typed | in a table cell so the row keeps its columns', () => {
    const target = unit('abcde-105');
    const text = applied(article, translationEdit(model, { unit: target.index, id: 'abcde-105', base: 'Cellule', cell: ['A | B'] }));
    assert.ok(text.includes('>A \\| B</span>'));
    assert.equal(parse(text).units.length, model.units.length);
  });

  it('edits a front-matter unit inside its escaped YAML string, and refuses a quote that ends the string', () => {
    const target = unit('abcde-101');
    assert.equal(target.block.kind, 'front-matter');
    const text = applied(article, translationEdit(model, { unit: target.index, id: 'abcde-101', base: 'Titre', cell: ['Nouveau titre'] }));
    assert.equal(parse(text).frontMatter?.data?.title, '<span data-ttu-id="abcde-101">Nouveau titre</span><span class="sxs-lookup"><span data-stu-id="abcde-101">Title</span></span>');
    assert.deepEqual(translationEdit(model, { unit: target.index, id: 'abcde-101', base: 'Titre', cell: ['Un "titre"'] }), { ok: false, refusal: 'breaks-front-matter' });
  });

  it('says when nothing changed', () => {
    const target = unit('abcde-102');
    const edit = translationEdit(model, { unit: target.index, id: 'abcde-102', base: 'Résoudre', cell: cellOf('Résoudre') });
    assert.ok(edit.ok && edit.unchanged);
  });
});
