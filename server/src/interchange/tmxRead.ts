/**
 * Reads TMX (1.4b, and the 1.1–1.4 files tools still write) into memory entries: one per
 * source-language variant and other-language variant of each `<tu>`. Inline codes (`<bpt>`,
 * `<ept>`, `<ph>`, `<it>`, `<ut>`) become their original text again, so entries written by
 * `tmxWrite.ts` give back the exact Markdown of the halves; `<hi>` is transparent.
 */
import { InterchangeError } from './interchangeError';
import { childElement, childElements, parseXml, textContent, XmlError, type XmlElement, type XmlLimits } from './xmlTree';

/** One translation-memory entry. */
export interface TmxEntry {
  /** The source text, inline codes replaced by their original text. */
  readonly source: string;
  readonly target: string;
  /** Language codes as the file writes them (`en-US`, `fr-fr`). */
  readonly sourceLang: string;
  readonly targetLang: string;
  /**
   * `<prop>`s of the unit and of the target variant (`x-file`, …), and the unit's
   * `creationdate`/`changedate`/`tuid` attributes when present.
   */
  readonly properties: Readonly<Record<string, string>>;
}

/** Parses a TMX document; throws `InterchangeError` for anything that is not a readable TMX. */
export function readTmx(text: string, limits?: XmlLimits): TmxEntry[] {
  let root: XmlElement;
  try {
    root = parseXml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, limits);
  } catch (error) {
    throw new InterchangeError(`not a readable TMX file: ${error instanceof XmlError ? error.message : String(error)}`);
  }
  if (root.name !== 'tmx') throw new InterchangeError(`not a TMX file: the root element is <${root.name}>, not <tmx>`);
  const header = childElement(root, 'header');
  const body = childElement(root, 'body');
  if (!body) throw new InterchangeError('not a TMX file: it has no <body>');
  const headerSource = header?.attributes.srclang;
  const entries: TmxEntry[] = [];
  for (const unit of childElements(body, 'tu')) {
    const variants = childElements(unit, 'tuv')
      .map((variant) => ({ lang: variant.attributes['xml:lang'] ?? variant.attributes.lang ?? '', variant }))
      .filter((variant) => variant.lang !== '');
    const sourceLang = unit.attributes.srclang ?? headerSource;
    const sourceVariant =
      sourceLang && sourceLang !== '*all*'
        ? variants.find((variant) => sameLanguage(variant.lang, sourceLang))
        : variants.find((variant) => variant.lang.toLowerCase().startsWith('en')) ?? variants[0];
    if (!sourceVariant) continue;
    const source = segmentText(sourceVariant.variant);
    if (source === undefined) continue;
    const unitProperties = { ...unitAttributes(unit), ...propertiesOf(unit) };
    for (const variant of variants) {
      if (variant === sourceVariant) continue;
      const target = segmentText(variant.variant);
      if (target === undefined) continue;
      entries.push({
        source,
        target,
        sourceLang: sourceVariant.lang,
        targetLang: variant.lang,
        properties: { ...unitProperties, ...propertiesOf(variant.variant) },
      });
    }
  }
  return entries;
}

function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-');
}

function unitAttributes(unit: XmlElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of ['tuid', 'creationdate', 'changedate', 'creationid', 'changeid']) {
    const value = unit.attributes[name];
    if (value !== undefined) result[name] = value;
  }
  return result;
}

function propertiesOf(element: XmlElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const property of childElements(element, 'prop')) {
    const type = property.attributes.type;
    if (type) result[type] = textContent(property);
  }
  return result;
}

/** The text of a variant's `<seg>` with codes as their original text; undefined without a `<seg>`. */
function segmentText(variant: XmlElement): string | undefined {
  const segment = childElement(variant, 'seg');
  return segment ? inlineText(segment) : undefined;
}

function inlineText(element: XmlElement): string {
  let result = '';
  for (const child of element.children) {
    if (typeof child === 'string') result += child;
    else if (child.name === 'hi') result += inlineText(child);
    else if (child.name === 'bpt' || child.name === 'ept' || child.name === 'ph' || child.name === 'it' || child.name === 'ut') {
      result += textContent(child);
    }
  }
  return result;
}
