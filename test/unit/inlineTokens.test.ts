/**
 * The inline tokenizer, as data: each case is the content of a half and the tokens it must
 * yield, one per line as `kind "value" @start-end` (offsets inside the half, the link text as
 * `label@start-end`). Every case is tokenized inside real unit markup, so a token that leaks
 * past the half's bounds fails too.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenizeInline } from '../../server/src/core/inlineTokens';

const BEFORE = '<span data-ttu-id="f9f29-103">';
const AFTER = '</span><span class="sxs-lookup"><span data-stu-id="f9f29-103">`x` **y** 42</span></span>';

/** Tokenizes `content` as the translation half of a unit and renders the tokens as text lines. */
function tokensOf(content: string): string[] {
  const text = BEFORE + content + AFTER;
  const start = BEFORE.length;
  return tokenizeInline(text, start, start + content.length).map((token) => {
    let line = `${token.kind} ${JSON.stringify(token.value)} @${token.range.start - start}-${token.range.end - start}`;
    if (token.labelRange) line += ` label@${token.labelRange.start - start}-${token.labelRange.end - start}`;
    return line;
  });
}

const cases: { name: string; input: string; expected: string[] }[] = [
  { name: 'plain prose', input: 'Sélectionnez une option.', expected: [] },
  {
    name: 'strong and inline code',
    input: 'Use **Get-Foo** or `Get-Foo`',
    expected: ['emphasis "**" @4-6', 'emphasis "**" @13-15', 'code "Get-Foo" @19-28'],
  },
  { name: 'snake_case is not emphasis', input: 'set snake_case_name here', expected: [] },
  { name: 'arithmetic star is not emphasis', input: '2 * 3 = 6', expected: ['number "2" @0-1', 'number "3" @4-5', 'number "6" @8-9'] },
  {
    name: 'underscore emphasis at word edges',
    input: '_italique_ et __gras__',
    expected: ['emphasis "_" @0-1', 'emphasis "_" @9-10', 'emphasis "__" @14-16', 'emphasis "__" @20-22'],
  },
  {
    name: 'triple star splits into strong and emphasis',
    input: '***x***',
    expected: ['emphasis "*" @0-1', 'emphasis "**" @1-3', 'emphasis "**" @4-6', 'emphasis "*" @6-7'],
  },
  { name: 'strikethrough needs two tildes', input: '~~old~~ ~5 min', expected: ['emphasis "~~" @0-2', 'emphasis "~~" @5-7', 'number "5" @9-10'] },
  { name: 'a closing ** after a space does not close', input: '**Gras **suite', expected: [] },
  { name: 'an unmatched backtick is text', input: 'a ` b', expected: [] },
  {
    name: 'nothing inside inline code is tokenized',
    input: '`**x** [a](b) <br/> &lt; 42`',
    expected: ['code "**x** [a](b) <br/> &lt; 42" @0-28'],
  },
  { name: 'double backticks hold a backtick', input: '`` a`b ``', expected: ['code "a`b" @0-9'] },
  {
    name: 'link with title',
    input: 'Voir [la doc](https://docs.microsoft.com/fr-fr/foo "Titre").',
    expected: ['link "https://docs.microsoft.com/fr-fr/foo" @5-59 label@6-12'],
  },
  {
    name: 'image inside a link',
    input: '[![alt](a.png)](b.png)',
    expected: ['link "b.png" @0-22 label@1-14', 'image "a.png" @1-14 label@3-6'],
  },
  {
    name: 'emphasis inside link text stays inside',
    input: '**[a **b**](c)',
    expected: ['link "c" @2-14 label@3-10', 'emphasis "**" @5-7', 'emphasis "**" @8-10'],
  },
  { name: 'link with a space before the parenthesis is not a link', input: '[texte] (https://x.com)', expected: ['bare-url "https://x.com" @9-22'] },
  {
    name: 'reference links: full and collapsed',
    input: '[texte][label] et [Azure][]',
    expected: ['reference-link "label" @0-14 label@1-6', 'reference-link "Azure" @18-27 label@19-24'],
  },
  {
    name: 'xref autolink and xref link',
    input: '<xref:System.String> [chaîne](xref:System.String?displayProperty=fullName)',
    expected: [
      'xref "System.String" @0-20',
      'xref "System.String?displayProperty=fullName" @21-74 label@22-28',
    ],
  },
  { name: 'bare xref', input: 'voir xref:Foo.Bar.', expected: ['xref "Foo.Bar" @5-17'] },
  {
    name: 'autolinks and bare URLs',
    input: '<https://aka.ms/x> ou https://aka.ms/y?WT.mc_id=A_1. www.bing.com',
    expected: [
      'autolink "https://aka.ms/x" @0-18',
      'bare-url "https://aka.ms/y?WT.mc_id=A_1" @22-51',
      'bare-url "www.bing.com" @53-65',
    ],
  },
  { name: 'e-mail autolink', input: '<foo@contoso.com>', expected: ['autolink "foo@contoso.com" @0-17'] },
  { name: 'bare URL in CJK text ends at CJK punctuation', input: '请访问https://aka.ms/x。', expected: ['bare-url "https://aka.ms/x" @3-19'] },
  { name: 'bare URL in parentheses drops the closing one', input: '(https://x.com/a_(b))', expected: ['bare-url "https://x.com/a_(b)" @1-20'] },
  {
    name: 'include and div directives, alert keyword',
    input: '[!INCLUDE [banner](../includes/banner.md)] [!div class="mx-imgBorder"] [!NOTE]',
    expected: [
      'include "[!INCLUDE [banner](../includes/banner.md)]" @0-42',
      'include "[!div class=\\"mx-imgBorder\\"]" @43-70',
      'alert "NOTE" @71-78',
    ],
  },
  { name: 'translated alert keyword is still an alert', input: '[!REMARQUE]', expected: ['alert "REMARQUE" @0-11'] },
  {
    name: 'triple-colon directive',
    input: ':::image type="content" source="media/a.png" alt-text="Texte":::',
    expected: ['include ":::image type=\\"content\\" source=\\"media/a.png\\" alt-text=\\"Texte\\":::" @0-64'],
  },
  {
    name: 'inline HTML tags normalised',
    input: 'a<br/>b <B>c</B> <span style="color:red">d</span>',
    expected: ['html-tag "br" @1-6', 'html-tag "b" @8-11', 'html-tag "/b" @12-16', 'html-tag "span" @17-41', 'html-tag "/span" @42-49'],
  },
  { name: 'a lone < is text, but <T> is a tag as in CommonMark', input: 'a < b, List<T>', expected: ['html-tag "t" @11-14'] },
  {
    name: 'entities',
    input: '&lt;x&gt; a &#124; b&nbsp;c &#x2014; & d',
    expected: ['entity "&lt;" @0-4', 'entity "&gt;" @5-9', 'entity "&#124;" @12-18', 'entity "&nbsp;" @20-26', 'entity "&#x2014;" @28-36'],
  },
  {
    name: 'backslash escapes, not before a letter',
    input: 'a \\| b \\* c \\d',
    expected: ['escape "|" @2-4', 'escape "*" @7-9'],
  },
  { name: 'escaped backtick opens no code', input: '\\`a`', expected: ['escape "`" @0-2'] },
  {
    name: 'numbers with grouping and decimals',
    input: '1,000.5 et 1 234,5 et 10 000 et 3.14',
    expected: ['number "1,000.5" @0-7', 'number "1 234,5" @11-18', 'number "10 000" @22-28', 'number "3.14" @32-36'],
  },
  {
    name: 'native digits',
    input: '٣٫٥ و ١٬٠٠٠ ／ ２０２１年',
    expected: ['number "٣٫٥" @0-3', 'number "١٬٠٠٠" @6-11', 'number "２０２１" @14-18'],
  },
  { name: 'digits glued to a name are not numbers', input: 'x64 Office365 v1.2.3 SHA256', expected: [] },
  { name: 'numbers in CJK text', input: '2021年6月24日', expected: ['number "2021" @0-4', 'number "6" @5-6', 'number "24" @7-9'] },
  { name: 'a list is several numbers', input: '1, 2 et 3', expected: ['number "1" @0-1', 'number "2" @3-4', 'number "3" @8-9'] },
];

