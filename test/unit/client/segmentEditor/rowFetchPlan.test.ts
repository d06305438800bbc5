import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ROWS_PER_MESSAGE } from '../../../../client/src/segmentEditor/segmentEditorMessages';
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
  it('asks for the drawn rows first, then those beyond, in a few small messages, and nothing once they are near', () => {
    const { received, plan } = grid(11_000);
    const fetches = plan(5_000, 5_300);
    assert.equal(fetches.length, ROW_FETCH_LIMITS.messages, 'a few messages at a time');
    assert.ok(fetches.every((fetch) => span(fetch) <= ROW_FETCH_LIMITS.chunk && ROW_FETCH_LIMITS.chunk <= MAX_ROWS_PER_MESSAGE), 'no message spans more than a chunk, nor more than the extension answers');
    const asked = (list: readonly RowFetch[]) => new Set(list.flatMap((fetch) => Array.from({ length: span(fetch) }, (_, index) => fetch.from + index)));
    // The messages holding drawn rows come before any other, whatever side of the screen.
    const drawnFirst = fetches.slice(0, 4);
    for (let position = 5_000; position <= 5_300; position++) assert.ok(asked(drawnFirst).has(position), `drawn row ${position} is in the first messages (${JSON.stringify(fetches)})`);
    const all = asked(fetches);
    // Eight messages of 100: the four holding drawn rows and two on either side, the further ones later.
    for (const position of [4_800, 4_999, 5_301, 5_599]) assert.ok(all.has(position), `row ${position} is asked for`);
    assert.ok(!all.has(4_799) && !all.has(5_600), 'rows further away are not yet');
    for (const position of all) received.add(position);
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

  it('under a sparse filter, asks for a few messages at a time, nearest first, and the rest on a later frame', () => {
    // Every hundredth row shown, with a group heading before each.
    const items = Array.from({ length: 220 }, (_, index) => (index % 2 === 0 ? undefined : ((index - 1) / 2) * 100));
    const requested = new Set<number>();
    const plan = () => planRowFetches(items.length, 0, 20, (index) => items[index], (position) => !requested.has(position));
    const fetches = plan();
    assert.equal(fetches.length, ROW_FETCH_LIMITS.messages);
    assert.deepEqual(fetches.map((fetch) => fetch.from), [0, 100, 200, 300, 400, 500, 600, 700], 'the drawn rows, then the nearest');
    assert.ok(fetches.every((fetch) => fetch.from === fetch.to), 'the rows the filter hides between them are not asked for');
    for (const fetch of fetches) requested.add(fetch.from);
    assert.deepEqual(plan().map((fetch) => fetch.from), [800, 900, 1_000, 1_100, 1_200, 1_300, 1_400, 1_500], 'the next frame asks for the next ones');
  });
});
