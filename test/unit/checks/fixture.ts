/**
 * Fixtures for the check tests: real sxs markup built from `unit('traduction', 'source')`,
 * parsed by the real parser, and findings rendered as readable lines
 * `code @start-end "message"` with offsets inside the unit's translation half.
 */
import { parse } from '../../../server/src/core/parse';
import type { SxsDocument } from '../../../server/src/core/model';
import { checkDocument, type Finding } from '../../../server/src/checks/index';
import { CHECK_CODES, type CheckFamily } from '../../../server/src/checks/checkCodes';
import { sxsUnit } from '../../support/sxsUnit';

/** One unit as an sxs line fragment: the translation span and its sxs-lookup half. */
export function unit(translation: string, source: string, number = 103): string {
  return sxsUnit(`f9f29-${number}`, translation, source);
}

/** Where a fixture unit sits. */
export type Placement = 'paragraph' | 'table-cell' | 'heading' | 'list-item';

/** A whole article: front matter with the locale, then the body lines. */
export function article(body: string, options: { locale?: string; frontMatter?: string } = {}): string {
  const locale = options.locale ?? 'fr-FR';
  return `---\ntitle: Article\nms.contentlocale: ${locale}\nms.translationtype: HT\n${options.frontMatter ?? ''}---\n\n${body}\n`;
}

/** An article holding one unit in the given block. */
export function singleUnitArticle(translation: string, source: string, options: { locale?: string; placement?: Placement; frontMatter?: string } = {}): string {
  const line = unit(translation, source);
  const body =
    options.placement === 'table-cell'
      ? `| Colonne | Autre |\n|---|---|\n| ${line} | x |`
      : options.placement === 'heading'
        ? `## ${line}`
        : options.placement === 'list-item'
          ? `- ${line}`
          : line;
  return article(body, options);
}

/** Renders a finding relative to its unit's translation half (absolute offsets for file-level findings). */
export function renderFinding(doc: SxsDocument, finding: Finding): string {
  const base = finding.unit !== undefined ? doc.units[finding.unit].translation.range.start : 0;
  return `${finding.code} @${finding.range.start - base}-${finding.range.end - base} ${JSON.stringify(finding.message)}`;
}

/** The findings of the given families for a fixture article, rendered as lines. */
export function findingLines(text: string, families: readonly CheckFamily[], options: { locale?: string } = {}): string[] {
  const doc = parse(text);
  return checkDocument(doc, options)
    .filter((finding) => families.includes(CHECK_CODES[finding.code as keyof typeof CHECK_CODES]?.family))
    .map((finding) => renderFinding(doc, finding));
}

/** Applies one finding's fix to the text (edits from last to first, so offsets stay valid). */
export function applyFix(text: string, finding: Finding): string {
  const edits = [...(finding.fix?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}

/** The translation of the single unit after applying the fix of the only finding of `code`. */
export function fixedTranslation(text: string, code: string): string | undefined {
  const doc = parse(text);
  const findings = checkDocument(doc).filter((finding) => finding.code === code);
  if (findings.length !== 1 || !findings[0].fix) return undefined;
  const fixed = parse(applyFix(text, findings[0]));
  return fixed.units[0]?.translation.raw;
}

/** A table-driven case: a unit and the findings (or fix) it must give. */
export interface CheckCase {
  readonly name: string;
  readonly translation: string;
  readonly source: string;
  readonly expected: readonly string[];
  readonly locale?: string;
  readonly placement?: Placement;
  readonly frontMatter?: string;
  /** The translation after applying the fix of the single finding, when one is expected. */
  readonly fixed?: string;
}
