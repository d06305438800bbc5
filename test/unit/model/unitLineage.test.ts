/**
 * A re-parse renews the unit list in place and records what it kept; a cache that last looked
 * several versions ago learns what all of them kept together, and a full parse or a version too
 * long ago tells it nothing is known.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keptSince, unitsSeen } from '../../../server/src/core/keptUnits';
import { parse } from '../../../server/src/core/parse';
import { reparse } from '../../../server/src/core/reparse';
import { UnitLineage } from '../../../server/src/core/unitLineage';
import type { Unit } from '../../../server/src/core/model';

const unit = (id: number): string => `<span data-ttu-id="f9f29-${id}">Phrase ${id}.</span><span class="sxs-lookup"><span data-stu-id="f9f29-${id}">Sentence ${id}.</span></span>`;
const article = Array.from({ length: 10 }, (_, index) => unit(101 + index)).join('\n\n') + '\n';

describe('unit lineage', () => {
  it('composes the steps since a generation: the smaller kept ends, every unit that left', () => {
    const lineage = new UnitLineage();
    const a = { id: 'a' } as unknown as Unit;
    const b = { id: 'b' } as unknown as Unit;
    lineage.record(4, 5, [a]); // 10 units: one left between the first 4 and the last 5
    lineage.record(6, 2, [b]);
    assert.deepEqual(lineage.keptSince(0, 10), { head: 4, tail: 2, left: [a, b] });
    assert.deepEqual(lineage.keptSince(1, 9), { head: 6, tail: 2, left: [b] });
    assert.deepEqual(lineage.keptSince(2, 9), { head: 9, tail: 0, left: [] }, 'the newest version kept everything of itself');
    assert.equal(lineage.keptSince(3, 9), undefined, 'a generation not made yet');
    for (let step = 0; step < 300; step++) lineage.record(1, 1, []);
    assert.equal(lineage.keptSince(1, 9), undefined, 'steps too long ago are forgotten');
    assert.ok(lineage.keptSince(lineage.generation - 10, 9));
  });

  it('after re-parses in place, tells a cache what it kept since it looked, and nothing after a full parse', () => {
    let model = parse(article);
    const list = model.units;
    const seen = unitsSeen(model);
    const first = list[0];
    const last = list[9];
    let text = article;
    // Two edits: one inside the third unit, one that deletes the sixth unit's paragraph.
    const third = model.units[2].translation.range.start;
    text = text.slice(0, third) + 'x' + text.slice(third);
    model = reparse(model, text, { range: { start: third, end: third }, text: 'x' });
    const sixth = model.units[5].range;
    const removed = model.units[5];
    text = text.slice(0, sixth.start) + text.slice(sixth.end + 2);
    model = reparse(model, text, { range: { start: sixth.start, end: sixth.end + 2 }, text: '' });
    assert.equal(model.units, list, 'the same list, renewed in place');
    assert.equal(model.units.length, 9);
    const kept = keptSince(seen, model)!;
    assert.equal(kept.head, 2, 'the units before the first edit');
    // The deletion ends where the seventh unit starts, so its paragraph is read again: unchanged, it keeps its object.
    assert.equal(kept.tail, 4, 'the units after the one deleted, the seventh (re-read, unchanged) among them');
    assert.ok(kept.left.includes(removed), 'the unit deleted is among those that left');
    assert.equal(model.units[0], first);
    assert.equal(model.units[8], last);
    // A change to the front of the text needs a full parse: a new list, a new lineage.
    const fresh = reparse(model, `---\ntitle: T\n---\n${text}`, { range: { start: 0, end: 0 }, text: '---\ntitle: T\n---\n' });
    assert.equal(keptSince(unitsSeen(model), fresh), undefined);
  });
});
