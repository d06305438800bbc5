/**
 * Fixtures for the feature tests: an article written with `$0` where the cursor stands (several
 * `$0`s for several cursors), a shorthand for units, and renderings of LSP results as readable
 * text (`line:character` positions and the text a range covers).
 */
import { LineIndex } from '../../../../server/src/core/lineIndex';
import { DocumentSnapshot } from '../../../../server/src/documentSnapshot';
import { readSettings, type SxsSettings } from '../../../../server/src/settings';
import type { Position, Range } from 'vscode-languageserver-types';
import { sxsUnit } from '../../../support/sxsUnit';

/** The uri fixtures live at: a French article, as the locale folder says. */
export const FIXTURE_URI = 'file:///repo/fr-fr/articles/fixture.md';

/** A parsed fixture and its cursors. */
export interface Fixture {
  readonly snapshot: DocumentSnapshot;
  /** The cursors, in the order their `$0` markers appear. */
  readonly cursors: readonly Position[];
  /** The first cursor. */
  readonly cursor: Position;
}

/** Removes the `$0` markers of `source` and snapshots the text at version 1. */
export function fixture(source: string, uri = FIXTURE_URI): Fixture {
  const offsets: number[] = [];
  let text = '';
  let position = 0;
  for (let marker = source.indexOf('$0'); marker !== -1; marker = source.indexOf('$0', position)) {
    text += source.slice(position, marker);
    offsets.push(text.length);
    position = marker + 2;
  }
  text += source.slice(position);
  const snapshot = new DocumentSnapshot(uri, 1, text);
  const cursors = offsets.map((offset) => {
    const { line, character } = snapshot.lines.positionAt(offset);
    return { line, character };
  });
  return { snapshot, cursors, cursor: cursors[0] ?? { line: 0, character: 0 } };
}

/** A unit as it is written in articles: translation, then the sxs-lookup half with the English. */
export function unit(id: string, translation: string, english: string): string {
  return sxsUnit(id, translation, english);
}

/** Settings as a user would write them in the `sxs` section. */
export function settings(section: unknown = {}): SxsSettings {
  return readSettings(section);
}

/** `line:character-line:character «covered text»`, the covered text shortened when long. */
export function showRange(text: string, range: Range): string {
  const lines = new LineIndex(text);
  const covered = text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
  const shown = covered.length > 70 ? `${covered.slice(0, 33)}…${covered.slice(-33)}` : covered;
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} «${shown.replace(/\n/g, '⏎')}»`;
}

/** The text covered by an LSP range. */
export function textOf(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Joins lines with a final newline, for expected texts. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}
