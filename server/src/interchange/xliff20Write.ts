/**
 * XLIFF 2.0 (valid against the core schema): one `<unit>` per exchange unit, the codes' original
 * text in `<originalData>`, well-nested pairs as `<pc>`, pairs that cross as `<sc>`/`<ec>`,
 * standalone codes as `<ph>`; the article's `ms.sourcegitcommit` in the metadata module.
 */
import { pairsNest, type CodeType, type Piece } from './inlineCodes';
import { numberCodes, type ExchangeFile, type ExchangeUnit, type UnitState } from './exchangeUnits';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xmlText';

export const XLIFF20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** The XLIFF 2.0 document of one article. */
export function writeXliff20(file: ExchangeFile): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="2.0" xmlns="${XLIFF20_NAMESPACE}" xmlns:mda="${METADATA_NAMESPACE}" srcLang="${attr(file.sourceLanguage)}" trgLang="${attr(file.targetLanguage)}">`,
    `  <file id="f1" original="${attr(file.path)}" xml:space="preserve">`,
    ...(file.sourceGitCommit
      ? [`    <mda:metadata><mda:metaGroup category="sxs-authoring"><mda:meta type="ms.sourcegitcommit">${text(file.sourceGitCommit)}</mda:meta></mda:metaGroup></mda:metadata>`]
      : []),
    ...file.units.map(unitElement),
    '  </file>',
    '</xliff>',
    '',
  ];
  return lines.join('\n');
}

const STATES: Record<UnitState, { state: string; subState?: string }> = {
  new: { state: 'initial' },
  unchanged: { state: 'initial', subState: 'sxs:unchanged' },
  stale: { state: 'translated', subState: 'sxs:stale' },
  translated: { state: 'translated' },
};

function unitElement(unit: ExchangeUnit): string {
  const numbers = numberCodes(unit.source, unit.target);
  const data = new OriginalData();
  const source = content(unit.source, numbers.source, data);
  const target = content(unit.target, numbers.target, data);
  const originalData = data.size ? `<originalData>${data.entries().map(([raw, id]) => `<data id="${id}">${text(raw)}</data>`).join('')}</originalData>` : '';
  const { state, subState } = STATES[unit.state];
  return (
    `    <unit id="${attr(unit.key)}" name="${attr(unit.unitId)}">` +
    `<notes><note category="context">${text(unit.context)}</note></notes>` +
    originalData +
    `<segment state="${state}"${subState ? ` subState="${subState}"` : ''}><source>${source}</source><target>${target}</target></segment>` +
    '</unit>'
  );
}

/** One `<data>` per distinct original text, shared by source and target (a target code may differ from its source's). */
class OriginalData {
  private readonly ids = new Map<string, string>();
  get size(): number {
    return this.ids.size;
  }
  idOf(raw: string): string {
    let id = this.ids.get(raw);
    if (id === undefined) this.ids.set(raw, (id = `d${this.ids.size + 1}`));
    return id;
  }
  entries(): [string, string][] {
    return [...this.ids];
  }
}

function content(pieces: readonly Piece[], numbers: readonly number[], data: OriginalData): string {
  const nested = pairsNest(pieces);
  let result = '';
  pieces.forEach((piece, index) => {
    const id = numbers[index];
    if (piece.kind === 'text') {
      result += text(piece.text);
      return;
    }
    const { type, subType } = typesOf(piece.type);
    const types = ` type="${type}"${subType ? ` subType="${subType}"` : ''}`;
    if (piece.kind === 'standalone') result += `<ph id="${id}" dataRef="${data.idOf(piece.raw)}"${types}/>`;
    else if (piece.kind === 'open') {
      const start = data.idOf(piece.raw);
      if (!nested) result += `<sc id="${id}" dataRef="${start}"${types}/>`;
      else {
        const close = pieces.find((other) => other.kind === 'close' && other.pair === piece.pair);
        result += `<pc id="${id}" dataRefStart="${start}" dataRefEnd="${data.idOf(close && close.kind === 'close' ? close.raw : '')}"${types}>`;
      }
    } else result += nested ? '</pc>' : `<ec startRef="${id}" dataRef="${data.idOf(piece.raw)}"${types}/>`;
  });
  return result;
}

/** `type` is one of the spec's six; `subType` is `xlf:` where the spec has one, `md:` otherwise. */
function typesOf(type: CodeType): { type: string; subType?: string } {
  switch (type) {
    case 'bold':
      return { type: 'fmt', subType: 'xlf:b' };
    case 'italic':
      return { type: 'fmt', subType: 'xlf:i' };
    case 'line-break':
      return { type: 'fmt', subType: 'xlf:lb' };
    case 'strikethrough':
    case 'html':
      return { type: 'fmt', subType: `md:${type}` };
    case 'link':
      return { type: 'link' };
    case 'xref':
    case 'url':
      return { type: 'link', subType: `md:${type}` };
    case 'image':
      return { type: 'image' };
    default:
      return { type: 'other', subType: `md:${type}` };
  }
}
