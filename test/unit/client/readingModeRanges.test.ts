/**
 * What a reviewer sees in reading mode, rendered as text: hidden ranges removed, dimmed ranges
 * shown in ‹…›. The translation must read as prose, and the line with the cursor must keep
 * every character visible.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Range } from 'vscode-languageserver-types';
import { readingModeRanges, type LineSpan } from '../../../client/src/readingMode/readingModeRanges';
import { comparePositions } from '../../../client/src/shared/lspPositions';
import { LineIndex } from '../../../server/src/core/lineIndex';
import { repoRoot } from '../../support/paths';
import { articleFixture, unit } from './documentUnitsOf';

/** The text as reading mode shows it. */
function asSeen(text: string, cursorLines: readonly LineSpan[]): string {
  const { document } = articleFixture(text);
  const { hidden, dimmed } = readingModeRanges(text, document.units, cursorLines);
  const lines = new LineIndex(text);
  const offset = (range: Range, end: boolean) => lines.offsetAt(end ? range.end : range.start);
  const edits = [
    ...hidden.map((range) => ({ start: offset(range, false), end: offset(range, true), render: () => '' })),
    ...dimmed.map((range) => ({ start: offset(range, false), end: offset(range, true), render: (inner: string) => `‹${inner}›` })),
  ].sort((a, b) => b.start - a.start);
  let seen = text;
  for (const edit of edits) seen = seen.slice(0, edit.start) + edit.render(seen.slice(edit.start, edit.end)) + seen.slice(edit.end);
  return seen;
}

const paragraph = `${unit('01895-104', 'Déclenchez des événements.', 'Trigger events.')} ${unit('01895-105', 'Gérez des flux.', 'Manage flows.')}`;

describe('reading mode', () => {
  it('hides the English halves and dims the opening tags, so a paragraph reads as prose', () => {
    assert.equal(asSeen(paragraph, []), '‹<span data-ttu-id="01895-104">›Déclenchez des événements. ‹<span data-ttu-id="01895-105">›Gérez des flux.');
  });

  it('keeps everything visible, only dimmed, on the lines a cursor or selection touches', () => {
    const text = `${paragraph}\n\n${paragraph}`;
    const seen = asSeen(text, [{ first: 2, last: 2 }]).split('\n');
    assert.ok(!seen[0].includes('Trigger events.'));
    assert.equal(seen[2], '‹<span data-ttu-id="01895-104">›Déclenchez des événements.‹</span><span class="sxs-lookup"><span data-stu-id="01895-104">Trigger events.</span></span>› ‹<span data-ttu-id="01895-105">›Gérez des flux.‹</span><span class="sxs-lookup"><span data-stu-id="01895-105">Manage flows.</span></span>›');
  });

  it('dims the English slug anchor of a heading', () => {
    const heading = `## <a name="power-automate-triggers"></a>${unit('01895-105', 'Déclencheurs Power Automate', 'Power Automate triggers')}`;
    assert.equal(asSeen(heading, []), '## ‹<a name="power-automate-triggers"></a>›‹<span data-ttu-id="01895-105">›Déclencheurs Power Automate');
  });

  it('turns the whole sample article into French prose with no English left outside the cursor line', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'samples', 'customer-insights-pr', 'fr-fr', 'ci-docs', 'audience-insights', 'export-power-automate.md'), 'utf8');
    const seen = asSeen(text, []);
    assert.ok(!seen.includes('sxs-lookup'), 'an English half is still visible');
    assert.ok(seen.includes('‹<span data-ttu-id="01895-106">›Utilisez des déclencheurs pour créer des flux de cloud'));
  });

  it('never hides and dims the same characters, and hides nothing on the cursor line', () => {
    const { document } = articleFixture(paragraph);
    const { hidden, dimmed } = readingModeRanges(paragraph, document.units, [{ first: 0, last: 0 }]);
    assert.deepEqual(hidden, []);
    const sorted = [...dimmed].sort((a, b) => comparePositions(a.start, b.start));
    sorted.slice(1).forEach((range, index) => assert.ok(comparePositions(sorted[index].end, range.start) <= 0));
  });
});