describe('tokenizeInline', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      assert.deepEqual(tokensOf(testCase.input), testCase.expected);
    });
  }

  it('never reads outside the half it is given', () => {
    const text = '`a **b** [c](d) 1';
    assert.deepEqual(tokenizeInline(text, 2, 8).map((token) => token.kind), ['emphasis', 'emphasis']);
    assert.deepEqual(tokenizeInline(text, 0, 1), []);
    assert.deepEqual(tokenizeInline(text, 5, 3), []);
    assert.deepEqual(tokenizeInline(text, -10, 1e9).length > 0, true);
  });

  it('stays linear on hostile input (10k backticks, brackets, tags, delimiters)', () => {
    const hostile = [
      'a`b``c'.repeat(20000),
      '[a]('.repeat(25000),
      '['.repeat(100000),
      '<a b="'.repeat(16000),
      '[x](y "'.repeat(14000),
      '[!include [a'.repeat(9000),
      '**a* '.repeat(20000),
      ':::a '.repeat(20000),
      '<!-- '.repeat(20000),
      '_a_b *c '.repeat(12000),
    ];
    // The whole input against its first quarter, in CPU time (the least of five runs, which
    // a collection pause does not inflate): linear work
    // costs about 4× as much, quadratic work 16×. No wall-clock limit, so load cannot fail it.
    const cpuMilliseconds = (input: string): number => {
      const runs: number[] = [];
      for (let run = 0; run < 5; run++) {
        const start = process.cpuUsage();
        tokenizeInline(input, 0, input.length);
        const used = process.cpuUsage(start);
        runs.push((used.user + used.system) / 1000);
      }
      return Math.min(...runs);
    };
    for (const input of hostile) {
      const quarter = input.slice(0, input.length >> 2);
      tokenizeInline(quarter, 0, quarter.length); // warm up the code paths this input takes
      const ratio = (cpuMilliseconds(input) + 2) / (cpuMilliseconds(quarter) + 2);
      assert.ok(ratio < 9, `${input.slice(0, 12)}…: 4× the input took ${ratio.toFixed(1)}× the time`);
    }
  });

  it('never throws on any mix of markup characters, and gives the same tokens wherever the half sits', () => {
    const pieces = ['`', '``', '*', '**', '_', '~~', '[', ']', '(', ')', '![', '[!NOTE]', '[!INCLUDE [a](b.md)]', ':::', '<', '>', '</', '<br/>',
      '<xref:A.B>', 'https://a.b/c', 'www.x.y', 'xref:', '&lt;', '&#124;', '&', ';', '\\', '"', ' ', '\n', 'a', 'é', '1', '٣', '１', ',', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string({ maxLength: 3 }), (parts, padding) => {
        const content = parts.join('');
        const alone = tokenizeInline(content, 0, content.length);
        const embedded = tokenizeInline(padding + content + padding, padding.length, padding.length + content.length);
        const shifted = embedded.map((token) => ({ ...token, range: { start: token.range.start - padding.length, end: token.range.end - padding.length } }));
        assert.deepEqual(
          shifted.map((token) => [token.kind, token.value, token.range.start, token.range.end]),
          alone.map((token) => [token.kind, token.value, token.range.start, token.range.end]),
        );
        for (let index = 0; index < alone.length; index++) {
          const token = alone[index];
          assert.ok(token.range.start >= 0 && token.range.end <= content.length && token.range.start < token.range.end);
          if (index > 0) assert.ok(alone[index - 1].range.start <= token.range.start);
        }
      }),
      // A fixed seed keeps npm test repeatable; `npm run fuzz` explores with random seeds.
      { seed: 7, numRuns: 400, examples: [[[':::', ' '], 'A']] },
    );
  });

  it('tokens are in document order and inside the half', () => {
    const content = '**[a](b)** `c` *d* <br/> ![e](f) 12';
    const text = BEFORE + content + AFTER;
    const start = BEFORE.length;
    const tokens = tokenizeInline(text, start, start + content.length);
    for (let index = 0; index < tokens.length; index++) {
      assert.ok(tokens[index].range.start >= start && tokens[index].range.end <= start + content.length);
      if (index > 0) assert.ok(tokens[index - 1].range.start <= tokens[index].range.start);
    }
  });
});
