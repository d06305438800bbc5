/**
 * The English article rebuilt from the sxs-lookup halves, and the units as the client lists
 * them with their review status.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentUnitsOf } from '../../../server/src/features/documentUnits';
import { englishArticleOf } from '../../../server/src/features/englishArticle';
import { fixture, lines, settings, textOf, unit } from './support/featureFixture';

const article = lines(
  '---',
  `title: ${unit('f9f29-101', 'Résoudre les erreurs', 'Troubleshoot errors')}`,
  'ms.contentlocale: fr-FR',
  'ms.translationtype: HT',
  '---',
  `# <a name="troubleshoot"></a>${unit('f9f29-102', 'Résoudre', 'Troubleshoot')}`,
  '',
  `${unit('f9f29-103', 'Utilisez `List&lt;T&gt;`.', 'Use `List&lt;T&gt;`.')} ${unit('f9f29-104', '', 'Check **Save**.')}`,
  '',
  '```json',
  '{ "kept": true }',
  '```',
  '',
  `## ${unit('f9f29-105', 'Power Automate', 'Power Automate')}`,
  '',
  `- ${unit('f9f29-106', 'Exécutez npm install.', 'Run `npm install`.')}`,
  `- <span data-ttu-id="f9f29-107">Cassé<span class="sxs-lookup"><span data-stu-id="f9f29-107">Broken</span></span>`,
  `- ${unit('f9f29-108', 'Dans de nombreux cas.', 'In many cases.')}`,
);

describe('English article', () => {
  it('keeps the front matter and everything between units, units replaced by their English as written', () => {
    const { snapshot } = fixture(article);
    assert.equal(
      englishArticleOf(snapshot)!.text,
      lines(
        '---',
        'title: Troubleshoot errors',
        'ms.contentlocale: fr-FR',
        'ms.translationtype: HT',
        '---',
        '# <a name="troubleshoot"></a>Troubleshoot',
        '',
        'Use `List&lt;T&gt;`. Check **Save**.',
        '',
        '```json',
        '{ "kept": true }',
        '```',
        '',
        '## Power Automate',
        '',
        '- Run `npm install`.',
        '- Broken',
        '- In many cases.',
      ),
    );
  });

  it('maps each unit id to where its English stands', () => {
    const { snapshot } = fixture(article);
    const english = englishArticleOf(snapshot)!;
    assert.deepEqual(
      english.units.map((entry) => `${entry.id} ${entry.range.start.line}:${entry.range.start.character} ${textOf(english.text, entry.range)}`),
      [
        'f9f29-101 1:7 Troubleshoot errors',
        'f9f29-102 5:29 Troubleshoot',
        'f9f29-103 7:0 Use `List&lt;T&gt;`.',
        'f9f29-104 7:21 Check **Save**.',
        'f9f29-105 13:3 Power Automate',
        'f9f29-106 15:2 Run `npm install`.',
        'f9f29-107 16:2 Broken',
        'f9f29-108 17:2 In many cases.',
      ],
    );
  });

  it('null for Markdown without units', () => {
    assert.equal(englishArticleOf(fixture('# Title\n').snapshot), null);
  });
});

describe('document units', () => {
  it('lists units with status, findings and section; headings with both titles', () => {
    const { snapshot } = fixture(article);
    const units = documentUnitsOf(snapshot, settings())!;
    assert.equal(units.locale, 'fr-fr');
    assert.equal(units.translationType, 'HT');
    assert.deepEqual(
      units.units.map((u) => `${u.id} ${u.status} findings=${u.findings} heading=${u.heading} «${u.translation}» «${u.source}»`),
      [
        'f9f29-101 ok findings=0 heading=-1 «Résoudre les erreurs» «Troubleshoot errors»',
        'f9f29-102 ok findings=0 heading=0 «Résoudre» «Troubleshoot»',
        'f9f29-103 ok findings=0 heading=0 «Utilisez `List<T>`.» «Use `List<T>`.»',
        'f9f29-104 empty findings=1 heading=0 «» «Check **Save**.»',
        'f9f29-105 unchanged findings=0 heading=1 «Power Automate» «Power Automate»',
        'f9f29-106 finding findings=1 heading=1 «Exécutez npm install.» «Run `npm install`.»',
        'f9f29-107 broken findings=1 heading=1 «Cassé» «Broken»',
        'f9f29-108 ok findings=0 heading=1 «Dans de nombreux cas.» «In many cases.»',
      ],
    );
    assert.deepEqual(
      units.headings.map((h) => `h${h.level} ${h.title} / ${h.sourceTitle} line ${h.range.start.line}`),
      ['h1 Résoudre / Troubleshoot line 5', 'h2 Power Automate / Power Automate line 13'],
    );
  });

  it('a code turned off no longer counts', () => {
    const { snapshot } = fixture(article);
    const units = documentUnitsOf(snapshot, settings({ diagnostics: { severity: { 'inline-code': 'off' } } }))!;
    assert.equal(units.units.find((u) => u.id === 'f9f29-106')!.status, 'ok');
  });

  it('null for Markdown without units', () => {
    assert.equal(documentUnitsOf(fixture('# Title\n').snapshot, settings()), null);
  });
});
