/**
 * Reads XLIFF 1.2 and 2.0 (ours, and what CAT tools give back) into exchange units of text and
 * inline codes. A code's original text comes from the file itself: the content of `<bpt>`,
 * `<ept>`, `<ph>`, `<it>` (1.2), `<originalData>` (2.0); codes that carry none (`<g>`, `<x/>`,
 * `<bx/>`, `<ex/>`) take it from the code with the same id in the unit's source. What cannot be
 * rebuilt is recorded per unit for the import to report.
 */
import type { Piece } from './inlineCodes';
import { InterchangeError } from './interchangeError';
import { XLIFF12_NAMESPACE } from './xliff12Write';
import { XLIFF20_NAMESPACE } from './xliff20Write';
import { childElement, childElements, parseXml, textContent, XmlError, type XmlElement, type XmlLimits } from './xmlTree';

export interface ReadUnit {
  /** The unit's `id` (our key: unit id, `id.2` for repeats). */
  readonly key: string;
  /** `resname` (1.2) or `name` (2.0): the unit id as written in the article. */
  readonly unitId: string;
  readonly source: readonly Piece[];
  /** Undefined when the unit has no target. */
  readonly target: readonly Piece[] | undefined;
  /** Codes of the target that cannot be rebuilt (no original text, unknown reference). */
  readonly problems: readonly string[];
}

export interface ReadFile {
  readonly version: '1.2' | '2.0';
  readonly path: string | undefined;
  readonly sourceLanguage: string | undefined;
  readonly targetLanguage: string | undefined;
  readonly sourceGitCommit: string | undefined;
  readonly units: readonly ReadUnit[];
}

/** The `<file>`s of an XLIFF document; throws `InterchangeError` for what is not readable XLIFF. */
export function readXliff(text: string, limits?: XmlLimits): ReadFile[] {
  let root: XmlElement;
  try {
    root = parseXml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, limits);
  } catch (error) {
    throw new InterchangeError(`not a readable XLIFF file: ${error instanceof XmlError ? error.message : String(error)}`);
  }
  if (root.name !== 'xliff') throw new InterchangeError(`not an XLIFF file: the root element is <${root.name}>, not <xliff>`);
  const version = root.attributes.version;
  if (root.namespace === XLIFF12_NAMESPACE || (version === '1.2' && root.namespace === '')) return childElements(root, 'file').map(readFile12);
  if (root.namespace === XLIFF20_NAMESPACE || version?.startsWith('2.')) return childElements(root, 'file').map((file) => readFile20(root, file));
  throw new InterchangeError(`unsupported XLIFF version ${version ?? '(none)'}: XLIFF 1.2 and 2.0 are read`);
}

// ---- XLIFF 1.2 --------------------------------------------------------------------------------

function readFile12(file: XmlElement): ReadFile {
  const header = childElement(file, 'header');
  const note = header && childElements(header, 'note').find((element) => element.attributes.from === 'ms.sourcegitcommit');
  const units: ReadUnit[] = [];
  for (const unit of descendants(file, 'trans-unit')) {
    const pairs = new PairNumbers();
    const problems: string[] = [];
    const sourceElement = childElement(unit, 'source');
    const sourceCodes = new Map<string, Piece[]>();
    const source = sourceElement ? content12(sourceElement, pairs, problems, undefined, sourceCodes) : [];
    const targetElement = childElement(unit, 'target');
    const target = targetElement ? content12(targetElement, pairs, problems, sourceCodes) : undefined;
    const key = unit.attributes.id ?? '';
    units.push({ key, unitId: unit.attributes.resname ?? key, source, target, problems });
  }
  return {
    version: '1.2',
    path: file.attributes.original,
    sourceLanguage: file.attributes['source-language'],
    targetLanguage: file.attributes['target-language'],
    sourceGitCommit: note ? textContent(note) : file.attributes['build-num'],
    units,
  };
}

