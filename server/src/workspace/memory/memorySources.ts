/**
 * What the translation memory is fed: the units of a localized article, and the entries of a
 * TMX file read by `server/src/interchange/` (any reader producing source/target/languages).
 */
import { readUnitHalves, type UnitHalves } from '../articleSummary';
import type { MemorySegment } from './translationMemory';

/** The memory segments of an article's units (the front matter's included) in `locale`. */
export function articleMemorySegments(units: readonly UnitHalves[], locale: string): MemorySegment[] {
  return units.map((unit) => ({ english: unit.english, translation: unit.translation, locale, unitId: unit.id }));
}

/** The memory segments of an article's text. */
export function memorySegmentsOfText(text: string, locale: string): MemorySegment[] {
  return articleMemorySegments(readUnitHalves(text), locale);
}

/** A translation unit variant pair as a TMX reader gives it. */
export interface ExchangeEntry {
  readonly source: string;
  readonly target: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly properties?: Readonly<Record<string, string>>;
}

/**
 * TMX entries whose source is English, as memory segments. The reader gives inline codes back as
 * their original text, so a TMX exported from articles holds the halves as written and its
 * targets are inserted unchanged.
 */
export function exchangeMemorySegments(entries: Iterable<ExchangeEntry>): MemorySegment[] {
  const segments: MemorySegment[] = [];
  let position = 0;
  for (const entry of entries) {
    position++;
    if (!/^en(?:-|$)/i.test(entry.sourceLang)) continue;
    segments.push({
      english: entry.source,
      translation: entry.target,
      locale: entry.targetLang,
      unitId: entry.properties?.tuid ?? `#${position}`,
    });
  }
  return segments;
}
