import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { joinPieces, pairsNest, piecesOfText, type Piece } from '../../../server/src/interchange/inlineCodes';

/** A readable form: text as is, codes as {open:raw} {close:raw} {raw}. */
function show(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.kind === 'standalone' ? `{${piece.type}:${piece.raw}}` : `{${piece.kind}${piece.pair}:${piece.raw}}`)).join('');
}

test('paired codes: emphasis, links, images, HTML element pairs', () => {
  assert.equal(show(piecesOfText('Select **Save** and *then* ~~not~~ this.')), 'Select {open1:**}Save{close1:**} and {open2:*}then{close2:*} {open3:~~}not{close3:~~} this.');
  assert.equal(show(piecesOfText('See [the **guide**](https://x.test/a "t") or ![logo](i.png).')), 'See {open1:[}the {open2:**}guide{close2:**}{close1:](https://x.test/a "t")} or {open3:![}logo{close3:](i.png)}.');
  assert.equal(show(piecesOfText('Press <kbd>Ctrl</kbd>+<b>C</b>')), 'Press {open1:<kbd>}Ctrl{close1:</kbd>}+{open2:<b>}C{close2:</b>}');
});

test('emphasis runs of the same delimiter pair by flanking, not by order alone', () => {
  assert.equal(show(piecesOfText('**a** **b**')), '{open1:**}a{close1:**} {open2:**}b{close2:**}');
  assert.equal(show(piecesOfText('***a***')), '{open1:*}{open2:**}a{close2:**}{close1:*}');
});

test('standalone codes: code spans, xrefs, URLs, entities, includes, alerts, <br/>, lone tags, comments', () => {
  assert.equal(
    show(piecesOfText('Run `npm i` per <xref:A.B> at https://x.test &nbsp;[!INCLUDE [t](a.md)] [!NOTE] a<br/>b <b>open <!-- c -->')),
    'Run {code:`npm i`} per {xref:<xref:A.B>} at {url:https://x.test} {entity:&nbsp;}{include:[!INCLUDE [t](a.md)]} {alert:[!NOTE]} a{line-break:<br/>}b {html:<b>}open {comment:<!-- c -->}',
  );
});

test('escapes and numbers stay text; joining the pieces gives back the half exactly', () => {
  const half = 'Use \\*not bold\\* for 1,000 items &amp; <a href="x">[link](y)</a>\r\nnext';
  assert.equal(show(piecesOfText('a \\*b\\* 42')), 'a \\*b\\* 42');
  assert.equal(joinPieces(piecesOfText(half)), half);
});

test('pairs that cross do not nest (XLIFF 2.0 writes them as <sc>/<ec>)', () => {
  assert.equal(pairsNest(piecesOfText('<b>**x</b>**')), false);
  assert.equal(pairsNest(piecesOfText('<b>**x**</b>')), true);
});
