/**
 * Go to Definition and Find References on a unit: the same sentence in every other version of
 * the article in the workspace. In another locale it is the unit with the same number whose
 * English half is identical (numbers alone could pair different sentences when the locales were
 * translated from different English commits); in the English original it is the sentence
 * itself, found in the text.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import { toOffset, toRange } from '../convert';
import { LineIndex } from '../core/lineIndex';
import type { SxsDocument, Unit } from '../core/model';
import type { DocumentSnapshot } from '../documentSnapshot';
import { encodeIdNumber, findUnitIndex, unitTranslationRange } from '../workspace/articleSummary';
import { sourceTextHash } from '../workspace/sourceTextHash';
import type { ArticleVersion, OwnArticleFacts } from '../workspace/workspaceIndex';
import { findEnglishSentence } from './englishSentence';
import { ownArticleFacts } from './ownArticleFacts';
import { unitAtOffset } from './unitLookup';

/** What the navigation features need from the workspace. */
export interface ArticleVersions {
  /** The other versions of the article at `uri`. */
  versionsOf(uri: string, own: OwnArticleFacts): Promise<ArticleVersion[]>;
  /** The current text of a file. */
  readText(uri: string): Promise<string | undefined>;
}

/** Definition: the unit under `position` in the other locales and in the English original. */
export async function unitCounterpartsAt(snapshot: DocumentSnapshot, position: Position, workspace: ArticleVersions): Promise<Location[]> {
  const unit = unitAtOffset(snapshot.model, toOffset(snapshot.lines, position));
  if (!unit?.source) return [];
  const versions = await workspace.versionsOf(snapshot.uri, ownArticleFacts(snapshot.model));
  const hash = sourceTextHash(snapshot.text, unit.source.range.start, unit.source.range.end);
  const found = await Promise.all(
    versions.map((version) => (version.kind === 'localized' ? sameUnitIn(version, unit, hash) : englishSentenceIn(version, snapshot.model, unit, hash, workspace))),
  );
  return found.filter((location): location is Location => location !== undefined);
}

/** References: the counterparts, and the unit itself when the client asks for the declaration. */
export async function unitReferencesAt(snapshot: DocumentSnapshot, position: Position, includeDeclaration: boolean, workspace: ArticleVersions): Promise<Location[]> {
  const counterparts = await unitCounterpartsAt(snapshot, position, workspace);
  const unit = unitAtOffset(snapshot.model, toOffset(snapshot.lines, position));
  if (!includeDeclaration || !unit?.source) return counterparts;
  return [{ uri: snapshot.uri, range: toRange(snapshot.lines, unit.translation.range) }, ...counterparts];
}

function sameUnitIn(version: ArticleVersion, unit: Unit, hash: number): Location | undefined {
  const index = findUnitIndex(version.summary, encodeIdNumber(unit.id), hash);
  return index < 0 ? undefined : { uri: version.uri, range: unitTranslationRange(version.summary, index) };
}

async function englishSentenceIn(version: ArticleVersion, model: SxsDocument, unit: Unit, hash: number, workspace: ArticleVersions): Promise<Location | undefined> {
  const text = await workspace.readText(version.uri);
  if (text === undefined || !unit.source) return undefined;
  const region = unit.block.kind === 'front-matter' ? 'front-matter' : 'body';
  const range = findEnglishSentence(text, unit.source.raw, rankOfSource(model, unit, hash), region);
  return range ? { uri: version.uri, range: toRange(new LineIndex(text), range) } : undefined;
}

/** How many units before `unit` carry the same English sentence. */
function rankOfSource(model: SxsDocument, unit: Unit, hash: number): number {
  let rank = 0;
  for (let index = 0; index < unit.index; index++) {
    const source = model.units[index].source;
    if (source && sourceTextHash(model.text, source.range.start, source.range.end) === hash) rank++;
  }
  return rank;
}
