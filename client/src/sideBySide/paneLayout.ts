/**
 * Where the units of an article stand in each pane of a side-by-side view, reduced to what the
 * sync needs: a number and English to align on, a range to find the cursor in, a range to
 * highlight. A localized article gives its own units; the rebuilt English gives the ranges the
 * server placed; an English original gives its sentences, found by the English of the
 * localized article beside it.
 */
import * as vscode from 'vscode';
import type { DocumentUnits } from '../../../server/src/protocol';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { articleUriOfEnglish, englishArticleScheme, type EnglishArticleProvider } from './englishArticleDocument';
import { locateSentencesInEnglishOriginal } from './englishOriginalAlignment';
import { isLocalizedDocument } from '../shared/localizedContext';
import { toRange } from '../shared/vscodeRange';
import { parseUnitNumber, type AlignableUnit } from './unitCorrespondence';

/** One unit as it stands in one pane. */
export interface PaneUnit {
  readonly alignable: AlignableUnit;
  /** The whole unit (or sentence): where a cursor counts as on it. */
  readonly range: vscode.Range;
  /** What the other pane's cursor highlights here: the translation text, or the English sentence. */
  readonly highlight: vscode.Range;
  /** The unit id, or for an English original the id of the localized unit it was found for. */
  readonly id: string;
}

/** Computes pane layouts from the shared sources of units. */
export class PaneLayouts {
  /** Sentence search in an English original is the one costly layout; kept per pair of versions. */
  private readonly originalLayouts = new Map<string, { readonly versions: string; readonly layout: PaneUnit[] }>();

  constructor(
    private readonly store: DocumentUnitsStore,
    private readonly english: EnglishArticleProvider,
  ) {}

  /**
   * The units of `document` in document order; `partner` is the document shown beside it,
   * needed only when `document` is an English original. Undefined when nothing is known yet.
   */
  async layoutOf(document: vscode.TextDocument, partner: vscode.TextDocument | undefined): Promise<PaneUnit[] | undefined> {
    if (document.uri.scheme === englishArticleScheme) return this.rebuiltEnglishLayout(document);
    if (isLocalizedDocument(document)) {
      const units = await this.store.get(document);
      return units ? localizedLayout(units) : undefined;
    }
    if (partner && isLocalizedDocument(partner)) {
      const units = await this.store.get(partner);
      if (!units) return undefined;
      const versions = `${document.version}/${partner.uri.toString()}@${partner.version}/${units.units.length}`;
      const cached = this.originalLayouts.get(document.uri.toString());
      if (cached?.versions === versions) return cached.layout;
      const layout = englishOriginalLayout(document, partner, units);
      this.originalLayouts.set(document.uri.toString(), { versions, layout });
      return layout;
    }
    return undefined;
  }

  private rebuiltEnglishLayout(document: vscode.TextDocument): PaneUnit[] | undefined {
    if (!articleUriOfEnglish(document.uri)) return undefined;
    return this.english.unitsOf(document.uri)?.map((unit) => {
      const range = toRange(unit.range);
      return { alignable: { ...parseUnitNumber(unit.id), english: document.getText(range) }, range, highlight: range, id: unit.id };
    });
  }
}

function localizedLayout(units: DocumentUnits): PaneUnit[] {
  return units.units.map((unit) => ({
    alignable: { ...parseUnitNumber(unit.id), english: unit.source },
    range: toRange(unit.range),
    highlight: toRange(unit.translationRange),
    id: unit.id,
  }));
}

/** The localized units' English found in the original, in order; units not found are left out. */
function englishOriginalLayout(original: vscode.TextDocument, localized: vscode.TextDocument, units: DocumentUnits): PaneUnit[] {
  const spellings = units.units.map((unit) => (unit.sourceRange ? [localized.getText(toRange(unit.sourceRange)), unit.source] : [unit.source]));
  const spans = locateSentencesInEnglishOriginal(original.getText(), spellings);
  const layout: PaneUnit[] = [];
  spans.forEach((span, index) => {
    if (!span) return;
    const unit = units.units[index];
    const range = new vscode.Range(original.positionAt(span.start), original.positionAt(span.end));
    layout.push({ alignable: { ...parseUnitNumber(unit.id), english: unit.source }, range, highlight: range, id: unit.id });
  });
  // Out-of-order finds (a sentence moved in the original) would break the binary search by position.
  return layout.sort((a, b) => a.range.start.compareTo(b.range.start));
}
