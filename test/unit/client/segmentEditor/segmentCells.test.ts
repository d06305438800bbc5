/**
 * Halves as cells: inline markup becomes whole chips, the rest stays the half's own bytes, and
 * joining a cell gives back the exact half; paired chips are counted when they lose a partner.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeInline } from '../../../../server/src/core/inlineTokens';
import { cellOfHalf, cellPlainText, cellRaw, isChip, missingChips, partnerOf, translationBytes, unmatchedChips, type Piece } from '../../../../client/src/segmentEditor/segmentCells';

function cellOf(raw: string): Piece[] {
  return cellOfHalf(raw, 0, raw.length, tokenizeInline(raw, 0, raw.length));
}

/** A cell as text: chips as [kind role raw], text as itself. */
function show(cell: readonly Piece[]): string {
  return cell.map((piece) => (isChip(piece) ? `[${piece.kind} ${piece.role} ${piece.raw}]` : piece)).join('');
}

describe('segment cells', () => {
  it('makes bold, code, links, xrefs, entities and inline HTML whole chips and keeps the text between them', () => {
    const raw = 'Sélectionnez **Enregistrer** puis `Get-Item`, voir [la doc](https://x.test/a "t") et <xref:a.b>&nbsp;: <b>gras</b><br/>';
    assert.equal(
      show(cellOf(raw)),
      'Sélectionnez [emphasis open **]Enregistrer[emphasis close **] puis [code single `Get-Item`], voir [link open []la doc[link close ](https://x.test/a "t")] et [xref single <xref:a.b>][entity single &nbsp;]: [html-tag open <b>]gras[html-tag close </b>][html-tag single <br/>]',
    );
  });

  it('gives back the exact bytes of the half, line breaks and indentation included', () => {
    for (const raw of ['', 'plain', 'a\n   b', '**[x](y)** and *z*', '![alt *x*](img.png) \\* \\|', 'CJK 日本語の「テスト」 \u200f\u00a0עברית', '[a][ref] [!NOTE] <!-- c -->']) {
      assert.equal(cellRaw(cellOf(raw)), raw, raw);
    }
    assert.equal(show(cellOf('a\n   b')), 'a[line-break single \n   ]b');
  });

  it('keeps emphasis inside a link label as chips of their own, the label editable', () => {
    const cell = cellOf('[**Bold** label](u)');
    assert.equal(show(cell), '[link open []' + '[emphasis open **]Bold[emphasis close **] label[link close ](u)]');
    assert.equal(unmatchedChips(cell), 0);
    assert.equal(cellPlainText(cell), 'Bold label');
  });

  it('counts paired chips left without a partner or crossing', () => {
    const cell = cellOf('**a** <b>c</b> [d](e)');
    assert.equal(unmatchedChips(cell), 0);
    const withoutFirstBold = cell.filter((_, i) => i !== 0);
    assert.equal(unmatchedChips(withoutFirstBold), 1);
    const withoutLinkCloser = cell.filter((piece) => !(isChip(piece) && piece.kind === 'link' && piece.role === 'close'));
    assert.equal(unmatchedChips(withoutLinkCloser), 1);
    const bOpen = cell.findIndex((piece) => isChip(piece) && piece.raw === '<b>');
    const crossed = [cell[bOpen], cell[0], cell[bOpen + 2], cell[2]];
    assert.equal(unmatchedChips(crossed), 2);
  });

  it('finds the partner of a paired chip and the chips the translation lacks', () => {
    const source = cellOf('Click **Save** and `x`.');
    assert.equal(partnerOf(source, 1), 3);
    assert.equal(partnerOf(source, 3), 1);
    assert.equal(partnerOf(source, 5), -1);
    assert.deepEqual(missingChips(cellOf('Cliquez sur Enregistrer.'), source), [1, 3, 5]);
    assert.deepEqual(missingChips(cellOf('Cliquez **Enregistrer** et.'), source), [5]);
  });

  it('writes typed text as typed, escaping a bare | in a table cell and never writing a line break', () => {
    assert.equal(translationBytes(['a | b'], true), 'a \\| b');
    assert.equal(translationBytes(['a \\| b'], true), 'a \\| b');
    assert.equal(translationBytes(['a | b'], false), 'a | b');
    assert.equal(translationBytes(['one\ntwo\r\nthree'], false), 'one two three');
  });
});
