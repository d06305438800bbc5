/**
 * Every finding code with its family, default severity and a one-line description: the table
 * that settings, documentation and the checks themselves read.
 */
import type { Severity } from './finding';

/** The families of checks, one source file each. */
export type CheckFamily = 'structure' | 'completeness' | 'markup' | 'literals' | 'punctuation' | 'workspace';

/** What a code is about and how loud it is by default. */
export interface CheckCodeInfo {
  readonly family: CheckFamily;
  readonly severity: Severity;
  readonly description: string;
}

/** Code → family, default severity, one-line description. */
export const CHECK_CODES = {
  // Structure: reported by the parser.
  'malformed-unit': { family: 'structure', severity: 'error', description: 'A translation span without its sxs-lookup half, or the reverse, or an unclosed or stray `</span>`.' },
  'id-mismatch': { family: 'structure', severity: 'error', description: 'The `data-ttu-id` differs from the adjacent `data-stu-id`.' },
  'duplicate-id': { family: 'structure', severity: 'error', description: 'The same segment id appears twice in the file.' },
  'id-prefix': { family: 'structure', severity: 'error', description: 'A segment id prefix other than the file’s own (a unit pasted from another article).' },
  'id-order': { family: 'structure', severity: 'warning', description: 'Segment numbers do not increase through the file (moved or pasted units).' },
  'entity-escaped-markup': { family: 'structure', severity: 'error', description: '`&quot;`-escaped attributes that hide units.' },
  'conflict-marker': { family: 'structure', severity: 'error', description: 'A merge-conflict marker left in the file.' },
  'text-outside-units': { family: 'structure', severity: 'warning', description: 'Prose on a segmented line that belongs to no unit.' },
  'front-matter-quoting': { family: 'structure', severity: 'error', description: 'The front matter no longer parses as YAML, usually because of a unit’s quotes.' },
  // Completeness.
  'empty-translation': { family: 'completeness', severity: 'error', description: 'The translation is empty while the source is not.' },
  'empty-source': { family: 'completeness', severity: 'warning', description: 'The source is empty while the translation is not.' },
  unchanged: { family: 'completeness', severity: 'information', description: 'The translation is identical to the source (code, numbers and product names excepted).' },
  'machine-translated': { family: 'completeness', severity: 'information', description: 'The article is machine-translated (`ms.translationtype: MT`).' },
  // Markup parity between the halves.
  emphasis: { family: 'markup', severity: 'warning', description: 'Bold, italic or strikethrough markup (`**`, `__`, `*`, `_`, `~~`) differs between the halves.' },
  'inline-code': { family: 'markup', severity: 'error', description: 'Inline code differs in count or content (code is never translated).' },
  'link-target': { family: 'markup', severity: 'error', description: 'A link or image destination differs (locale rewrites such as `/en-us/` are allowed).' },
  'link-count': { family: 'markup', severity: 'error', description: 'The number of links, images, reference links or autolinks differs.' },
  'broken-link': { family: 'markup', severity: 'error', description: 'Link syntax broken in the translation: `] (`, full-width brackets, `。` in a URL, a missing `)`.' },
  xref: { family: 'markup', severity: 'error', description: 'The `<xref:…>` / `xref:` uids differ.' },
  'include-token': { family: 'markup', severity: 'error', description: '`[!INCLUDE …]`, `[!div …]` or `:::…:::` tokens differ.' },
  'alert-keyword': { family: 'markup', severity: 'error', description: 'An alert keyword (`[!NOTE]`, `[!TIP]`…) was translated or altered.' },
  'html-tags': { family: 'markup', severity: 'warning', description: 'The inline HTML tags differ.' },
  entities: { family: 'markup', severity: 'warning', description: 'The HTML entities differ, or one was decoded into a raw character.' },
  escapes: { family: 'markup', severity: 'warning', description: 'Backslash escapes differ, or a raw `|` splits a table cell.' },
  // Literals that must survive translation.
  numbers: { family: 'literals', severity: 'warning', description: 'Numbers differ (digit grouping, decimal separators and native digits are normalised).' },
  urls: { family: 'literals', severity: 'warning', description: 'Bare URLs or autolinks differ.' },
  emails: { family: 'literals', severity: 'warning', description: 'E-mail addresses differ.' },
  paths: { family: 'literals', severity: 'warning', description: 'File paths differ.' },
  options: { family: 'literals', severity: 'warning', description: 'Command-line options (`--flag`) differ.' },
  placeholders: { family: 'literals', severity: 'error', description: 'Placeholders (`{0}`, `%1`, `{{var}}`, `$(var)`) differ.' },
  'no-loc': { family: 'literals', severity: 'warning', description: 'A term from the front matter’s `no-loc` list is not kept verbatim.' },
  // Punctuation and white space.
  'edge-whitespace': { family: 'punctuation', severity: 'information', description: 'Leading or trailing white space inside a half differs.' },
  brackets: { family: 'punctuation', severity: 'warning', description: 'Unbalanced brackets in the translation.' },
  quotes: { family: 'punctuation', severity: 'warning', description: 'Unbalanced quotation marks in the translation (accepts „“ « » 「」).' },
  'end-punctuation': { family: 'punctuation', severity: 'information', description: 'The final punctuation differs, mapped per locale (。？！ ؟ ।).' },
  'double-space': { family: 'punctuation', severity: 'information', description: 'A double space in the translation that the source does not have.' },
  'repeated-word': { family: 'punctuation', severity: 'warning', description: 'A word repeated twice in a row ("the the").' },
  'french-spacing': { family: 'punctuation', severity: 'information', description: 'French: a no-break space is missing or a plain space is used before `: ; ? !` or inside « ».' },
  'line-breaks': { family: 'punctuation', severity: 'warning', description: 'A line break or tab in one half only.' },
  // The article against its workspace (server/src/workspace/findings/).
  'source-changed': { family: 'workspace', severity: 'warning', description: 'The English of the unit was edited in the current English original (a stale translation).' },
  'source-added': { family: 'workspace', severity: 'information', description: 'A sentence of the current English original that no unit carries.' },
  'source-removed': { family: 'workspace', severity: 'warning', description: 'The English of the unit is no longer in the current English original.' },
  'inconsistent-translation': { family: 'workspace', severity: 'information', description: 'The same English is translated differently in this file or in other files of the locale.' },
  'cross-locale-source': { family: 'workspace', severity: 'information', description: 'The same unit number carries different English in another locale of the article.' },
} as const satisfies Record<string, CheckCodeInfo>;

/** A code of the table. */
export type CheckCode = keyof typeof CHECK_CODES;
