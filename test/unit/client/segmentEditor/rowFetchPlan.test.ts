import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planRowFetches, ROW_FETCH_LIMITS, type RowFetch } from '../../../../client/src/segmentEditor/webview/rowFetchPlan';

/** A grid of `count` rows, one item each, of which the page has `received` and has asked for `requested`. */
function grid(count: number) {
  const received = new Set<number>();
  const requested = new Set<number>();
  const plan = (first: number, last: number, positions: (index: number) => number | undefined = (index) => index) =>
    planRowFetches(count, first, last, positions, (position) => !received.has(position) && !requested.has(position));
  return { received, requested, plan };
}

const span = (fetch: RowFetch) => fetch.to - fetch.from + 1;

describe('segment editor: rows asked for ahead of the scroll', () => {
  it('asks for the drawn rows first, then those beyond, in small messages, and nothing once they are near', () => {
    const { received, plan } = grid(11_000);
    const fetches = plan(5_000, 5_020);
    assert.ok(fetches[0].from <= 5_000 && fetches[0].to >= 5_000, `the first message holds the first drawn row (${JSON.stringify(fetches[0])})`);
    assert.ok(fetches.every((fetch) => span(fetch) <= ROW_FETCH_LIMITS.chunk), 'no message spans more than a chunk');
    const asked = new Set(fetches.flatMap((fetch) => Array.from({ length: span(fetch) }, (_, index) => fetch.from + index)));
    for (const position of [4_600, 4_999, 5_020, 5_420]) assert.ok(asked.has(position), `row ${position} is asked for`);
    assert.ok(!asked.has(4_599) && !asked.has(5_421), 'rows further away are not');
    for (const position of asked) received.add(position);
    assert.deepEqual(plan(5_100, 5_120), [], 'rows within reach are all here: nothing to ask');
  });

  it('a fling of five rows a frame never draws a row still on its way, with answers taking half a second', () => {
    const { received, requested, plan } = grid(11_000);
    const answerFrames = 30;
    const arriving: { frame: number; fetch: RowFetch }[] = [];
    const rowsOnScreen = 25;
    for (let frame = 0; frame < 1_500; frame++) {
      for (const { fetch } of arriving.filter((answer) => answer.frame <= frame)) for (let position = fetch.from; position <= fetch.to; position++) received.add(position);
      arriving.splice(0, arriving.length, ...arriving.filter((answer) => answer.frame > frame));
      const first = Math.min(frame * 5, 11_000 - rowsOnScreen);
      // The page asks once it draws, and its first frame waits for the first answer, as the grid's opening rows do.
      for (const fetch of plan(first, first + rowsOnScreen)) {
        for (let position = fetch.from; position <= fetch.to; position++) requested.add(position);
        arriving.push({ frame: frame === 0 ? 0 : frame + answerFrames, fetch });
      }
      if (frame === 0) for (const { fetch } of arriving.splice(0)) for (let position = fetch.from; position <= fetch.to; position++) received.add(position);
      for (let position = first; position <= first + rowsOnScreen; position++) assert.ok(received.has(position), `frame ${frame}: row ${position} is drawn before its content arrived`);
    }
  });

  it('scrolling up finds the rows above asked for too', () => {
    const { received, plan } = grid(11_000);
    for (let position = 6_000; position <= 6_600; position++) received.add(position);
    const fetches = plan(6_100, 6_120);
    assert.ok(fetches.length > 0 && fetches.every((fetch) => fetch.to < 6_000), `only rows above are missing within reach (${JSON.stringify(fetches)})`);
    assert.equal(fetches[0].to, 5_999, 'the nearest first');
  });

  it('under a filter, the rows it hides between the shown ones are not asked for', () => {
    // Every hundredth row shown, with a group heading before each.
    const items = Array.from({ length: 220 }, (_, index) => (index % 2 === 0 ? undefined : ((index - 1) / 2) * 100));
    const fetches = planRowFetches(items.length, 0, 20, (index) => items[index], () => true);
    assert.equal(fetches.length, 110, 'each shown row is its own message');
    assert.ok(fetches.every((fetch) => fetch.from === fetch.to && fetch.from % 100 === 0), JSON.stringify(fetches.slice(0, 3)));
  });
});
