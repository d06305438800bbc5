/**
 * Comparing what must survive translation as multisets: items of the source half and of the
 * translation are matched by a normalised key, whatever their order (translations reorder
 * sentences); what stays unmatched becomes "changed", "added" or "missing" findings.
 */
import type { OffsetRange } from '../core/model';
import type { CheckCode } from './checkCodes';
import { inSource, shown, shownChange, unitFinding, type PairedContext } from './checkContext';
import type { Finding, TextEditOffsets } from './finding';

/** One thing to compare: where it is, how it reads, and the key under which halves agree. */
export interface ParityItem {
  readonly range: OffsetRange;
  readonly value: string;
  readonly key: string;
}

/** Source items without a counterpart in the translation, and translation items without one in the source. */
export interface ParityDifference {
  readonly missing: ParityItem[];
  readonly extra: ParityItem[];
}

/** Matches items by key, each item at most once, in linear time. */
export function differenceByKey(source: readonly ParityItem[], translation: readonly ParityItem[]): ParityDifference {
  if (source.length === 0 || translation.length === 0) return { missing: [...source], extra: [...translation] };
  const available = new Map<string, number>();
  for (const item of translation) available.set(item.key, (available.get(item.key) ?? 0) + 1);
  const missing: ParityItem[] = [];
  const used = new Map<string, number>();
  for (const item of source) {
    const count = available.get(item.key) ?? 0;
    if (count > 0) {
      available.set(item.key, count - 1);
      used.set(item.key, (used.get(item.key) ?? 0) + 1);
    } else {
      missing.push(item);
    }
  }
  const extra: ParityItem[] = [];
  for (const item of translation) {
    const count = used.get(item.key) ?? 0;
    if (count > 0) used.set(item.key, count - 1);
    else extra.push(item);
  }
  return { missing, extra };
}

/** How one family words and repairs its differences. */
export interface ParityWording {
  readonly code: CheckCode;
  /** What an item is, in messages: "inline code", "link target". */
  readonly noun: string;
  /** The edits that restore the source item in place of the translation item, when certain. */
  readonly restore?: (translationItem: ParityItem, sourceItem: ParityItem) => TextEditOffsets[] | undefined;
  /** Where a missing item shows in the translation (a stray backtick, say), when it can be told. */
  readonly locateMissing?: (sourceItem: ParityItem, missingCount: number) => { range: OffsetRange; fix?: TextEditOffsets[] } | undefined;
}

/**
 * Findings for a difference: unmatched pairs read as changes (with a fix when exactly one item
 * differs on each side), the rest as additions or omissions.
 */
export function reportDifference(context: PairedContext, difference: ParityDifference, wording: ParityWording): Finding[] {
  const { missing, extra } = difference;
  if (missing.length === 0 && extra.length === 0) return [];
  const findings: Finding[] = [];
  const pairs = Math.min(missing.length, extra.length);
  const single = missing.length === 1 && extra.length === 1;
  for (let index = 0; index < pairs; index++) {
    const sourceItem = missing[index];
    const translationItem = extra[index];
    const edits = single && wording.restore ? wording.restore(translationItem, sourceItem) : undefined;
    findings.push(
      unitFinding(context, wording.code, `${wording.noun} changed: ${shownChange(sourceItem.value, translationItem.value)}`, translationItem.range, {
        related: [inSource(sourceItem.range, `${wording.noun} in the source`)],
        fix: edits ? { title: `Restore ${shown(sourceItem.value)} from the source`, edits } : undefined,
      }),
    );
  }
  for (const translationItem of extra.slice(pairs)) {
    findings.push(unitFinding(context, wording.code, `${wording.noun} not in the source: ${shown(translationItem.value)}`, translationItem.range));
  }
  for (const sourceItem of missing.slice(pairs)) {
    const located = extra.length === 0 ? wording.locateMissing?.(sourceItem, missing.length) : undefined;
    findings.push(
      unitFinding(context, wording.code, `${wording.noun} missing from the translation: ${shown(sourceItem.value)}`, located?.range ?? context.translation.range, {
        related: [inSource(sourceItem.range, `${wording.noun} in the source`)],
        fix: located?.fix ? { title: `Restore ${shown(sourceItem.value)} from the source`, edits: located.fix } : undefined,
      }),
    );
  }
  return findings;
}
