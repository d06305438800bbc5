/**
 * The English article rebuilt from a localized one: the front matter and everything between
 * units kept as they are, each unit replaced by its English source exactly as written (entities
 * and Markdown included), so the result reads as the English article and renders like it. With
 * it, where each unit's English stands in the new text, for the side-by-side view to align the
 * two documents unit by unit.
 */
import { LineIndex } from '../core/lineIndex';
import type { OffsetRange } from '../core/model';
import { toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { EnglishArticle } from '../protocol';

/** The English text and the offsets of each unit in it, by unit id. */
export interface EnglishText {
  readonly text: string;
  readonly units: readonly { readonly id: string; readonly range: OffsetRange }[];
}

/** The English article of a localized document; null when the document has no units. */
export function englishArticleOf(snapshot: DocumentSnapshot): EnglishArticle | null {
  if (!snapshot.isLocalized) return null;
  const english = englishTextOf(snapshot);
  const lines = new LineIndex(english.text);
  return { text: english.text, units: english.units.map((unit) => ({ id: unit.id, range: toRange(lines, unit.range) })) };
}

/**
 * The English text with offsets. A unit without a readable English half keeps its translation,
 * so no sentence disappears from the article.
 */
export function englishTextOf(snapshot: DocumentSnapshot): EnglishText {
  const { text, model } = snapshot;
  const parts: string[] = [];
  const units: { id: string; range: OffsetRange }[] = [];
  let position = 0;
  let length = 0;
  for (const unit of model.units) {
    const between = text.slice(position, unit.range.start);
    const english = unit.source ? unit.source.raw : unit.translation.raw;
    parts.push(between, english);
    length += between.length;
    units.push({ id: unit.id.text, range: { start: length, end: length + english.length } });
    length += english.length;
    position = unit.range.end;
  }
  parts.push(text.slice(position));
  return { text: parts.join(''), units };
}
