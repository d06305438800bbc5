/**
 * The document model of a side-by-side (sxs) localized Markdown article.
 *
 * Everything here is plain data produced by `parse(text)`. Positions are UTF-16
 * offsets into the original text (half-open `[start, end)`), so `text.slice(start, end)`
 * always gives back the exact bytes a range names. Line/character positions exist
 * only at the edge (see `lineIndex.ts`).
 */

/** A half-open range of UTF-16 offsets into the document text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** Codes of the structural problems found while parsing; stable, used as diagnostic codes. */
export type StructureCode =
  | 'malformed-unit'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'id-prefix'
  | 'id-order'
  | 'entity-escaped-markup'
  | 'conflict-marker'
  | 'text-outside-units'
  | 'front-matter-quoting';

/** Something broken in the markup, found while parsing. The parser never throws: it reports. */
export interface Problem {
  readonly code: StructureCode;
  readonly message: string;
  readonly range: OffsetRange;
  /** Other places that explain the problem (the first occurrence of a duplicate id, say). */
  readonly related?: readonly { readonly range: OffsetRange; readonly message: string }[];
  /** An edit that certainly repairs it (a missing `</span>` restored, say), for a quick fix. */
  readonly fix?: Fix;
}

/** A replacement of a range of the document by new text. */
export interface OffsetEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** A named set of edits that repairs one problem and touches only the bytes it must. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
}

/** A segment id such as `f9f29-103` or the merged-paragraph form `f9f29-p103`. */
export interface SegmentId {
  /** The attribute value exactly as written. */
  readonly text: string;
  /** Five hex characters before the dash (`f9f29`); empty when the id has another shape. */
  readonly prefix: string;
  /** The decimal number after the dash (and after `p` for merged ids); NaN when absent. */
  readonly number: number;
  /** True for merged-paragraph ids (`xxxxx-pNNN`). */
  readonly merged: boolean;
  /** Range of the attribute value, without quotes. */
  readonly range: OffsetRange;
}

/** What an inline token inside a half is. */
export type InlineTokenKind =
  | 'emphasis'
  | 'code'
  | 'link'
  | 'image'
  | 'reference-link'
  | 'autolink'
  | 'bare-url'
  | 'xref'
  | 'include'
  | 'alert'
  | 'html-tag'
  | 'entity'
  | 'escape'
  | 'number';

/** One piece of inline markup or literal inside a half, with what must survive translation. */
export interface InlineToken {
  readonly kind: InlineTokenKind;
  /** Range of the whole token in the document. */
  readonly range: OffsetRange;
  /**
   * What a translation must keep: the delimiter (`**`), the code content, the link or image
   * destination, the reference label, the URL, the xref uid, the include/directive text, the
   * alert keyword (`NOTE`), the tag (`<br/>` → `br`, `</b>` → `/b`), the entity (`&lt;`), the
   * escaped character, or the number as written.
   */
  readonly value: string;
  /** For links and images: the range of the link text or alt text (translatable). */
  readonly labelRange?: OffsetRange;
}

/** One half of a unit: the translation, or the English source in the sxs-lookup span. */
export interface Half {
  /** Range of the content between the opening and the closing tag. */
  readonly range: OffsetRange;
  /** The content exactly as written. */
  readonly raw: string;
  /** The content as a reader sees it: entities decoded, Markdown and inline HTML kept. */
  readonly text: string;
  /**
   * Inline markup and literals, in document order. Computed on first read and kept: hover,
   * outline and navigation never need them, and after an edit only touched units are tokenized.
   */
  readonly tokens: readonly InlineToken[];
}

/** The kind of Markdown block a unit sits in. */
export type BlockKind =
  | 'heading'
  | 'list-item'
  | 'table-cell'
  | 'alert'
  | 'blockquote'
  | 'link-text'
  | 'html'
  | 'front-matter'
  | 'paragraph';

/** Where a unit sits. */
export interface Block {
  readonly kind: BlockKind;
  /** For headings: 1–6. */
  readonly headingLevel?: number;
  /** For headings: the `<a name>` or `id` anchor that keeps the English slug. */
  readonly anchor?: string;
  /** For front-matter values: the YAML key (`title`, `description`). */
  readonly key?: string;
  /** For raw-HTML containers: the innermost open tag name (`td`, `li`, `p`). */
  readonly tag?: string;
}

/** A translation unit: a translated sentence and the English it came from. */
export interface Unit {
  /** Position in `SxsDocument.units`. */
  readonly index: number;
  /** The `data-ttu-id` of the translation span. */
  readonly id: SegmentId;
  /** The `data-stu-id` of the sxs-lookup half; undefined when that half is missing. */
  readonly sourceId: SegmentId | undefined;
  /** From `<span data-ttu-id` to the last `</span>` of the sxs-lookup half. */
  readonly range: OffsetRange;
  readonly translation: Half;
  /** The English half; undefined when the sxs-lookup half is missing or broken. */
  readonly source: Half | undefined;
  readonly block: Block;
  /** Zero-based line of the unit's start. */
  readonly line: number;
}

/** A Markdown heading (ATX), with the titles of its units. */
export interface Heading {
  readonly level: number;
  /** Range of the heading line, without its line ending. */
  readonly range: OffsetRange;
  readonly line: number;
  readonly anchor: string | undefined;
  /** The title a reader of the translation sees (translations joined, markup kept). */
  readonly title: string;
  /** The English title (sources joined); equals `title` for a heading without units. */
  readonly sourceTitle: string;
  /** Indices into `SxsDocument.units`. */
  readonly units: readonly number[];
}

/** The localization keys of the front matter (absent keys are undefined). */
export interface LocalizationKeys {
  readonly contentLocale?: string;
  readonly translationType?: string;
  readonly locFileId?: string;
  readonly sourceGitCommit?: string;
  readonly openLocFileHash?: string;
  readonly lastHandoff?: string;
  readonly assetId?: string;
}

/** The YAML front matter block. */
export interface FrontMatter {
  /** From the opening `---` to the end of the closing delimiter line. */
  readonly range: OffsetRange;
  /** The YAML between the delimiters. */
  readonly contentRange: OffsetRange;
  /** The parsed YAML, or undefined when it does not parse. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  /** The YAML error message when it does not parse. */
  readonly error: string | undefined;
  readonly keys: LocalizationKeys;
}

/** A parsed localized article. */
export interface SxsDocument {
  readonly text: string;
  readonly frontMatter: FrontMatter | undefined;
  /** Units in document order. */
  readonly units: readonly Unit[];
  readonly headings: readonly Heading[];
  /** Structural problems, in document order. */
  readonly problems: readonly Problem[];
  /** The id prefix most units share (the file's own), or undefined without units. */
  readonly prefix: string | undefined;
}
