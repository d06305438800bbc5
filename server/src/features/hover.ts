/**
 * Hover-to-source: anywhere on a unit (its translation, its tags, its sxs-lookup half) the hover
 * shows the other half as a reader sees it — the English when hovering the translation, the
 * translation when hovering the English — with the unit id and the unit's findings.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Finding } from '../checks/finding';
import type { Unit } from '../core/model';
import { toOffset, toRange } from '../convert';
import type { DocumentSnapshot } from '../documentSnapshot';
import { severityOf, type SxsSettings } from '../settings';
import { inlineCode, safeMarkdown } from './safeMarkdown';
import { sideAtOffset, unitAtOffset } from './unitLookup';
import type { WorkspaceExtras } from '../workspaceReview/workspaceExtras';

/** The hover at `position`, or null outside units and on documents that are not localized. */
export function hoverAt(snapshot: DocumentSnapshot, position: Position, settings: SxsSettings, extras?: WorkspaceExtras): Hover | null {
  if (!snapshot.isLocalized) return null;
  const offset = toOffset(snapshot.lines, position);
  const unit = unitAtOffset(snapshot.model, offset);
  // The mouse on the character after a unit is no longer on it.
  if (!unit || offset === unit.range.end) return null;
  const side = sideAtOffset(unit, offset);
  const sections = [otherHalf(unit, side), ...findingLines(findingsOfUnit(snapshot, unit, settings), settings), ...(extras?.hoverSections(snapshot, unit, settings) ?? [])];
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n') },
    range: toRange(snapshot.lines, unit.range),
  };
}

/** The half the reader does not have under the cursor, titled, with the unit id. */
function otherHalf(unit: Unit, side: 'translation' | 'source'): string {
  const showEnglish = side === 'translation';
  const title = `**${showEnglish ? 'English' : 'Translation'}** · ${inlineCode(unit.id.text)}`;
  if (showEnglish && !unit.source) return `${title}\n\n*No English: the sxs-lookup half is missing or broken.*`;
  const half = showEnglish ? unit.source! : unit.translation;
  const text = half.text.trim();
  return `${title}\n\n${text === '' ? '*(empty)*' : safeMarkdown(text)}`;
}

/** The findings on a unit that the settings do not turn off, in document order. */
function findingsOfUnit(snapshot: DocumentSnapshot, unit: Unit, settings: SxsSettings): Finding[] {
  return snapshot.findingsOfUnit(unit, settings.maxFileSize).filter((finding) => severityOf(finding.code, settings) !== 'off');
}

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' } as const;

function findingLines(findings: readonly Finding[], settings: SxsSettings): string[] {
  if (findings.length === 0) return [];
  const lines = findings.map((finding) => {
    const severity = severityOf(finding.code, settings);
    const label = severity === 'off' ? '' : SEVERITY_LABELS[severity];
    return `- ${label} ${inlineCode(finding.code)}: ${safeMarkdown(finding.message.replace(/\s*\r?\n\s*/g, ' '))}`;
  });
  return ['---', lines.join('\n')];
}
