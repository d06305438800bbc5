/** Markup parity between the halves, as a table of units and the findings they must give. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingLines, fixedTranslation, singleUnitArticle, type CheckCase } from './fixture';

const cases: CheckCase[] = [
  { name: 'same markup, reordered', translation: 'Sélectionnez `Get-Foo` puis **Enregistrer**.', source: 'Select **Save**, then `Get-Foo`.', expected: [] },
  {
    name: 'bold lost its closing delimiter',
    translation: '**Gras **suite',
    source: '**Bold** rest',
    expected: ['emphasis @0-2 "bold markup (`**`) differs: 1 pair in the source, 0 in the translation (an unmatched delimiter here)"'],
  },
  { name: 'snake_case in both halves is not emphasis', translation: 'le champ snake_case', source: 'the snake_case field', expected: [] },
  {
    name: 'inline code content changed',
    translation: 'Exécutez `Get-Fou`.',
    source: 'Run `Get-Foo`.',
    expected: ['inline-code @9-18 "inline code changed: `Get-Foo` → `Get-Fou`"'],
    fixed: 'Exécutez `Get-Foo`.',
  },
  {
    name: 'a moved backtick swallows prose',
    translation: 'Exécutez `Get-Foo maintenant`.',
    source: 'Run `Get-Foo` now.',
    expected: ['inline-code @9-29 "inline code changed: `Get-Foo` → `Get-Foo maintenant`"'],
    fixed: 'Exécutez `Get-Foo` maintenant.',
  },
  {
    name: 'a dropped closing backtick',
    translation: 'Exécutez `Get-Foo maintenant.',
    source: 'Run `Get-Foo` now.',
    expected: ['inline-code @9-10 "inline code missing from the translation: `Get-Foo`"'],
    fixed: 'Exécutez `Get-Foo` maintenant.',
  },
  {
    name: 'a locale rewrite of a link is allowed',
    translation: 'Voir [la doc](https://docs.microsoft.com/fr-fr/azure/foo) et [ceci](/en-us/azure/bar?WT.mc_id=A).',
    source: 'See [the docs](https://docs.microsoft.com/en-us/azure/foo) and [this](/azure/bar?WT.mc_id=A).',
    expected: [],
  },
  {
    name: 'link target changed',
    translation: 'Voir [la doc](/azure/fou).',
    source: 'See [the docs](/en-us/azure/foo).',
    expected: ['link-target @5-25 "link target changed: `/en-us/azure/foo` → `/azure/fou`"'],
    fixed: 'Voir [la doc](/en-us/azure/foo).',
  },
  {
    name: 'a dropped WT.mc_id is a changed target',
    translation: 'Voir [la doc](https://aka.ms/x).',
    source: 'See [the docs](https://aka.ms/x?WT.mc_id=A).',
    expected: ['link-target @5-31 "link target changed: `https://aka.ms/x?WT.mc_id=A` → `https://aka.ms/x`"'],
    fixed: 'Voir [la doc](https://aka.ms/x?WT.mc_id=A).',
  },
  {
    name: 'a link lost',
    translation: 'Voir la doc.',
    source: 'See [the docs](/foo).',
    expected: ['link-count @0-12 "1 link in the source, 0 in the translation"'],
  },
  {
    name: 'a space between ] and ( breaks the link',
    translation: 'Voir [la doc] (/foo).',
    source: 'See [the docs](/foo).',
    expected: ['broken-link @12-15 "link broken by a space between `]` and `(`"'],
    fixed: 'Voir [la doc](/foo).',
  },
  {
    name: 'full-width brackets break the link',
    translation: '请参阅[文档］（/foo)。',
    source: 'See [the docs](/foo).',
    locale: 'zh-cn',
    expected: ['broken-link @6-8 "link broken by a full-width bracket: `］（`"'],
  },
  {
    name: 'a missing closing parenthesis',
    translation: 'Voir [la doc](/foo.',
    source: 'See [the docs](/foo).',
    expected: ['broken-link @12-14 "`](` does not form a link (a missing `)` or a space in the destination?)"'],
  },
  {
    name: 'an ideographic full stop inside a URL',
    translation: '请参阅[文档](https://contoso.com/a。b)',
    source: 'See [the docs](https://contoso.com/a.b)',
    locale: 'zh-cn',
    expected: ['broken-link @3-32 "the link target contains `。`: `https://contoso.com/a。b`"'],
  },
  {
    name: 'xref uid changed',
    translation: 'Voir <xref:System.Strings>.',
    source: 'See <xref:System.String>.',
    expected: ['xref @5-26 "xref changed: `System.String` → `System.Strings`"'],
    fixed: 'Voir <xref:System.String>.',
  },
  {
    name: 'include path changed, title translated is fine',
    translation: '[!INCLUDE [bannière](../includes/banner2.md)]',
    source: '[!INCLUDE [banner](../includes/banner.md)]',
    expected: ['include-token @0-45 "include changed: `[!INCLUDE [banner](../includes/banner.md)]` → `[!INCLUDE [bannière](../includes/banner2.md)]`"'],
    fixed: '[!INCLUDE [banner](../includes/banner.md)]',
  },
  { name: 'include title translated', translation: '[!include [bannière](../includes/banner.md)]', source: '[!INCLUDE [banner](../includes/banner.md)]', expected: [] },
  {
    name: 'alert keyword translated',
    translation: '[!REMARQUE] Texte',
    source: '[!NOTE] Text',
    expected: ['alert-keyword @0-11 "alert keyword changed: `NOTE` → `REMARQUE`"'],
    fixed: '[!NOTE] Texte',
  },
  {
    name: 'a line-break tag lost',
    translation: 'Ligne un ligne deux',
    source: 'Line one<br/>line two',
    expected: ['html-tags @0-19 "HTML tag missing from the translation: `<br>`"'],
  },
  { name: 'br and br/ are the same tag', translation: 'a<br>b', source: 'a<br/>b', expected: [] },
  {
    name: 'an entity decoded into a raw <',
    translation: 'Tapez <nom> ici',
    source: 'Type &lt;name&gt; here',
    expected: ['entities @6-7 "entity missing from the translation: `&lt;`"', 'entities @10-11 "entity missing from the translation: `&gt;`"'],
  },
  {
    name: 'a single decoded entity is restored',
    translation: 'Si a < b alors',
    source: 'If a &lt; b then',
    expected: ['entities @5-6 "entity missing from the translation: `&lt;`"'],
    fixed: 'Si a &lt; b alors',
  },
  { name: 'typographic entities may come and go', translation: 'Remarque&nbsp;: l’outil', source: 'Note: the tool&#39;s', expected: [] },
  {
    name: 'an escape dropped',
    translation: 'Le caractère * seul',
    source: 'The \\* character alone',
    expected: ['escapes @13-14 "escape missing from the translation: `\\\\*`"'],
    fixed: 'Le caractère \\* seul',
  },
  {
    name: 'an unescaped pipe in a table cell',
    translation: 'oui | non',
    source: 'yes or no',
    placement: 'table-cell',
    expected: ['escapes @4-5 "unescaped `|` in a table cell splits the cell"'],
    fixed: 'oui \\| non',
  },
];

describe('markup parity', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const text = singleUnitArticle(testCase.translation, testCase.source, testCase);
      assert.deepEqual(findingLines(text, ['markup'], { locale: testCase.locale }), testCase.expected);
      if (testCase.fixed !== undefined) {
        const code = testCase.expected[0].split(' ')[0];
        assert.equal(fixedTranslation(text, code), testCase.fixed);
      }
    });
  }
});
