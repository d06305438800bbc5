/**
 * The outline of a localized article: the heading tree named by the translated titles, the
 * English title as detail; with `sxs.outline.showUnits`, the units of each section as children
 * (and the front matter's units under a "Front matter" entry).
 *
 * No symbol has the kind `String`: that is the kind of VS Code's built-in Markdown headings, so a
 * user who hides Strings in the Markdown outline keeps this one (see docs/ARCHITECTURE.md,
 * "Outline: one clean tree").
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Unit } from '../core/model';
import { toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { SxsSettings } from '../settings';
import { sectionRange } from './sections';

/** Symbol kinds of the outline's entries. */
export const OUTLINE_KINDS = { heading: SymbolKind.Namespace, unit: SymbolKind.Field, frontMatter: SymbolKind.Module } as const;

/** The label VS Code shows above this outline when several providers answer for a document. */
export const OUTLINE_LABEL = 'SxS translation';

/** The outline; empty for Markdown that is not a localized article. */
export function documentSymbolsOf(snapshot: DocumentSnapshot, settings: SxsSettings): DocumentSymbol[] {
  if (!snapshot.isLocalized) return [];
  const model = snapshot.model;
  const roots: DocumentSymbol[] = [];
  const headingSymbols = buildHeadingTree(snapshot, roots);
  if (!settings.outlineShowUnits) return roots;

  const frontMatterUnits: DocumentSymbol[] = [];
  let headingIndex = -1;
  for (const unit of model.units) {
    if (unit.block.kind === 'front-matter') {
      frontMatterUnits.push(unitSymbol(snapshot, unit, unit.block.key));
      continue;
    }
    // The last heading before a unit is the innermost section that holds it.
    while (headingIndex + 1 < model.headings.length && model.headings[headingIndex + 1].range.start <= unit.range.start) headingIndex++;
    const heading = headingIndex >= 0 ? model.headings[headingIndex] : undefined;
    if (heading && heading.units.includes(unit.index)) continue; // the heading's own title
    (heading ? headingSymbols[headingIndex].children! : roots).push(unitSymbol(snapshot, unit, undefined));
  }
  if (frontMatterUnits.length && model.frontMatter) {
    const range = toRange(snapshot.lines, model.frontMatter.range);
    roots.unshift({ name: 'Front matter', kind: OUTLINE_KINDS.frontMatter, range, selectionRange: range, children: frontMatterUnits });
  }
  // Units were added after the headings' subsections; put every level back in document order.
  sortByPosition(roots);
  return roots;
}

function sortByPosition(symbols: DocumentSymbol[]): void {
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const symbol of symbols) if (symbol.children?.length) sortByPosition(symbol.children);
}

/** Heading symbols nested by level, each spanning its section; returns them indexed like `model.headings`. */
function buildHeadingTree(snapshot: DocumentSnapshot, roots: DocumentSymbol[]): DocumentSymbol[] {
  const headings = snapshot.model.headings;
  const symbols: DocumentSymbol[] = [];
  const open: { level: number; symbol: DocumentSymbol }[] = [];
  headings.forEach((heading, index) => {
    const symbol: DocumentSymbol = {
      name: displayName(heading.title, '(untitled heading)'),
      detail: heading.sourceTitle !== heading.title ? displayName(heading.sourceTitle, '') : '',
      kind: OUTLINE_KINDS.heading,
      range: toRange(snapshot.lines, sectionRange(snapshot.text, headings, index)),
      selectionRange: toRange(snapshot.lines, heading.range),
      children: [],
    };
    while (open.length && open[open.length - 1].level >= heading.level) open.pop();
    (open.length ? open[open.length - 1].symbol.children! : roots).push(symbol);
    open.push({ level: heading.level, symbol });
    symbols.push(symbol);
  });
  return symbols;
}

function unitSymbol(snapshot: DocumentSnapshot, unit: Unit, key: string | undefined): DocumentSymbol {
  const translation = displayName(unit.translation.text, `(empty) ${unit.id.text}`);
  return {
    name: key ? `${key}: ${translation}` : translation,
    detail: unit.source ? displayName(unit.source.text, '') : '',
    kind: OUTLINE_KINDS.unit,
    range: toRange(snapshot.lines, unit.range),
    selectionRange: toRange(snapshot.lines, unit.translation.range),
  };
}

/**
 * A one-line name, whole: VS Code shortens what does not fit, and its filter, breadcrumbs and
 * symbol search read the full name. `fallback` when blank (VS Code rejects empty symbol names).
 */
function displayName(text: string, fallback: string): string {
  // Most titles are one line already: a scan, where the replacement would copy every one of them.
  if (text.length > 0 && !NEEDS_SPACING.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim() || fallback;
}

/** What the replacement and the trim would change: a space other than U+0020, two in a row, one at an end. */
const NEEDS_SPACING = /[^\S ]| {2}|^ | $/;
