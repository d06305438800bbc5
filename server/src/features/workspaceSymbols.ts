/**
 * Workspace symbols (Go to Symbol in Workspace, `#`): units by id (`01895-103`), headings of
 * every localized article, and units by their text, translation or English.
 *
 * VS Code scores and filters the results itself, fuzzily, so the server matches leniently and
 * puts what matched into the name: headings match when the query's characters appear in order;
 * unit texts match when every query word appears in the translation or the English. The index
 * keeps no texts, so a text search reads only the files whose trigram filter admits every word,
 * and stops at the result limit. Results come best first: exact id, headings containing the
 * query, ids starting with it, headings matching fuzzily, unit texts, every unit of a prefix.
 */
import type { SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { toRange } from '../convert';
import { LineIndex } from '../core/lineIndex';
import { parse } from '../core/parse';
import { unitCount, unitIdText, unitTranslationRange } from '../workspace/articleSummary';
import { filterMayContain, lowerCaseForFilter } from '../workspace/trigramFilter';
import { uriKey } from '../workspace/uriKey';
import type { ArticleVersion } from '../workspace/workspaceIndex';

/** What the symbol search needs from the workspace. */
export interface SymbolSearchSource {
  /** Every indexed localized article. */
  localizedArticles(): Iterable<ArticleVersion>;
  readText(uri: string): Promise<string | undefined>;
}

/** Limits of one search. */
export interface SymbolSearchOptions {
  /** Most results returned (default 200). */
  readonly limit?: number;
  /** Most files read for a text search (default 300), so a vague query stays quick. */
  readonly maxFilesRead?: number;
  /** Checked between files; a cancelled search returns what it has. */
  readonly isCancelled?: () => boolean;
}

// Numeric, since only types may be imported from the protocol packages here.
const HEADING_KIND: SymbolKind = 15; // SymbolKind.String, as Markdown headings are shown
const UNIT_KIND: SymbolKind = 20; // SymbolKind.Key: a unit is found by its id

const enum Tier {
  ExactId,
  HeadingContains,
  IdPrefix,
  HeadingFuzzy,
  UnitText,
  PrefixOnly,
}
const TIER_COUNT = 6;

const FULL_ID_QUERY = /^[0-9a-f]{5}-p?\d*$/;
const PREFIX_QUERY = /^[0-9a-f]{3,5}$/;
const SHORTEST_FILTERED_WORD = 3;

/** The symbols matching `query`, best first, at most `limit`. */
export async function workspaceSymbolsFor(query: string, source: SymbolSearchSource, options: SymbolSearchOptions = {}): Promise<SymbolInformation[]> {
  const limit = options.limit ?? 200;
  const needle = query.trim().toLowerCase();
  const tiers: SymbolInformation[][] = Array.from({ length: TIER_COUNT }, () => []);
  const articles = [...source.localizedArticles()];
  for (const article of articles) {
    collectIdMatches(article, needle, tiers, limit);
    collectHeadingMatches(article, needle, tiers, limit);
  }
  const found = tiers.slice(0, Tier.UnitText).reduce((count, tier) => count + tier.length, 0);
  if (found < limit) await collectTextMatches(articles, needle, tiers[Tier.UnitText], limit - found, source, options);
  await nameUnitsFoundById([...tiers[Tier.ExactId], ...tiers[Tier.IdPrefix]].slice(0, NAMED_ID_RESULTS), source);
  return tiers.flat().slice(0, limit);
}

const NAMED_ID_RESULTS = 50;

/** Adds the translation to units found by id (the index keeps ids, not texts), reading each file once. */
async function nameUnitsFoundById(symbols: readonly SymbolInformation[], source: SymbolSearchSource): Promise<void> {
  const byUri = new Map<string, SymbolInformation[]>();
  for (const symbol of symbols) byUri.set(symbol.location.uri, [...(byUri.get(symbol.location.uri) ?? []), symbol]);
  for (const [uri, inFile] of byUri) {
    const text = await source.readText(uri);
    if (text === undefined) continue;
    const translations = new Map(parse(text).units.map((unit) => [unit.id.text, unit.translation.text]));
    for (const symbol of inFile) {
      const translation = translations.get(symbol.name);
      if (translation !== undefined) symbol.name = `${symbol.name} ${oneLine(translation)}`;
    }
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function collectIdMatches(article: ArticleVersion, needle: string, tiers: SymbolInformation[][], limit: number): void {
  const summary = article.summary;
  const fullId = FULL_ID_QUERY.test(needle);
  if (!fullId && !PREFIX_QUERY.test(needle)) return;
  if (!summary.unusualIds && !(summary.prefix ?? '').startsWith(needle.slice(0, 5))) return;
  for (let index = 0; index < unitCount(summary); index++) {
    const id = unitIdText(summary, index);
    const tier = id === needle ? Tier.ExactId : !id.startsWith(needle) ? undefined : fullId ? Tier.IdPrefix : Tier.PrefixOnly;
    if (tier === undefined || tiers[tier].length >= limit) continue;
    tiers[tier].push({ name: id, kind: UNIT_KIND, location: { uri: article.uri, range: unitTranslationRange(summary, index) }, containerName: containerOf(article) });
  }
}

function collectHeadingMatches(article: ArticleVersion, needle: string, tiers: SymbolInformation[][], limit: number): void {
  const compact = needle.replace(/\s+/g, '');
  for (const heading of article.summary.headings) {
    const title = heading.title.toLowerCase();
    const sourceTitle = heading.sourceTitle.toLowerCase();
    const contains = title.includes(needle) || sourceTitle.includes(needle);
    const tier = contains ? Tier.HeadingContains : isSubsequence(compact, title) || isSubsequence(compact, sourceTitle) ? Tier.HeadingFuzzy : undefined;
    if (tier === undefined || tiers[tier].length >= limit) continue;
    // The English title joins the name when only it matched, so the client's own filter keeps the entry.
    const matchedEnglishOnly = !title.includes(needle) && !isSubsequence(compact, title);
    const name = matchedEnglishOnly && heading.sourceTitle !== heading.title ? `${heading.title} — ${heading.sourceTitle}` : heading.title;
    const range = { start: { line: heading.line, character: 0 }, end: { line: heading.line, character: heading.length } };
    tiers[tier].push({ name: name || heading.sourceTitle, kind: HEADING_KIND, location: { uri: article.uri, range }, containerName: containerOf(article) });
  }
}

async function collectTextMatches(
  articles: readonly ArticleVersion[],
  needle: string,
  into: SymbolInformation[],
  budget: number,
  source: SymbolSearchSource,
  options: SymbolSearchOptions,
): Promise<void> {
  const words = needle.split(/\s+/).filter((word) => word.length > 0);
  // Words with markup characters are checked in the text only: the filter holds the raw halves, entities encoded.
  const filterWords = words.filter((word) => word.length >= SHORTEST_FILTERED_WORD && !/[&<>"']/.test(word)).map(lowerCaseForFilter);
  if (filterWords.length === 0) return; // too vague to read files for
  let filesRead = 0;
  for (const article of articles) {
    if (into.length >= budget || filesRead >= (options.maxFilesRead ?? 300) || options.isCancelled?.()) return;
    const filter = article.summary.textFilter;
    if (!filter || !filterWords.every((word) => filterMayContain(filter, word))) continue;
    filesRead++;
    const text = await source.readText(article.uri);
    if (text !== undefined) matchUnitTexts(article, text, words, into, budget);
  }
}

function matchUnitTexts(article: ArticleVersion, text: string, words: readonly string[], into: SymbolInformation[], budget: number): void {
  const model = parse(text);
  let lines: LineIndex | undefined;
  for (const unit of model.units) {
    if (into.length >= budget) return;
    // A heading's units are already listed as the heading.
    if (unit.block.kind === 'heading' || !unit.source) continue;
    const translation = unit.translation.text;
    const english = unit.source.text;
    const shown = containsAll(translation.toLowerCase(), words) ? translation : containsAll(english.toLowerCase(), words) ? english : undefined;
    if (shown === undefined) continue;
    lines ??= new LineIndex(text);
    into.push({
      name: `${unit.id.text} ${oneLine(shown)}`,
      kind: UNIT_KIND,
      location: { uri: article.uri, range: toRange(lines, unit.translation.range) },
      containerName: containerOf(article),
    });
  }
}

function containsAll(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

/** Whether the characters of `needle` appear in `text` in order (the client's notion of a fuzzy match). */
function isSubsequence(needle: string, text: string): boolean {
  let position = 0;
  for (let index = 0; index < needle.length; index++) {
    position = text.indexOf(needle[index], position) + 1;
    if (position === 0) return false;
  }
  return true;
}

/** Locale and path inside the repository: what tells eight copies of a heading apart. */
function containerOf(article: ArticleVersion): string {
  const key = uriKey(article.uri);
  const path = article.location?.articleKey ?? key.slice(key.lastIndexOf('/') + 1);
  return `${article.locale} · ${path}`;
}
