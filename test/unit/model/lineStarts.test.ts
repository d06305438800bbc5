/**
 * Line starts are where an editor puts them: `\n`, `\r\n` and a lone `\r` each end a line, as
 * vscode-languageserver-textdocument (the protocol's reference) counts them, for every short text
 * of break characters and letters and for the corpus articles with their breaks rewritten.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeLineStarts } from '../../../server/src/core/lineIndex';
import { corpusMissing } from '../../support/paths';
import { corpusTexts } from '../reliability/reliabilityCorpus';

/** The offset of each line's first character, as the reference document gives it. */
function referenceLineStarts(text: string): number[] {
  const document = TextDocument.create('file:///line-starts.md', 'markdown', 1, text);
  return Array.from({ length: document.lineCount }, (_, line) => document.offsetAt({ line, character: 0 }));
}

describe('computeLineStarts', () => {
  it('agrees with the reference on every text of up to six pieces of breaks and letters', () => {
    const pieces = ['\n', '\r', '\r\n', 'a', '\u00e9', '\u{1F600}'];
    const texts = [''];
    for (let length = 1; length <= 6; length++) {
      for (let code = 0; code < pieces.length ** length; code++) {
        let text = '';
        for (let rest = code, index = 0; index < length; index++, rest = Math.floor(rest / pieces.length)) text += pieces[rest % pieces.length];
        texts.push(text);
      }
    }
    for (const text of texts) assert.deepEqual(computeLineStarts(text), referenceLineStarts(text), JSON.stringify(text));
  });

  it('agrees with the reference on the corpus articles with LF, CRLF, lone CR and mixed breaks', { skip: corpusMissing }, () => {
    let checked = 0;
    for (const text of corpusTexts()) {
      const lf = text.replace(/\r\n?/g, '\n');
      let line = 0;
      const mixed = lf.replace(/\n/g, () => ['\n', '\r\n', '\r'][line++ % 3]);
      for (const variant of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), mixed]) {
        assert.deepEqual(computeLineStarts(variant), referenceLineStarts(variant));
        checked++;
      }
    }
    assert.ok(checked > 0, 'no corpus article was checked');
  });
});
