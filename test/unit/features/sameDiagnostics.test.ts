/**
 * "Unchanged" is answered only when the editor would show exactly what it holds: any difference
 * a user could see (a moved range, another severity, message, related place) or a code action
 * could read (`data`) makes the lists differ.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { sameDiagnostics } from '../../../server/src/features/sameDiagnostics';

function diagnostic(): Diagnostic {
  return {
    range: { start: { line: 3, character: 10 }, end: { line: 3, character: 14 } },
    severity: 3,
    source: 'sxs',
    code: 'inconsistent-translation',
    message: 'The same English is translated differently once elsewhere: “Un” (f9f29-104).',
    relatedInformation: [{ location: { uri: 'file:///a/fr-fr/x.md', range: { start: { line: 9, character: 2 }, end: { line: 9, character: 4 } } }, message: 'Translated as: Un' }],
    data: { unit: 2 },
  };
}

describe('sameDiagnostics', () => {
  it('equal lists built apart are the same', () => {
    assert.equal(sameDiagnostics([diagnostic(), diagnostic()], [diagnostic(), diagnostic()]), true);
    assert.equal(sameDiagnostics([], []), true);
  });

  const changes: [string, (d: Diagnostic) => void][] = [
    ['a range moved by one character', (d) => (d.range.end.character += 1)],
    ['a range on another line', (d) => (d.range.start.line += 1)],
    ['another severity', (d) => (d.severity = 2)],
    ['another code', (d) => (d.code = 'quotes')],
    ['another message', (d) => (d.message += ' ')],
    ['a related place moved', (d) => (d.relatedInformation![0].location.range.start.character = 3)],
    ['a related place in another file', (d) => (d.relatedInformation![0].location.uri = 'file:///a/de-de/x.md')],
    ['a related message', (d) => (d.relatedInformation![0].message = 'Translated as: Une')],
    ['no related places', (d) => delete d.relatedInformation],
    ['a tag', (d) => (d.tags = [1])],
    ['another unit in the data a code action reads', (d) => (d.data = { unit: 3 })],
  ];
  for (const [name, change] of changes) {
    it(`differ by ${name}`, () => {
      const changed = diagnostic();
      change(changed);
      assert.equal(sameDiagnostics([diagnostic(), diagnostic()], [diagnostic(), changed]), false);
    });
  }

  it('differ by length and by order', () => {
    const other = { ...diagnostic(), message: 'other' };
    assert.equal(sameDiagnostics([diagnostic()], [diagnostic(), diagnostic()]), false);
    assert.equal(sameDiagnostics([diagnostic(), other], [other, diagnostic()]), false);
  });
});
