/**
 * The fuzzy match percentage: the documented formula on hand-counted cases, and the properties a
 * translator relies on (100 only for the same sentence, symmetric, a changed word costs more
 * than changed punctuation).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchPercentage, matchTokens } from '../../../server/src/workspace/memory/matchScore';

describe('match percentage', () => {
  it('is 100 for the same sentence, white space aside', () => {
    assert.equal(matchPercentage('Select **Save**.', '  Select\n **Save**. '), 100);
  });

  it('counts one changed word of ten words as 90 %', () => {
    // 10 words + "." (0.5) = 10.5 per side; one word replaced costs 1 → floor(100 × (1 − 1/10.5)) = 90.
    assert.equal(matchPercentage('Go to the Admin page and select the Save button.', 'Go to the Settings page and select the Save button.'), 90);
  });

  it('charges a case-only change a quarter of a word', () => {
    // 3 words + "." = 3.5; "save" vs "Save" costs 0.25 → floor(100 × (1 − 0.25/3.5)) = 92.
    assert.equal(matchPercentage('Select the Save.', 'Select the save.'), 92);
  });

  it('charges changed punctuation half a word', () => {
    assert.ok(matchPercentage('Select the button.', 'Select the button!') > matchPercentage('Select the button.', 'Select the toggle.'));
  });

  it('never gives 100 to different sentences and stays symmetric', () => {
    const pairs = [
      ['Sign in to Customer Insights.', 'Sign in to Customer Insights!'],
      ['A', 'a'],
      ['The HTTP response will soon appear below.', 'The HTTP response appears below.'],
    ];
    for (const [a, b] of pairs) {
      assert.ok(matchPercentage(a, b) <= 99, `${a} / ${b}`);
      assert.equal(matchPercentage(a, b), matchPercentage(b, a));
    }
  });

  it('reads a link destination, inline code and an entity as one token each', () => {
    assert.deepEqual(
      matchTokens('See [the docs](https://aka.ms/x?a=b) and `npm ci` &amp; more').map((token) => token.text),
      ['See', '[', 'the', 'docs', '](https://aka.ms/x?a=b)', 'and', '`npm ci`', '&amp;', 'more'],
    );
  });

  it('is 0 for unrelated sentences', () => {
    assert.equal(matchPercentage('Open the portal.', 'Völlig anders hier'), 0);
  });
});
