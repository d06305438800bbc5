/**
 * What the hover shows for hostile or tricky text: one row per input, the Markdown it becomes.
 * Nothing may stay raw HTML, a command or script link, or an entity that turns into one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineCode, safeMarkdown } from '../../../server/src/features/safeMarkdown';

const rows: [input: string, expected: string][] = [
  ['Plain text.', 'Plain text.'],
  ['**bold**, *italic*, `code` and [a link](https://example.com "title")', '**bold**, *italic*, `code` and [a link](https://example.com "title")'],
  ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
  ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)">'],
  ['a <br/> b', 'a &lt;br/> b'],
  ['<https://example.com> and <command:quit>', '&lt;https://example.com> and &lt;command:quit>'],
  ['[x](command:workbench.action.quit)', '[x]\\(command:workbench.action.quit)'],
  ['[x](COMMAND:quit)', '[x]\\(COMMAND:quit)'],
  ['[x](<command:quit>)', '[x]\\(&lt;command:quit>)'],
  ['[x](\ncommand:quit)', '[x]\\(\ncommand:quit)'],
  ['[x](javascript:alert(1))', '[x]\\(javascript:alert(1))'],
  ['[x](data:text/html,hi) [y](vscode:extension/a.b)', '[x]\\(data:text/html,hi) [y]\\(vscode:extension/a.b)'],
  ['[x]: command:quit', '[x]\\: command:quit'],
  ['[x](&#99;ommand:quit)', '[x](&amp;#99;ommand:quit)'],
  ['[x](mailto:a@b.c) [y](/relative/path) [z](#anchor)', '[x](mailto:a@b.c) [y](/relative/path) [z](#anchor)'],
  ['Use &lt; and &amp;', 'Use &amp;lt; and &amp;amp;'],
  ['`<b>` stays code', '`<b>` stays code'],
  ['``a ` b`` and `[x](command:y)`', '``a ` b`` and `[x](command:y)`'],
  ['unclosed ` then <b>', 'unclosed ` then &lt;b>'],
  ['\\`not code <b>\\`', '\\`not code &lt;b>\\`'],
  ['\\<b>', '\\&lt;b>'],
  ['# Not a heading', '\\# Not a heading'],
  ['> not a quote', '\\> not a quote'],
  ['- not a list', '\\- not a list'],
  ['1. not a list', '1\\. not a list'],
  ['line one\n===', 'line one\n\\==='],
  ['C# and 3.5 stay', 'C# and 3.5 stay'],
];

describe('safeMarkdown', () => {
  for (const [input, expected] of rows) {
    it(JSON.stringify(input), () => assert.equal(safeMarkdown(input), expected));
  }
});

describe('inlineCode', () => {
  it('wraps plain text in one backtick', () => assert.equal(inlineCode('f9f29-103'), '`f9f29-103`'));
  it('uses a longer fence than any backtick run inside', () => assert.equal(inlineCode('a``b'), '```a``b```'));
  it('pads text that starts or ends with a backtick', () => assert.equal(inlineCode('`x'), '`` `x ``'));
  it('keeps one line', () => assert.equal(inlineCode('a\nb'), '`a b`'));
});
