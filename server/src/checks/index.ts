/**
 * The segment checks: `checkDocument` runs every family over a parsed article and returns the
 * findings no suppression comment silences; `checkUnit` does the same for one unit.
 */
import type { SxsDocument, Unit } from '../core/model';
import { CHECK_CODES } from './checkCodes';
import type { PairedContext, UnitCheckContext } from './checkContext';
import { checkCompleteness, checkMachineTranslated } from './completeness';
import type { Finding } from './finding';
import { checkLiterals } from './literals';
import { documentLocale, type LocaleRules } from './locale';
import { checkMarkupParity } from './markupParity';
import { checkPunctuation } from './punctuation';
import { structureFindings } from './structure';
import { findSuppressions, suppressesAnything, withoutSuppressed, type Suppressions } from './suppressions';
import type { UnitFindingsCache } from './unitFindingsCache';

export { CHECK_CODES };
export type { CheckCode, CheckCodeInfo, CheckFamily } from './checkCodes';
export type { Finding, Severity, TextEditOffsets } from './finding';
export { UnitFindingsCache } from './unitFindingsCache';

/** How to check. */
export interface CheckOptions {
  /** The translation's locale (`fr-fr`); defaults to the front matter's `ms.contentlocale`. */
  readonly locale?: string;
  /** Told about a check that threw on a unit (its findings are skipped, the others kept). */
  readonly onCheckError?: (error: unknown, unit: Unit) => void;
  /**
   * Findings of units checked in an earlier version of this document: units a re-parse carried
   * over are not checked again (see `unitFindingsCache.ts`).
   */
  readonly unitCache?: UnitFindingsCache;
}

/** Every finding of a document, structural problems included, in document order. */
export function checkDocument(doc: SxsDocument, options: CheckOptions = {}): Finding[] {
  const locale = documentLocale(doc, options.locale);
  const noLoc = noLocTerms(doc);
  const leading: Finding[] = [...structureFindings(doc), ...checkMachineTranslated(doc)];
  const check = (unit: Unit): Finding[] => runUnitChecks(doc, unit, locale, noLoc, options);
  const cache = options.unitCache;
  let findings = leading;
  if (cache) {
    const context = `${options.locale ?? doc.frontMatter?.keys.contentLocale ?? ''}\u0000${noLoc.join('\u0000')}`;
    findings = cache.findingsOfUnits(doc, context, check, leading);
  } else {
    for (const unit of doc.units) findings.push(...check(unit));
  }
  const suppressions = cache ? cache.suppressionsOf(doc.text, () => suppressionsOf(doc)) : suppressionsOf(doc);
  // This array is our own: sorted in place, copied only when something is suppressed.
  return inDocumentOrder(suppressesAnything(suppressions) ? withoutSuppressed(findings, suppressions) : findings);
}

function inDocumentOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** The findings of one unit (structural problems excepted), for re-checking a single edit. */
export function checkUnit(doc: SxsDocument, unit: Unit, options: CheckOptions = {}): Finding[] {
  const findings = runUnitChecks(doc, unit, documentLocale(doc, options.locale), noLocTerms(doc), options);
  return inDocumentOrder(withoutSuppressed(findings, suppressionsOf(doc)));
}

const UNIT_FAMILIES: readonly ((context: UnitCheckContext) => Finding[])[] = [
  checkCompleteness,
  (context) => (isPaired(context) ? checkMarkupParity(context) : []),
  (context) => (isPaired(context) ? checkLiterals(context) : []),
  (context) => (isPaired(context) ? checkPunctuation(context) : []),
];

function isPaired(context: UnitCheckContext): context is PairedContext {
  return context.source !== undefined;
}

/** Whether comparing the halves makes sense: one empty half is reported once, as completeness. */
function comparable(unit: Unit): boolean {
  return unit.source !== undefined && unit.translation.raw.trim() !== '' && unit.source.raw.trim() !== '';
}

function runUnitChecks(doc: SxsDocument, unit: Unit, locale: LocaleRules, noLoc: readonly string[], options: CheckOptions): Finding[] {
  const context: UnitCheckContext = { doc, unit, translation: unit.translation, source: unit.source, locale, noLocTerms: noLoc };
  const families = comparable(unit) ? UNIT_FAMILIES : UNIT_FAMILIES.slice(0, 1);
  const findings: Finding[] = [];
  for (const family of families) {
    try {
      findings.push(...family(context));
    } catch (error) {
      // One faulty check must not hide every other finding of the document.
      options.onCheckError?.(error, unit);
    }
  }
  return findings;
}

/** The front matter's `no-loc` terms. */
function noLocTerms(doc: SxsDocument): string[] {
  const value = doc.frontMatter?.data?.['no-loc'];
  return Array.isArray(value) ? value.filter((term): term is string => typeof term === 'string' && term.trim().length > 0) : [];
}

const suppressionCache = new WeakMap<SxsDocument, Suppressions>();

function suppressionsOf(doc: SxsDocument): Suppressions {
  let suppressions = suppressionCache.get(doc);
  if (!suppressions) suppressionCache.set(doc, (suppressions = findSuppressions(doc.text)));
  return suppressions;
}