/**
 * Text and codes of a 1.2 `<source>`/`<target>`. `record` collects the source's codes by id;
 * `known` resolves codes without original text from them.
 */
function content12(element: XmlElement, pairs: PairNumbers, problems: string[], known?: Map<string, Piece[]>, record?: Map<string, Piece[]>): Piece[] {
  const pieces: Piece[] = [];
  const remember = (id: string, piece: Piece): void => {
    if (!record) return;
    const list = record.get(id) ?? [];
    list.push(piece);
    record.set(id, list);
  };
  const fromSource = (id: string, kind: Piece['kind'], element: string): Piece | undefined => {
    const piece = known?.get(id)?.find((candidate) => candidate.kind === kind);
    if (!piece) problems.push(`code <${element} id="${id}"> carries no original text and the source has no such code`);
    return piece;
  };
  const walk = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        pieces.push({ kind: 'text', text: child });
        continue;
      }
      const id = child.attributes.rid ?? child.attributes.id ?? '';
      switch (child.name) {
        case 'bpt':
        case 'ept': {
          const kind = child.name === 'bpt' ? 'open' : 'close';
          const raw = textContent(child);
          const resolved = raw === '' && known ? fromSource(id, kind, child.name) : undefined;
          const piece: Piece = { kind, pair: pairs.of(id), raw: resolved && resolved.kind !== 'text' ? resolved.raw : raw, type: resolved && resolved.kind !== 'text' ? resolved.type : 'html' };
          pieces.push(piece);
          remember(id, piece);
          break;
        }
        case 'ph':
        case 'it': {
          const raw = textContent(child);
          const resolved = raw === '' && known ? fromSource(child.attributes.id ?? '', 'standalone', child.name) : undefined;
          const piece: Piece = { kind: 'standalone', raw: resolved && resolved.kind !== 'text' ? resolved.raw : raw, type: 'html' };
          pieces.push(piece);
          remember(child.attributes.id ?? '', piece);
          break;
        }
        case 'x': {
          const piece = fromSource(child.attributes.id ?? '', 'standalone', 'x');
          if (piece) pieces.push(piece);
          break;
        }
        case 'bx':
        case 'ex': {
          const piece = fromSource(id, child.name === 'bx' ? 'open' : 'close', child.name);
          if (piece && piece.kind !== 'text') pieces.push({ ...piece, pair: pairs.of(id) } as Piece);
          break;
        }
        case 'g': {
          const open = fromSource(id, 'open', 'g');
          const close = known?.get(id)?.find((candidate) => candidate.kind === 'close');
          if (open && open.kind === 'open') pieces.push({ ...open, pair: pairs.of(id) });
          walk(child);
          if (open && close && close.kind === 'close') pieces.push({ ...close, pair: pairs.of(id) });
          break;
        }
        case 'mrk':
          walk(child);
          break;
        default:
          problems.push(`unexpected element <${child.name}> in <${element.name}>`);
      }
    }
  };
  walk(element);
  return mergeText(pieces);
}

// ---- XLIFF 2.0 --------------------------------------------------------------------------------

function readFile20(root: XmlElement, file: XmlElement): ReadFile {
  const metadata = childElements(file, 'metadata').flatMap((element) => descendants(element, 'meta'));
  const commit = metadata.find((meta) => meta.attributes.type === 'ms.sourcegitcommit');
  const units: ReadUnit[] = [];
  for (const unit of descendants(file, 'unit')) {
    const data = new Map<string, string>();
    const originalData = childElement(unit, 'originalData');
    if (originalData) for (const item of childElements(originalData, 'data')) data.set(item.attributes.id ?? '', dataText(item));
    const pairs = new PairNumbers();
    const problems: string[] = [];
    const sources: Piece[] = [];
    const targets: Piece[] = [];
    let missingTarget = false;
    for (const part of childElements(unit).filter((element) => element.name === 'segment' || element.name === 'ignorable')) {
      const source = childElement(part, 'source');
      const target = childElement(part, 'target');
      if (source) sources.push(...content20(source, data, pairs, problems));
      if (target) targets.push(...content20(target, data, pairs, problems));
      else if (part.name === 'segment') missingTarget = true;
      else if (source) targets.push(...content20(source, data, pairs, problems));
    }
    const key = unit.attributes.id ?? '';
    units.push({ key, unitId: unit.attributes.name ?? key, source: mergeText(sources), target: missingTarget ? undefined : mergeText(targets), problems });
  }
  return {
    version: '2.0',
    path: file.attributes.original,
    sourceLanguage: root.attributes.srcLang,
    targetLanguage: root.attributes.trgLang,
    sourceGitCommit: commit ? textContent(commit) : undefined,
    units,
  };
}

