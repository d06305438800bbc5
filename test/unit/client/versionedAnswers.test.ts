/** The units store's answers: one fetch per version and findings change, the last arrival kept while the next is fetched. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VersionedAnswers } from '../../../client/src/shared/versionedAnswers';

/** A fetch the test answers when it wants, counting calls. */
function controlledFetches() {
  const pending: Array<(answer: string | undefined) => void> = [];
  return {
    calls: () => pending.length,
    fetch: () => new Promise<string | undefined>((resolve) => pending.push(resolve)),
    answer: async (index: number, value: string | undefined) => {
      pending[index](value);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** v1 answered, then v2 and v3 asked for and still on their way. */
async function answeredThenTwoEdits() {
  const answers = new VersionedAnswers<string>();
  const fetches = controlledFetches();
  answers.get('a', 1, fetches.fetch);
  await fetches.answer(0, 'v1');
  answers.get('a', 2, fetches.fetch);
  answers.get('a', 3, fetches.fetch);
  return { answers, fetches };
}

describe('versioned answers', () => {
  it('asks once per version and findings change', async () => {
    const answers = new VersionedAnswers<string>();
    const fetches = controlledFetches();
    const first = answers.get('a', 1, fetches.fetch);
    assert.equal(answers.get('a', 1, fetches.fetch), first, 'the same request is shared');
    assert.equal(answers.findingsChanged('a'), true);
    answers.get('a', 1, fetches.fetch);
    answers.get('a', 1, fetches.fetch);
    answers.get('a', 2, fetches.fetch);
    answers.get('b', 2, fetches.fetch);
    assert.equal(fetches.calls(), 4);
  });

  it('keeps nothing for findings of a key never asked for (other extensions name every file they check)', () => {
    const answers = new VersionedAnswers<string>();
    assert.equal(answers.findingsChanged('src/other.ts'), false);
    assert.equal(answers.peek('src/other.ts'), undefined);
  });

  it('a findings change during a request asks again, whatever that request answers', async () => {
    const answers = new VersionedAnswers<string>();
    const fetches = controlledFetches();
    answers.get('a', 1, fetches.fetch);
    answers.findingsChanged('a');
    await fetches.answer(0, 'findings of before the change');
    answers.get('a', 1, fetches.fetch);
    assert.equal(fetches.calls(), 2);
  });

  it('has nothing to show before the first answer, then shows it as current', async () => {
    const answers = new VersionedAnswers<string>();
    const fetches = controlledFetches();
    answers.get('a', 1, fetches.fetch);
    assert.equal(answers.peek('a'), undefined);
    assert.equal(answers.isCurrent('a', 1), false);
    await fetches.answer(0, 'units of v1');
    assert.equal(answers.peek('a'), 'units of v1');
    assert.equal(answers.isCurrent('a', 1), true);
  });

  it('keeps showing the last answer while the findings change is fetched, still current for the same version', async () => {
    const answers = new VersionedAnswers<string>();
    const fetches = controlledFetches();
    answers.get('a', 1, fetches.fetch);
    await fetches.answer(0, 'old findings');
    answers.findingsChanged('a');
    answers.get('a', 1, fetches.fetch);
    assert.equal(answers.peek('a'), 'old findings', 'the preview does not paint an article without its marks meanwhile');
    assert.equal(answers.isCurrent('a', 1), true, 'its positions still describe the text');
    await fetches.answer(1, 'new findings');
    assert.equal(answers.peek('a'), 'new findings');
  });

  it('keeps the last answer across an edit but no longer calls it current', async () => {
    const { answers, fetches } = await answeredThenTwoEdits();
    assert.equal(answers.peek('a'), 'v1', 'still the last arrival, two requests later');
    assert.equal(answers.isCurrent('a', 3), false);
    assert.equal(answers.isCurrent('a', 1), true);
    await fetches.answer(2, 'v3');
    assert.equal(answers.isCurrent('a', 3), true);
    assert.equal(answers.peek('a'), 'v3');
  });

  it('an answer arriving for a request already replaced does not show', async () => {
    const { answers, fetches } = await answeredThenTwoEdits();
    await fetches.answer(1, 'v2, late');
    assert.equal(answers.peek('a'), 'v1', 'the v3 request is the one awaited');
    assert.equal(answers.isCurrent('a', 2), false);
  });

  it('a failed fetch counts as no units, and a closed document forgets everything', async () => {
    const answers = new VersionedAnswers<string>();
    answers.get('a', 1, async () => 'v1');
    await new Promise((resolve) => setImmediate(resolve));
    const failed = answers.get('a', 2, () => Promise.reject(new Error('server gone')));
    await assert.rejects(failed);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(answers.peek('a'), undefined);
    assert.equal(answers.isCurrent('a', 2), true);
    answers.delete('a');
    assert.equal(answers.isCurrent('a', 2), false);
  });

  it('an answer arriving after its document closed does not come back', async () => {
    const answers = new VersionedAnswers<string>();
    const fetches = controlledFetches();
    answers.get('a', 1, fetches.fetch);
    answers.delete('a');
    assert.equal(answers.findingsChanged('a'), false, 'nor do the diagnostics cleared after the close keep it');
    await fetches.answer(0, 'units of the closed document');
    assert.equal(answers.peek('a'), undefined);
    assert.equal(answers.isCurrent('a', 1), false);
  });
});
