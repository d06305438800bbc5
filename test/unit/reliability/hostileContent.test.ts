/**
 * An article written to attack its reviewer: the hover on every unit (either half, its tags, and
 * units whose ids carry Markdown) is Markdown that, rendered with raw HTML allowed and the
 * renderer's own link filter off, contains no script, no element beyond prose, no image, and no
 * link but http, https or mailto; and it never asks to be trusted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSnapshot } from '../../../server/src/documentSnapshot';
import { hoverAt } from '../../../server/src/features/hover';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { assertHarmlessMarkdown, HOSTILE_IDS, HOSTILE_PAYLOADS, hostileArticle } from './hostileArticle';

describe('reliability: hostile article content in hovers', () => {
  const text = hostileArticle();
  const uri = 'file:///hostile/fr-fr/articles/hostile.md';
  const snapshot = new DocumentSnapshot(uri, 1, text);
  const document = TextDocument.create(uri, 'markdown', 1, text);

  it('parses a unit for every payload and every hostile id an attribute can hold', () => {
    // An id with `<` in it is no readable tag: it is reported as broken markup instead.
    const readable = HOSTILE_IDS.filter((id) => !id.includes('<'));
    assert.equal(snapshot.model.units.length, 2 * HOSTILE_PAYLOADS.length + readable.length);
    for (const id of readable) assert.ok(snapshot.model.units.some((unit) => unit.id.text === id), `no unit with the id ${id}`);
  });

  it('every hover on every unit renders harmless, untrusted Markdown', (t) => {
    let hovers = 0;
    for (const unit of snapshot.model.units) {
      const offsets = [unit.range.start + 1, unit.translation.range.start, unit.translation.range.end - 1, unit.source?.range.start, unit.source && unit.source.range.end - 1];
      for (const offset of offsets) {
        if (offset === undefined) continue;
        const hover = hoverAt(snapshot, document.positionAt(offset), DEFAULT_SETTINGS);
        assert.ok(hover, `no hover on unit ${unit.id.text} at ${offset}`);
        const contents = hover.contents as { kind: string; value: string };
        assert.deepEqual(Object.keys(contents).sort(), ['kind', 'value'], 'hover contents are plain MarkupContent, with no trust flag');
        assert.equal(contents.kind, 'markdown');
        assertHarmlessMarkdown(contents.value, `hover on ${JSON.stringify(unit.id.text)} at ${offset}`);
        hovers++;
      }
    }
    t.diagnostic(`${hovers} hovers rendered`);
  });

  it('the hover still shows the hostile text, as text', () => {
    const unit = snapshot.model.units.find((candidate) => candidate.source?.raw === '<script>alert(1)</script>');
    assert.ok(unit);
    const value = (hoverAt(snapshot, document.positionAt(unit.translation.range.start), DEFAULT_SETTINGS)!.contents as { value: string }).value;
    assert.ok(value.includes('&lt;script>alert(1)&lt;/script>'), value);
  });
});
