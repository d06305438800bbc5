/**
 * The outline as the Outline view shows it: one line per entry, indented by depth, with its
 * name, its detail in parentheses and the lines its range spans.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbolsOf } from '../../../server/src/features/documentSymbols';
import { foldingRangesOf } from '../../../server/src/features/folding';
import { fixture, lines, settings, unit } from './support/featureFixture';

function show(symbols: readonly DocumentSymbol[], depth = 0): string {
  return symbols
    .map((symbol) => {
      const detail = symbol.detail ? ` (${symbol.detail})` : '';
      const own = `${'  '.repeat(depth)}${symbol.name}${detail} [${symbol.range.start.line}-${symbol.range.end.line}]\n`;
      return own + show(symbol.children ?? [], depth + 1);
    })
    .join('');
}

const article = [
  '---',
  `title: ${unit('f9f29-101', 'Résoudre les erreurs', 'Troubleshoot errors')}`,
  'ms.contentlocale: fr-FR',
  '---',
  `${unit('f9f29-102', 'Avant tout titre.', 'Before any heading.')}`,
  '',
  `# <a name="troubleshoot"></a>${unit('f9f29-103', 'Résoudre', 'Troubleshoot')}`,
  '',
  `${unit('f9f29-104', 'Dans de nombreux cas.', 'In many cases.')} ${unit('f9f29-105', 'Vérifiez.', 'Check.')}`,
  '',
  `## ${unit('f9f29-106', 'Connexions', 'Connections')}`,
  '',
  `1. ${unit('f9f29-107', 'Ouvrez **Paramètres**.', 'Open **Settings**.')}`,
  '',
  `### ${unit('f9f29-108', '', 'Details')}`,
  '',
  `## ${unit('f9f29-109', 'Étapes', 'Steps')} ${unit('f9f29-110', 'suivantes', 'next')}`,
  '',
  '# Product name',
  '',
].join('\n');

describe('outline', () => {
  it('heading tree named by the translation, English as detail, sections to the next heading', () => {
    const { snapshot } = fixture(article);
    assert.equal(
      show(documentSymbolsOf(snapshot, settings())),
      lines(
        'Résoudre (Troubleshoot) [6-16]',
        '  Connexions (Connections) [10-14]',
        '    (untitled heading) (Details) [14-14]',
        '  Étapes suivantes (Steps next) [16-16]',
        'Product name [18-18]',
      ),
    );
  });

  it('with sxs.outline.showUnits: the units of each section, and the front matter', () => {
    const { snapshot } = fixture(article);
    assert.equal(
      show(documentSymbolsOf(snapshot, settings({ outline: { showUnits: true } }))),
      lines(
        'Front matter [0-3]',
        '  title: Résoudre les erreurs (Troubleshoot errors) [1-1]',
        'Avant tout titre. (Before any heading.) [4-4]',
        'Résoudre (Troubleshoot) [6-16]',
        '  Dans de nombreux cas. (In many cases.) [8-8]',
        '  Vérifiez. (Check.) [8-8]',
        '  Connexions (Connections) [10-14]',
        '    Ouvrez **Paramètres**. (Open **Settings**.) [12-12]',
        '    (untitled heading) (Details) [14-14]',
        '  Étapes suivantes (Steps next) [16-16]',
        'Product name [18-18]',
      ),
    );
  });

  it('names a long heading by its whole title, and its whole English as detail', () => {
    // A real heading of 107 characters (partner-center fr-fr): VS Code shortens what does not fit,
    // while its filter, breadcrumbs and symbol search read the whole name.
    const french = 'Dimensionnement d’une machine virtuelle Microsoft Azure en vue d\'une utilisation optimale de la réservation';
    const english = 'Microsoft Azure VM sizing for maximum reservation usage, as the customer’s reservation report shows it';
    const { snapshot } = fixture(`# ${unit('b5edd-104', french, english)}\n`);
    const [heading] = documentSymbolsOf(snapshot, settings());
    assert.equal(heading.name, french);
    assert.equal(heading.detail, english);
  });

  it('names are one line with single spaces, whatever spacing the title has; a clean title is kept as it is', () => {
    const titles: [string, string][] = [
      ['Étapes suivantes', 'Étapes suivantes'],
      ['Étapes  suivantes', 'Étapes suivantes'],
      ['Étapes\tsuivantes', 'Étapes suivantes'],
      ['Étapes\u00a0suivantes', 'Étapes suivantes'],
      ['Étapes\u3000suivantes', 'Étapes suivantes'],
      [' Étapes suivantes', 'Étapes suivantes'],
      ['Étapes suivantes ', 'Étapes suivantes'],
      ['設定 の 手順', '設定 の 手順'],
      ['\u00a0', '(untitled heading)'],
    ];
    for (const [title, name] of titles) {
      const { snapshot } = fixture(`# ${unit('b5edd-104', title, 'Next steps')}\n`);
      const [heading] = documentSymbolsOf(snapshot, settings());
      assert.equal(heading.name, name, JSON.stringify(title));
    }
  });

  it('never uses the String kind of the built-in Markdown outline', () => {
    const { snapshot } = fixture(article);
    const kinds = new Set<number>();
    const walk = (symbols: readonly DocumentSymbol[]): void => symbols.forEach((symbol) => (kinds.add(symbol.kind), walk(symbol.children ?? [])));
    walk(documentSymbolsOf(snapshot, settings({ outline: { showUnits: true } })));
    assert.ok(!kinds.has(SymbolKind.String), `kinds ${[...kinds].join(', ')}`);
  });

  it('every selection range lies inside its range, every child inside its parent', () => {
    const { snapshot } = fixture(article);
    const inside = (a: DocumentSymbol['range'], b: DocumentSymbol['range']): boolean =>
      (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
      (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    const walk = (symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void => {
      for (const symbol of symbols) {
        assert.ok(inside(symbol.selectionRange, symbol.range), `${symbol.name}: selection outside range`);
        if (parent) assert.ok(inside(symbol.range, parent.range), `${symbol.name}: outside ${parent.name}`);
        walk(symbol.children ?? [], symbol);
      }
    };
    walk(documentSymbolsOf(snapshot, settings({ outline: { showUnits: true } })));
  });

  it('Markdown without units: no outline from this server', () => {
    const { snapshot } = fixture('# Title\n\n## Section\n\nText.\n');
    assert.deepEqual(documentSymbolsOf(snapshot, settings()), []);
  });
});

describe('folding', () => {
  it('folds the front matter and each heading section', () => {
    const { snapshot } = fixture(article);
    assert.deepEqual(
      foldingRangesOf(snapshot).map((range) => `${range.startLine}-${range.endLine}`),
      ['0-3', '6-16', '10-14'],
    );
  });

  it('Markdown without units: nothing', () => {
    assert.deepEqual(foldingRangesOf(fixture('---\ntitle: x\n---\n# A\n\ntext\n').snapshot), []);
  });
});
