/**
 * The units of a document as the client lists them (Segments view, status bar, navigation):
 * each with its texts, ranges, review status and number of findings, and the headings that
 * group them.
 */
import { CHECK_CODES } from '../checks/checkCodes';
import type { Finding } from '../checks/finding';
import type { SxsDocument, Unit } from '../core/model';
import { toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { DocumentUnits, HeadingSummary, UnitStatus, UnitSummary } from '../protocol';
import { severityOf, type SxsSettings } from '../settings';
import { unitsOverlapping } from './unitLookup';
import type { WorkspaceExtras } from '../workspaceReview/workspaceExtras';

/** The units and headings of a localized document; null when it has no units. */
export function documentUnitsOf(snapshot: DocumentSnapshot, settings: SxsSettings, extras?: WorkspaceExtras): DocumentUnits | null {
  if (!snapshot.isLocalized) return null;
  const { model, lines } = snapshot;
  const { counts, broken } = findingsPerUnit(model, snapshot.findings(settings.maxFileSize).findings, settings);
  const workspaceCounts = extras?.findingsPerUnit(snapshot, settings);
  const sourceStatus = extras?.unitStatus(snapshot);
  const units: UnitSummary[] = [];
  let heading = -1;
  for (const unit of model.units) {
    while (heading + 1 < model.headings.length && model.headings[heading + 1].range.start <= unit.range.start) heading++;
    const findings = counts[unit.index] + (workspaceCounts?.[unit.index] ?? 0);
    const stale = sourceStatus?.[unit.index] === 'stale' || sourceStatus?.[unit.index] === 'removed';
    units.push({
      index: unit.index,
      id: unit.id.text,
      range: toRange(lines, unit.range),
      translationRange: toRange(lines, unit.translation.range),
      sourceRange: unit.source ? toRange(lines, unit.source.range) : undefined,
      translation: unit.translation.text,
      source: unit.source?.text ?? '',
      status: statusOf(unit, broken.has(unit.index), findings, stale),
      findings,
      heading: unit.block.kind === 'front-matter' ? -1 : heading,
    });
  }
  const headings: HeadingSummary[] = model.headings.map((h) => ({ level: h.level, title: h.title, sourceTitle: h.sourceTitle, range: toRange(lines, h.range) }));
  return {
    locale: model.frontMatter?.keys.contentLocale?.toLowerCase(),
    translationType: model.frontMatter?.keys.translationType,
    units,
    headings,
  };
}

/**
 * The status, most serious first: broken markup, an empty translation, English that changed
 * in (or left) the original, a translation identical to its English, other findings, none.
 */
export function statusOf(unit: Unit, broken: boolean, findings: number, stale = false): UnitStatus {
  if (broken) return 'broken';
  const translation = unit.translation.text.trim();
  const source = unit.source?.text.trim() ?? '';
  if (translation === '' && source !== '') return 'empty';
  if (stale) return 'stale';
  if (translation !== '' && translation === source) return 'unchanged';
  return findings > 0 ? 'finding' : 'ok';
}

/**
 * Per unit index, the number of findings the settings show, and the units a structural finding
 * touches (findings, not the parser's problems, so suppression comments and `off` count).
 */
function findingsPerUnit(model: SxsDocument, findings: readonly Finding[], settings: SxsSettings): { counts: number[]; broken: Set<number> } {
  const counts = new Array<number>(model.units.length).fill(0);
  const broken = new Set<number>();
  for (const finding of findings) {
    if (severityOf(finding.code, settings) === 'off') continue;
    const structural = (CHECK_CODES as Record<string, { family: string } | undefined>)[finding.code]?.family === 'structure';
    const touched = finding.unit !== undefined ? [finding.unit] : unitsOverlapping(model, finding.range).map((unit) => unit.index);
    for (const index of touched) {
      counts[index]++;
      if (structural) broken.add(index);
    }
  }
  return { counts, broken };
}
