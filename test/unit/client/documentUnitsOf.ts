/**
 * Builds the `sxs/documentUnits` answer for a small article in memory, from the real document
 * model, so the client's pure modules are tested on units placed exactly as in a real file.
 * Statuses follow the plain rules (empty, identical to the English, missing English half) unless
 * a test names some ids as having findings. A `$0` in the text marks a cursor and is removed.
 */
import type { Position } from 'vscode-languageserver-types';
import type { DocumentUnits, UnitStatus, UnitSummary } from '../../../server/src/protocol';
import { parse } from '../../../server/src/core/parse';
import { LineIndex } from '../../../server/src/core/lineIndex';
import { sxsUnit } from '../../support/sxsUnit';

/** An article with its units and, when the text had a `$0`, the cursor. */
export interface ArticleFixture {
  readonly text: string;
  readonly document: DocumentUnits;
  readonly cursor: Position;
}

/** The fixture of `textWithCursor`; ids in `withFindings` get one finding each. */
export function articleFixture(textWithCursor: string, withFindings: readonly string[] = []): ArticleFixture {
  const cursorOffset = Math.max(0, textWithCursor.indexOf('$0'));
  const text = textWithCursor.replace('$0', '');
  const model = parse(text);
  const lines = new LineIndex(text);
  const range = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const units: UnitSummary[] = model.units.map((unit) => {
    const heading = lastIndexWhere(model.headings, (candidate) => candidate.range.start <= unit.range.start);
    const findings = withFindings.includes(unit.id.text) ? 1 : 0;
    return {
      index: unit.index,
      id: unit.id.text,
      range: range(unit.range.start, unit.range.end),
      translationRange: range(unit.translation.range.start, unit.translation.range.end),
      sourceRange: unit.source ? range(unit.source.range.start, unit.source.range.end) : undefined,
      translation: unit.translation.text,
      source: unit.source?.text ?? '',
      status: statusOf(unit.translation.text, unit.source?.text, findings),
      findings,
      heading,
    };
  });
  const headings = model.headings.map((heading) => ({
    level: heading.level,
    title: heading.title,
    sourceTitle: heading.sourceTitle,
    range: range(heading.range.start, heading.range.end),
  }));
  const keys = model.frontMatter?.keys;
  return {
    text,
    document: { locale: keys?.contentLocale?.toLowerCase(), translationType: keys?.translationType, units, headings },
    cursor: lines.positionAt(cursorOffset),
  };
}

function statusOf(translation: string, source: string | undefined, findings: number): UnitStatus {
  if (source === undefined) return 'broken';
  if (findings > 0) return 'finding';
  if (translation.trim() === '') return 'empty';
  return translation.trim() === source.trim() ? 'unchanged' : 'ok';
}

function lastIndexWhere<T>(items: readonly T[], accept: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (accept(items[index])) return index;
  return -1;
}

/** A unit written the way real files write it. */
export function unit(id: string, translation: string, english: string): string {
  return sxsUnit(id, translation, english);
}
