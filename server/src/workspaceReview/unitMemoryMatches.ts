/**
 * `sxs/memoryMatches`: the memory matches of one unit, as the hover lists them (of its current
 * English when the original changed it), for the segment editor's panel.
 */
import type { DocumentSnapshot } from '../documentSnapshot';
import type { MemoryMatchSummary } from '../protocol';
import { memoryMatchesFor } from './workspaceHover';
import { localeOf, type WorkspaceReview } from './workspaceReview';

/** How many matches the segment editor shows at most (Ctrl+1 to Ctrl+9). */
const MAX_MATCHES = 9;

export function unitMemoryMatches(snapshot: DocumentSnapshot, review: WorkspaceReview, unitId: string, limit = 3): MemoryMatchSummary[] | null {
  const locale = localeOf(snapshot);
  if (!locale) return null;
  const unit = snapshot.model.units.find((candidate) => candidate.id.text === unitId);
  if (!unit) return [];
  return memoryMatchesFor(snapshot, unit, review.findingsOf(snapshot), review.memory, locale, Math.max(1, Math.min(limit, MAX_MATCHES)));
}
