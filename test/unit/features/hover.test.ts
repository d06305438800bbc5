/**
 * Hover-to-source: each case is an article with `$0` where the mouse rests and the hover's
 * Markdown as the user reads it (or null).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../../server/src/features/hover';
import { fixture, settings, textOf, unit, type Fixture } from './support/featureFixture';

interface HoverCase {
  readonly name: string;
  readonly article: string;
  /** The hover text, or null for no hover. */
  readonly expected: string | null;
  readonly settings?: unknown;
}

const cases: HoverCase[] = [
  {
    name: 'in the translation: the English, with the unit id',
    article: unit('f9f29-103', 'Dans de $0nombreux cas.', 'In many cases.'),
    expected: '**English** · `f9f29-103`\n\nIn many cases.',
  },
  {
    name: 'on the opening tag of the translation',
    article: `<span da$0ta-ttu-id="f9f29-103">Dans de nombreux cas.</span><span class="sxs-lookup"><span data-stu-id="f9f29-103">In many cases.</span></span>`,
    expected: '**English** · `f9f29-103`\n\nIn many cases.',
  },
  {
    name: 'in the sxs-lookup half: the translation instead',
    article: unit('f9f29-103', 'Dans de nombreux cas.', 'In many $0cases.'),
    expected: '**Translation** · `f9f29-103`\n\nDans de nombreux cas.',
  },
  {
    name: 'on the closing tags of the sxs-lookup half',
    article: unit('f9f29-103', 'Dans de nombreux cas.', 'In many cases.').replace(/<\/span>$/, '</sp$0an>'),
    expected: '**Translation** · `f9f29-103`\n\nDans de nombreux cas.',
  },
  {
    name: 'second unit of a chain on one line',
    article: `${unit('f9f29-103', 'Un.', 'One.')} ${unit('f9f29-104', 'De$0ux.', 'Two.')}`,
    expected: '**English** · `f9f29-104`\n\nTwo.',
  },
  {
    name: 'inline Markdown kept, entities decoded and shown as text',
    article: unit('f9f29-105', 'Sélectionnez $0**Enregistrer** &amp; utilisez `List&lt;T&gt;` ou &lt;T&gt;.', 'Select **Save** &amp; use `List&lt;T&gt;` or &lt;T&gt;.'),
    expected: '**English** · `f9f29-105`\n\nSelect **Save** &amp; use `List<T>` or &lt;T>.',
  },
  {
    name: 'HTML, command links and javascript links are neutralised; web links kept',
    article: unit(
      'f9f29-106',
      '$0&lt;img src=x onerror=alert(1)&gt; [exécuter](command:workbench.action.quit) [js]( javascript:alert(1)) [docs](https://learn.microsoft.com)',
      '&lt;img src=x onerror=alert(1)&gt; [run](command:workbench.action.quit) [js]( javascript:alert(1)) [docs](https://learn.microsoft.com)',
    ),
    expected: '**English** · `f9f29-106`\n\n&lt;img src=x onerror=alert(1)> [run]\\(command:workbench.action.quit) [js]\\( javascript:alert(1)) [docs](https://learn.microsoft.com)',
  },
  {
    name: 'a sentence that looks like a heading stays a paragraph',
    article: unit('f9f29-107', '$0Numéro 1', '# 1. Step'),
    expected: '**English** · `f9f29-107`\n\n\\# 1. Step',
  },
  {
    name: 'an empty English half',
    article: unit('f9f29-108', 'Te$0xte', ''),
    expected: '**English** · `f9f29-108`\n\n*(empty)*\n\n---\n\n- Warning `empty-source`: the source (sxs-lookup) half is empty',
  },
  {
    name: 'a unit of the front matter',
    article: `---\ntitle: ${unit('f9f29-101', 'Ré$0soudre', 'Troubleshoot')}\n---\n# Titre\n`,
    expected: '**English** · `f9f29-101`\n\nTroubleshoot',
  },
  {
    name: 'the findings of the unit, with their severity and code',
    article: unit('f9f29-109', 'Exécutez $0npm install.', 'Run `npm install`.'),
    expected: '**English** · `f9f29-109`\n\nRun `npm install`.\n\n---\n\n- Error `inline-code`: inline code missing from the translation: `npm install`',
  },
  {
    name: 'a code turned off in the settings is not shown',
    article: unit('f9f29-109', 'Exécutez $0npm install.', 'Run `npm install`.'),
    settings: { diagnostics: { severity: { 'inline-code': 'off' } } },
    expected: '**English** · `f9f29-109`\n\nRun `npm install`.',
  },
  {
    name: 'between units: nothing',
    article: `${unit('f9f29-103', 'Un.', 'One.')}$0 ${unit('f9f29-104', 'Deux.', 'Two.')}\n\nTexte $0libre.`,
    expected: null,
  },
  {
    name: 'Markdown without units: nothing',
    article: '# Title\n\nSome $0text with <span>spans</span>.\n',
    expected: null,
  },
];

describe('hover', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { snapshot, cursor } = fixture(testCase.article);
      const hover = hoverAt(snapshot, cursor, settings(testCase.settings));
      if (testCase.expected === null) return assert.equal(hover, null);
      assert.ok(hover, 'a hover');
      assert.deepEqual(hover.contents, { kind: 'markdown', value: testCase.expected });
    });
  }

  it('covers the whole unit, so it stays while the mouse moves over it', () => {
    const markup = unit('f9f29-103', 'Dans de nombreux cas.', 'In many cases.');
    const { snapshot, cursor } = fixture(`Texte ${markup.replace('nombreux', '$0nombreux')} fin`);
    const hover = hoverAt(snapshot, cursor, settings());
    assert.equal(textOf(snapshot.text, hover!.range!), markup);
  });

  it('shows an id with backticks inside a code span that holds them', () => {
    const { snapshot, cursor } = fixture(unit('a`b', 'T$0exte', 'Text'));
    const value = (hoverAt(snapshot, cursor, settings())!.contents as { value: string }).value;
    assert.ok(value.startsWith('**English** · ``a`b``\n\n'), value);
  });

  it('gives nothing between units and on free text', () => {
    const hoverCase = cases.find((c) => c.name.startsWith('between units'))!;
    const { snapshot, cursors }: Fixture = fixture(hoverCase.article);
    assert.equal(hoverAt(snapshot, cursors[1], settings()), null);
  });
});
