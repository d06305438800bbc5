/** Bytes that are not a UTF-8 article get a reason instead of a garbled check. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeArticle } from '../../../server/src/cli/check/decodeArticle';

describe('sxs check decoding', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    assert.deepEqual(decodeArticle(Buffer.from('Résumé')), { text: 'Résumé' });
    assert.deepEqual(decodeArticle(Buffer.from('\ufeffRésumé')), { text: 'Résumé' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    assert.deepEqual(decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Résumé', 'utf16le')])), { text: 'Résumé' });
  });

  it('refuses binary files and names the first byte that is not UTF-8', () => {
    assert.match((decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])) as { refused: string }).refused, /^binary file/);
    const prefix = Buffer.from('# Résumé en français ');
    const latin1 = Buffer.concat([prefix, Buffer.from('café au lait', 'latin1')]);
    assert.deepEqual(decodeArticle(latin1), { refused: `not valid UTF-8 (byte 0xe9 at offset ${prefix.length + 3}): save it as UTF-8` });
    assert.deepEqual(decodeArticle(latin1.subarray(0, prefix.length + 4)), { refused: 'not valid UTF-8 (a character cut off at the end): save it as UTF-8' });
  });
});
