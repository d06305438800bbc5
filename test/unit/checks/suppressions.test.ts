/** Suppression comments silence findings by code, for a line or a region, and survive edits. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { checkDocument, checkUnit } from '../../../server/src/checks/index';
import { findSuppressions, isSuppressedAt } from '../../../server/src/checks/suppressions';
import { article, unit } from './fixture';

/** A unit with a changed code span, a changed number and a lost full stop; `number` keeps ids unique. */
function damagedUnit(number = 103): string {
  return unit('Exécutez `Get-Fou` dans 15 minutes', 'Run `Get-Foo` in 10 minutes.', number);
}
const damaged = damagedUnit();
const damagedAgain = damagedUnit(104);

function codesOf(body: string): string[] {
  return checkDocument(parse(article(body))).map((finding) => finding.code);
}

describe('suppressions', () => {
  it('without comments, the damage is reported', () => {
    assert.deepEqual(codesOf(damaged), ['end-punctuation', 'inline-code', 'numbers']);
  });

  it('disable-next-line with codes silences those codes on the next line only', () => {
    assert.deepEqual(codesOf(`<!-- sxs-disable-next-line inline-code numbers -->\n${damaged}\n\n${damagedAgain}`), [
      'end-punctuation',
      'end-punctuation',
      'inline-code',
      'numbers',
    ]);
  });

  it('disable-next-line without codes silences everything on the next line', () => {
    assert.deepEqual(codesOf(`<!-- sxs-disable-next-line -->\n${damaged}`), []);
  });

  it('disable … enable silences a region; sxs. prefixes are accepted', () => {
    assert.deepEqual(codesOf(`<!-- sxs-disable sxs.numbers -->\n${damaged}\n<!-- sxs-enable numbers -->\n\n${damagedAgain}`), [
      'end-punctuation',
      'inline-code',
      'end-punctuation',
      'inline-code',
      'numbers',
    ]);
  });

  it('disable without codes, then enable of one code', () => {
    assert.deepEqual(codesOf(`<!-- sxs-disable -->\n<!-- sxs-enable numbers -->\n${damaged}`), ['numbers']);
  });

  it('disable-line silences its own line', () => {
    assert.deepEqual(codesOf(`${damaged} <!-- sxs-disable-line numbers end-punctuation -->\n\n${damagedAgain}`), [
      'inline-code',
      'end-punctuation',
      'inline-code',
      'numbers',
    ]);
  });

  it('comments survive an edit above them, because they are read from the text', () => {
    const before = `<!-- sxs-disable-next-line numbers -->\n${damaged}`;
    const after = `Nouveau paragraphe ajouté au-dessus.\n\n${before}`;
    assert.ok(!codesOf(before).includes('numbers'));
    assert.ok(!codesOf(after).includes('numbers'));
  });

  it('checkUnit honours the comments too', () => {
    const doc = parse(article(`<!-- sxs-disable-next-line inline-code -->\n${damaged}`));
    assert.deepEqual(checkUnit(doc, doc.units[0]).map((finding) => finding.code), ['end-punctuation', 'numbers']);
  });

  it('finds the silenced line of any offset among many, comments of one line together', () => {
    // Comments above most lines, several on some lines, codes and none, in CRLF, LF and a last line without a break.
    const lines: string[] = [];
    for (let line = 0; line < 300; line++) {
      if (line % 3 === 0) lines.push(`<!-- sxs-disable-next-line ${line % 2 ? 'numbers' : ''} -->`);
      else if (line % 3 === 1) lines.push(`texte ${line} <!-- sxs-disable-line quotes --> <!-- sxs-disable-line brackets -->`);
      else lines.push(`texte ${line}`);
    }
    const text = lines.map((line, index) => (index === lines.length - 1 ? line : line + (index < 150 ? '\r\n' : '\n'))).join('');
    const suppressions = findSuppressions(text);
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    const lineOf = (offset: number) => starts.filter((start) => start <= offset).length - 1;
    // What the comments say, read line by line.
    const expected = (code: string, offset: number): boolean => {
      const line = lineOf(offset);
      const own = lines[line];
      const above = line > 0 ? lines[line - 1] : '';
      const aboveSays = /sxs-disable-next-line\s*(numbers)?\s*-->/.exec(above);
      return (aboveSays !== null && (aboveSays[1] === undefined || aboveSays[1] === code)) || (own.includes('sxs-disable-line') && (code === 'quotes' || code === 'brackets'));
    };
    for (let offset = 0; offset < text.length; offset += 7) {
      for (const code of ['numbers', 'quotes', 'brackets', 'emails']) {
        assert.equal(isSuppressedAt(suppressions, code, offset), expected(code, offset), `${code} at ${offset} (line ${lineOf(offset)})`);
      }
    }
  });
});
