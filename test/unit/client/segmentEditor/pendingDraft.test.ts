/**
 * Typing not yet sent by the grid: written as the one edit of its unit when the grid closes or
 * the document is saved, forgotten once an edit of that unit carried it, refused when the
 * document changed under it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse';
import { tokenizeInline } from '../../../../server/src/core/inlineTokens';
import { cellOfHalf, type Piece } from '../../../../client/src/segmentEditor/segmentCells';
import { PendingDraft } from '../../../../client/src/segmentEditor/pendingDraft';
import { sxsUnit } from '../../../support/sxsUnit';

function cellOf(raw: string): Piece[] {
  return cellOfHalf(raw, 0, raw.length, tokenizeInline(raw, 0, raw.length));
}

const article = `# ${sxsUnit('abcde-101', 'Titre', 'Title')}\n\n${sxsUnit('abcde-102', 'Un', 'One')} ${sxsUnit('abcde-103', 'Deux', 'Two')}\n`;

describe('pending draft', () => {
  const model = parse(article);

  it('has nothing to write before any typing', () => {
    assert.equal(new PendingDraft().take(model), undefined);
  });

  it('writes the latest typing of the cell as one edit of its half, once', () => {
    const drafts = new PendingDraft();
    drafts.typed({ unit: 1, id: 'abcde-102', base: 'Un', cell: cellOf('Un ') });
    drafts.typed({ unit: 1, id: 'abcde-102', base: 'Un', cell: cellOf('Un **tapé**') });
    const taken = drafts.take(model);
    assert.ok(taken?.edit.ok);
    const { range, newText } = taken.edit;
    const after = article.slice(0, range.start) + newText + article.slice(range.end);
    assert.equal(after, article.replace('>Un<', '>Un **tapé**<'));
    assert.equal(drafts.take(model), undefined, 'taken once');
  });

  it('is forgotten when an edit of its unit was sent, kept when another unit was edited', () => {
    const drafts = new PendingDraft();
    drafts.typed({ unit: 2, id: 'abcde-103', base: 'Deux', cell: cellOf('Deux!') });
    drafts.sent(1);
    assert.equal(drafts.pending?.unit, 2);
    drafts.sent(2);
    assert.equal(drafts.take(model), undefined);
  });

  it('is forgotten when the typing was thrown away', () => {
    const drafts = new PendingDraft();
    drafts.typed({ unit: 2, id: 'abcde-103', base: 'Deux', cell: cellOf('Deux!') });
    drafts.typed(undefined);
    assert.equal(drafts.take(model), undefined);
  });

  it('is refused, not written over, when the half changed in the document meanwhile', () => {
    const drafts = new PendingDraft();
    drafts.typed({ unit: 2, id: 'abcde-103', base: 'Deux', cell: cellOf('Deux!') });
    const changed = parse(article.replace('>Deux<', '>Trois<'));
    const taken = drafts.take(changed);
    assert.deepEqual(taken?.edit, { ok: false, refusal: 'conflict' });
  });

  it('reports an unchanged cell as unchanged (nothing to write)', () => {
    const drafts = new PendingDraft();
    drafts.typed({ unit: 0, id: 'abcde-101', base: 'Titre', cell: cellOf('Titre') });
    const taken = drafts.take(model);
    assert.ok(taken?.edit.ok && taken.edit.unchanged);
  });
});
