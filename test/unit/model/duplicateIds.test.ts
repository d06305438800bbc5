/**
 * Every repeated id is reported at each later use, pointing at its first use, whether the id
 * checks answer "used before?" by scanning (a few questions) or by an index (many): compared
 * with a plain reference over random articles of a few prefixes, numbers out of order and
 * merged ids.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from '../../../server/src/core/parse';

const unitText = (id: string): string => `<span data-ttu-id="${id}">Texte ${id}</span><span class="sxs-lookup"><span data-stu-id="${id}">Text ${id}</span></span>`;

describe('duplicate ids', () => {
  it('are each reported at the later use with the first use as related place, by scan or by index', () => {
    const id = fc.tuple(fc.constantFrom('f9f29', 'f9f29', 'f9f29', 'a1b2c'), fc.boolean(), fc.nat({ max: 40 })).map(([prefix, merged, number]) => `${prefix}-${merged && number % 5 === 0 ? 'p' : ''}${100 + number}`);
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 90 }), (ids) => {
        const text = ids.map(unitText).join('\n\n') + '\n';
        const document = parse(text);
        assert.equal(document.units.length, ids.length);
        const expected = ids.flatMap((value, index) => {
          const first = ids.indexOf(value);
          return first < index ? [`${index} → ${first}`] : [];
        });
        const unitAt = (offset: number): number => document.units.findIndex((unit) => unit.id.range.start === offset);
        const reported = document.problems
          .filter((problem) => problem.code === 'duplicate-id')
          .map((problem) => `${unitAt(problem.range.start)} → ${unitAt(problem.related![0].range.start)}`);
        assert.deepEqual(reported, expected);
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
