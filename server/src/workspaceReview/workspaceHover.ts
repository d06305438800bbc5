/**
 * The workspace's part of a unit's hover: how its English changed in the original (the old and
 * the current sentence, removed words struck through, added words in bold), and the best three
 * translation-memory matches in the article's locale with their percentage and file.
 */
import type { Unit } from '../core/model';
import type { DocumentSnapshot } from '../documentSnapshot';
import { severityOf, type SxsSettings } from '../settings';
import { locateArticle } from '../workspace/articleLocation';
import type { DiffPart } from '../workspace/alignment/wordDiff';
import type { ArticleWorkspaceFindings, WorkspaceFinding } from '../workspace/findings/articleWorkspaceFindings';
import { normalizeSentence } from '../workspace/memory/matchScore';
import type { MemoryMatch, TranslationMemory } from '../workspace/memory/translationMemory';
import { uriKey } from '../workspace/uriKey';
import { inlineCode, safeMarkdown } from '../features/safeMarkdown';

/** Matches shown in a hover. */
export const HOVER_MATCHES = 3;

export function workspaceHoverSections(snapshot: DocumentSnapshot, unit: Unit, result: ArticleWorkspaceFindings | undefined, memory: TranslationMemory, locale: string | undefined, settings: SxsSettings): string[] {
  const sections: string[] = [];
  const change = result?.findings.find((finding) => finding.unit === unit.index && finding.code === 'source-changed' && severityOf(finding.code, settings) !== 'off');
  if (change?.change) sections.push(changeSection(change));
  if (locale && unit.source) {
    const matches = memoryMatchesFor(snapshot, unit, result, memory, locale);
    if (matches.length > 0) sections.push(memorySection(matches, locale));
  }
  return sections;
}

/** The memory matches for a unit: of its current English when the original changed it, else of its own. */
export function memoryMatchesFor(snapshot: DocumentSnapshot, unit: Unit, result: ArticleWorkspaceFindings | undefined, memory: TranslationMemory, locale: string, limit = HOVER_MATCHES): MemoryMatch[] {
  if (!unit.source) return [];
  const aligned = result?.alignment?.units[unit.index];
  const english = aligned?.status === 'changed' ? aligned.current : unit.source.raw;
  const own = normalizeSentence(unit.translation.raw);
  return memory
    .lookup(english, locale, { limit: limit + 2, excludeFile: snapshot.uri, excludeTranslations: own === '' ? [] : [unit.translation.raw] })
    .filter((match) => match.file !== snapshot.uri || match.occurrences > 1)
    .slice(0, limit);
}

function changeSection(finding: WorkspaceFinding): string {
  const { diff, percentage } = finding.change!;
  const old = diff.filter((part) => part.kind !== 'added').map((part) => marked(part, '~~')).join('');
  const current = diff.filter((part) => part.kind !== 'removed').map((part) => marked(part, '**')).join('');
  return [`**English changed in the original** · ${percentage} % alike`, `Old: ${old}`, `Current: ${current}`].join('\n\n');
}

function memorySection(matches: readonly MemoryMatch[], locale: string): string {
  const lines = matches.map((match) => `- **${match.percentage} %** ${safeMarkdown(normalizeSentence(match.translation))} — ${inlineCode(displayPath(match.file))} ${inlineCode(match.unitId)}${match.occurrences > 1 ? ` (${match.occurrences}×)` : ''}`);
  return [`**Translation memory** · ${locale}`, lines.join('\n')].join('\n\n');
}

function marked(part: DiffPart, mark: string): string {
  if (part.kind === 'same') return escapeMarkdown(part.text);
  const text = part.text.trimEnd();
  const trailing = part.text.slice(text.length);
  return text === '' ? part.text : `${mark}${escapeMarkdown(text)}${mark}${trailing}`;
}

/** The article path as the locale folder names it (`ci-docs/x.md`), else the file name. */
export function displayPath(uri: string): string {
  const location = locateArticle(uriKey(uri));
  if (location) return location.articleKey;
  const key = uriKey(uri);
  return key.slice(key.lastIndexOf('/') + 1);
}

/** Article text shown literally: every character Markdown or HTML could read as markup is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]()<>&#|!{}+\-.]/g, (character) => (character === '<' ? '&lt;' : character === '&' ? '&amp;' : `\\${character}`));
}
