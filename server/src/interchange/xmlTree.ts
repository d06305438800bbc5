/**
 * XML text → a small element tree, through the `saxes` parser, for files that come from
 * outside (XLIFF back from a CAT tool, TMX memories of other tools).
 *
 * Nothing is ever fetched or expanded: a document type declaration is accepted only without an
 * internal subset (so no entity can be declared, and no "billion laughs"), external DTDs are
 * never read, and an undefined entity is an error. Size and depth are capped before and while
 * parsing, so a huge or hostile file gives a message, not a hung or exhausted process.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element: its local name, namespace, attributes (by local name) and children in order. */
export interface XmlElement {
  readonly name: string;
  readonly namespace: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** 1-based line of the start tag, for messages. */
  readonly line: number;
}

export type XmlNode = XmlElement | string;

/** A problem with the XML itself; `message` is written for the person who chose the file. */
export class XmlError extends Error {}

export interface XmlLimits {
  /** Characters of input accepted (default 64 Mi). */
  readonly maxLength?: number;
  /** Element nesting accepted (default 64). */
  readonly maxDepth?: number;
}

const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;

/** Parses `text` into its root element; throws `XmlError` with a readable message. */
export function parseXml(text: string, limits: XmlLimits = {}): XmlElement {
  const maxLength = limits.maxLength ?? DEFAULT_MAX_LENGTH;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (text.length > maxLength) {
    throw new XmlError(`the file is too large (${megabytes(text.length)} MB; at most ${megabytes(maxLength)} MB)`);
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  interface Open { name: string; namespace: string; attributes: Record<string, string>; children: XmlNode[]; line: number }
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  const fail = (message: string): void => {
    failure ??= message;
  };
  parser.on('error', (error) => fail(`not well-formed XML: ${error.message}`));
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) fail('the file declares entities in a document type (DTD internal subset); such files are not read');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) fail(`elements are nested deeper than ${maxDepth} levels`);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      // xml:lang and xml:space keep their prefix; other attributes go by local name.
      const key = attribute.prefix === 'xml' ? `xml:${attribute.local}` : attribute.local;
      attributes[key] = attribute.value;
    }
    stack.push({ name: tag.local, namespace: tag.uri, attributes, children: [], line: parser.line });
  });
  parser.on('text', (value) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(value);
  });
  parser.on('cdata', (value) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(value);
  });
  parser.on('closetag', () => {
    const open = stack.pop();
    if (!open) return;
    const element: XmlElement = open;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
  });
  // Written in slices so a failure (too deep, a DTD) stops the work early.
  const SLICE = 1 << 20;
  for (let offset = 0; offset < text.length && failure === undefined; offset += SLICE) {
    parser.write(text.slice(offset, offset + SLICE));
  }
  if (failure === undefined) parser.close();
  if (failure !== undefined) throw new XmlError(failure);
  if (!root) throw new XmlError('not well-formed XML: no root element');
  return root;
}

/** The child elements of `element` named `name` (any namespace). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** The first child element named `name`, if any. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** All text below `element`, in order. */
export function textContent(element: XmlElement): string {
  let result = '';
  for (const child of element.children) result += typeof child === 'string' ? child : textContent(child);
  return result;
}

function megabytes(length: number): string {
  return (length / (1024 * 1024)).toFixed(1);
}
