/**
 * Document highlight: with the cursor anywhere on a unit, both of its halves light up, so the
 * reader sees which English goes with which translation in a long chain of units.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import { toOffset, toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { unitAtOffset } from './unitLookup';

/** The two halves of the unit under the cursor (the translation as Write, the English as Read); null elsewhere. */
export function highlightsAt(snapshot: DocumentSnapshot, position: Position): DocumentHighlight[] | null {
  if (!snapshot.isLocalized) return null;
  const unit = unitAtOffset(snapshot.model, toOffset(snapshot.lines, position));
  if (!unit) return null;
  const highlights: DocumentHighlight[] = [{ range: toRange(snapshot.lines, unit.translation.range), kind: DocumentHighlightKind.Write }];
  if (unit.source) highlights.push({ range: toRange(snapshot.lines, unit.source.range), kind: DocumentHighlightKind.Read });
  return highlights;
}
