/**
 * The shape of the Segments view: headings nested by level, each with the units of its section
 * and counts by status; filtered by the statuses the reviewer chose. Pure, built from the
 * server's `sxs/documentUnits` answer.
 */
import type { DocumentUnits, HeadingSummary, UnitStatus, UnitSummary } from '../../../server/src/protocol';

/** Every status, in the order the view and its filter list them. */
export const allUnitStatuses: readonly UnitStatus[] = ['finding', 'broken', 'empty', 'stale', 'unchanged', 'ok'];

/** Number of units per status. */
export type StatusCounts = Record<UnitStatus, number>;

/** A heading of the article and what its section (subsections included) holds. */
export interface HeadingNode {
  readonly kind: 'heading';
  readonly headingIndex: number;
  readonly heading: HeadingSummary;
  readonly children: SegmentNode[];
  /** Units of the whole section by status, whatever the filter. */
  readonly counts: StatusCounts;
  readonly total: number;
}

/** One unit of the article. */
export interface UnitNode {
  readonly kind: 'unit';
  readonly unitIndex: number;
  readonly unit: UnitSummary;
}

/** A node of the Segments view. */
export type SegmentNode = HeadingNode | UnitNode;

/** A count of zero for every status. */
export function emptyStatusCounts(): StatusCounts {
  return { ok: 0, finding: 0, empty: 0, stale: 0, unchanged: 0, broken: 0 };
}

/** Units of a document by status. */
export function countStatuses(units: readonly Pick<UnitSummary, 'status'>[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const unit of units) counts[unit.status]++;
  return counts;
}

/**
 * The top-level nodes: units before the first heading, then headings, each heading holding the
 * units of its own section and then its subheadings. Units whose status is not in `shown`
 * are left out, and so are headings left with nothing to show; counts stay those of the
 * whole section, so a filtered view still tells how much is there.
 */
export function buildSegmentTree(document: DocumentUnits, shown: ReadonlySet<UnitStatus>): SegmentNode[] {
  return filterNodes(nestByHeadings(document), shown);
}

/** The complete tree, with counts, before any filter. */
function nestByHeadings(document: DocumentUnits): SegmentNode[] {
  const sectionUnits = new Map<number, UnitNode[]>();
  for (const unit of document.units) {
    const list = sectionUnits.get(unit.heading) ?? [];
    list.push({ kind: 'unit', unitIndex: unit.index, unit });
    sectionUnits.set(unit.heading, list);
  }
  const roots: SegmentNode[] = [...(sectionUnits.get(-1) ?? [])];
  const open: HeadingNode[] = [];
  document.headings.forEach((heading, headingIndex) => {
    while (open.length > 0 && open[open.length - 1].heading.level >= heading.level) open.pop();
    const node: HeadingNode = { kind: 'heading', headingIndex, heading, children: [...(sectionUnits.get(headingIndex) ?? [])], counts: emptyStatusCounts(), total: 0 };
    (open.length > 0 ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  });
  return roots.map(withCounts);
}

/** The node with the counts of its whole section filled in, bottom up. */
function withCounts(node: SegmentNode): SegmentNode {
  if (node.kind === 'unit') return node;
  const children = node.children.map(withCounts);
  const counts = emptyStatusCounts();
  for (const child of children) {
    if (child.kind === 'unit') counts[child.unit.status]++;
    else for (const status of allUnitStatuses) counts[status] += child.counts[status];
  }
  const total = allUnitStatuses.reduce((sum, status) => sum + counts[status], 0);
  return { ...node, children, counts, total };
}

function filterNodes(nodes: readonly SegmentNode[], shown: ReadonlySet<UnitStatus>): SegmentNode[] {
  const kept: SegmentNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'unit') {
      if (shown.has(node.unit.status)) kept.push(node);
      continue;
    }
    const children = filterNodes(node.children, shown);
    if (children.length > 0 || shown.size === allUnitStatuses.length) kept.push({ ...node, children });
  }
  return kept;
}