function content20(element: XmlElement, data: ReadonlyMap<string, string>, pairs: PairNumbers, problems: string[]): Piece[] {
  const pieces: Piece[] = [];
  const original = (reference: string | undefined, element: string): string | undefined => {
    const raw = reference === undefined ? undefined : data.get(reference);
    if (raw === undefined) problems.push(`code <${element}> refers to original data "${reference ?? ''}" that the unit does not have`);
    return raw;
  };
  const walk = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        pieces.push({ kind: 'text', text: child });
        continue;
      }
      switch (child.name) {
        case 'ph': {
          const raw = original(child.attributes.dataRef, 'ph');
          if (raw !== undefined) pieces.push({ kind: 'standalone', raw, type: 'html' });
          break;
        }
        case 'pc': {
          const pair = pairs.of(child.attributes.id ?? '');
          const open = original(child.attributes.dataRefStart, 'pc');
          if (open !== undefined) pieces.push({ kind: 'open', pair, raw: open, type: 'html' });
          walk(child);
          const close = original(child.attributes.dataRefEnd, 'pc');
          if (close !== undefined) pieces.push({ kind: 'close', pair, raw: close, type: 'html' });
          break;
        }
        case 'sc': {
          const raw = original(child.attributes.dataRef, 'sc');
          if (raw !== undefined) pieces.push({ kind: 'open', pair: pairs.of(child.attributes.id ?? ''), raw, type: 'html' });
          break;
        }
        case 'ec': {
          const raw = original(child.attributes.dataRef, 'ec');
          if (raw !== undefined) pieces.push({ kind: 'close', pair: pairs.of(child.attributes.startRef ?? child.attributes.id ?? ''), raw, type: 'html' });
          break;
        }
        case 'cp': {
          const code = Number.parseInt(child.attributes.hex ?? '', 16);
          if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) pieces.push({ kind: 'text', text: String.fromCodePoint(code) });
          else problems.push(`<cp hex="${child.attributes.hex ?? ''}"> is not a character`);
          break;
        }
        case 'mrk':
          walk(child);
          break;
        case 'sm':
        case 'em':
          break;
        default:
          problems.push(`unexpected element <${child.name}> in <${element.name}>`);
      }
    }
  };
  walk(element);
  return pieces;
}

/** `<data>` content: text and `<cp>` characters. */
function dataText(element: XmlElement): string {
  let result = '';
  for (const child of element.children) {
    if (typeof child === 'string') result += child;
    else if (child.name === 'cp') result += String.fromCodePoint(Number.parseInt(child.attributes.hex ?? '0', 16) || 0);
  }
  return result;
}

// ---- shared -----------------------------------------------------------------------------------

/** Pair numbers by code id, shared by a unit's source and target so the same id is the same pair. */
class PairNumbers {
  private readonly numbers = new Map<string, number>();
  of(id: string): number {
    let number = this.numbers.get(id);
    if (number === undefined) this.numbers.set(id, (number = this.numbers.size + 1));
    return number;
  }
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      else walk(child);
    }
  };
  walk(element);
  return found;
}

/** Adjacent text pieces as one (XML parsers may split text at references). */
function mergeText(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (piece.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + piece.text };
    else merged.push(piece);
  }
  return merged;
}
