/**
 * Finding a unit's English sentence in the English original: as written, across a different line
 * wrapping, by rank when it repeats, never inside a longer word, in the front matter or the body.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEnglishSentence, type EnglishRegion } from '../../../server/src/features/englishSentence';

interface SentenceCase {
  readonly name: string;
  readonly english: string;
  readonly source: string;
  readonly rank?: number;
  readonly region?: EnglishRegion;
  /** `line:character «text found»`, or undefined. */
  readonly expected: string | undefined;
}

const ORIGINAL = [
  '---',
  'title: "Power Automate connector | Microsoft Docs"',
  '---',
  '',
  '# Power Automate connector (preview)',
  '',
  '- Trigger when a threshold is crossed on a segment. The trigger is limited to crossing above the threshold.',
  '- Only business measures are supported. The trigger is limited to crossing above the threshold.',
  '',
  'Go to **Admin** &gt; **Export destinations**; ask an Administrator. Use',
  'triggers to create cloud flows.',
].join('\n');

const cases: SentenceCase[] = [
  { name: 'a heading', english: ORIGINAL, source: 'Power Automate connector (preview)', expected: '4:2 «Power Automate connector (preview)»' },
  { name: 'markup and entities as written', english: ORIGINAL, source: 'Go to **Admin** &gt; **Export destinations**; ask an Administrator.', expected: '9:0 «Go to **Admin** &gt; **Export destinations**; ask an Administrator.»' },
  { name: 'first of a repeated sentence', english: ORIGINAL, source: 'The trigger is limited to crossing above the threshold.', rank: 0, expected: '6:52 «The trigger is limited to crossing above the threshold.»' },
  { name: 'second of a repeated sentence', english: ORIGINAL, source: 'The trigger is limited to crossing above the threshold.', rank: 1, expected: '7:40 «The trigger is limited to crossing above the threshold.»' },
  { name: 'a rank past the occurrences takes the last', english: ORIGINAL, source: 'The trigger is limited to crossing above the threshold.', rank: 5, expected: '7:40 «The trigger is limited to crossing above the threshold.»' },
  { name: 'wrapped differently in the original', english: ORIGINAL, source: 'Use triggers to create cloud flows.', expected: '9:68 «Use⏎triggers to create cloud flows.»' },
  { name: 'line break and trailing space inside the half', english: ORIGINAL, source: ' Use\r\ntriggers to create  cloud flows. ', expected: '9:68 «Use⏎triggers to create cloud flows.»' },
  { name: 'not inside a longer word', english: ORIGINAL, source: 'Admin', expected: '9:8 «Admin»' },
  { name: 'not in the front matter when the unit is in the body', english: ORIGINAL, source: 'Power Automate connector', expected: '4:2 «Power Automate connector»' },
  { name: 'in the front matter when the unit is there', english: ORIGINAL, source: 'Power Automate connector', region: 'front-matter', expected: '1:8 «Power Automate connector»' },
  { name: 'a sentence the original no longer has', english: ORIGINAL, source: 'Trigger when a data source refresh fails.', expected: undefined },
  { name: 'an empty half', english: ORIGINAL, source: '  ', expected: undefined },
];

describe('findEnglishSentence', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const range = findEnglishSentence(testCase.english, testCase.source, testCase.rank ?? 0, testCase.region);
      const before = range && testCase.english.slice(0, range.start).split('\n');
      const shown = range && before && `${before.length - 1}:${before[before.length - 1].length} «${testCase.english.slice(range.start, range.end).replace(/\n/g, '⏎')}»`;
      assert.equal(shown, testCase.expected);
    });
  }
});
