/**
 * The Segments view as text: headings nested by level with their counts, units with their
 * status, and what a status filter leaves.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { UnitStatus } from '../../../server/src/protocol';
import { allUnitStatuses, buildSegmentTree, type SegmentNode } from '../../../client/src/segments/segmentTree';
import { articleFixture, unit } from './documentUnitsOf';

function render(nodes: readonly SegmentNode[], depth = 0): string[] {
  return nodes.flatMap((node) => {
    const indent = '  '.repeat(depth);
    if (node.kind === 'unit') return [`${indent}${node.unit.id} ${node.unit.status}: ${node.unit.translation}`];
    const counts = allUnitStatuses.filter((status) => node.counts[status] > 0).map((status) => `${status} ${node.counts[status]}`);
    return [`${indent}${'#'.repeat(node.heading.level)} ${node.heading.title} (${node.total}: ${counts.join(', ')})`, ...render(node.children, depth + 1)];
  });
}

const { document } = articleFixture(
  [
    unit('aaaaa-101', 'Avant le titre', 'Before the title'),
    `# ${unit('aaaaa-102', 'Titre', 'Title')}`,
    unit('aaaaa-103', 'Intro.', 'Intro.'),
    `## ${unit('aaaaa-104', 'Section A', 'Section A heading')}`,
    `${unit('aaaaa-105', '', 'Empty.')} ${unit('aaaaa-106', 'Phrase.', 'Sentence.')}`,
    `### ${unit('aaaaa-107', 'Sous-section', 'Subsection')}`,
    unit('aaaaa-108', 'Encore.', 'Again.'),
    `## ${unit('aaaaa-109', 'Section B', 'Section B heading')}`,
    '## ',
  ].join('\n\n'),
  ['aaaaa-106'],
);

const all = new Set<UnitStatus>(allUnitStatuses);

describe('segment tree', () => {
  it('nests headings by level, each with its section units first and counts of its whole section', () => {
    assert.deepEqual(render(buildSegmentTree(document, all)), [
      'aaaaa-101 ok: Avant le titre',
      '# Titre (8: finding 1, empty 1, unchanged 1, ok 5)',
      '  aaaaa-102 ok: Titre',
      '  aaaaa-103 unchanged: Intro.',
      '  ## Section A (5: finding 1, empty 1, ok 3)',
      '    aaaaa-104 ok: Section A',
      '    aaaaa-105 empty: ',
      '    aaaaa-106 finding: Phrase.',
      '    ### Sous-section (2: ok 2)',
      '      aaaaa-107 ok: Sous-section',
      '      aaaaa-108 ok: Encore.',
      '  ## Section B (1: ok 1)',
      '    aaaaa-109 ok: Section B',
      '  ##  (0: )',
    ]);
  });

  it('keeps only the filtered statuses and the headings that still hold some, counts unchanged', () => {
    assert.deepEqual(render(buildSegmentTree(document, new Set<UnitStatus>(['finding', 'empty']))), [
      '# Titre (8: finding 1, empty 1, unchanged 1, ok 5)',
      '  ## Section A (5: finding 1, empty 1, ok 3)',
      '    aaaaa-105 empty: ',
      '    aaaaa-106 finding: Phrase.',
    ]);
    assert.deepEqual(buildSegmentTree(document, new Set()), []);
  });
});
