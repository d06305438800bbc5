/**
 * XLIFF 1.2 (valid against the strict schema): one `<trans-unit>` per exchange unit, paired
 * codes as `<bpt>`/`<ept>` and standalone ones as `<ph>`, each holding its original text (so
 * the import rebuilds the Markdown from the file alone); the article's path, languages and
 * `ms.sourcegitcommit` on the `<file>`.
 */
import type { CodeType, Piece } from './inlineCodes';
import { numberCodes, type ExchangeFile, type ExchangeUnit, type UnitState } from './exchangeUnits';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xmlText';

export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const TOOL_ID = 'sxs-authoring';

/** The XLIFF 1.2 document of one article. */
export function writeXliff12(file: ExchangeFile): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF12_NAMESPACE}">`,
    `  <file original="${attr(file.path)}" source-language="${attr(file.sourceLanguage)}" target-language="${attr(file.targetLanguage)}" datatype="x-sxs-markdown" tool-id="${TOOL_ID}"${file.sourceGitCommit ? ` build-num="${attr(file.sourceGitCommit)}"` : ''}>`,
    '    <header>',
    `      <tool tool-id="${TOOL_ID}" tool-name="SxS Localized Authoring"/>`,
    ...(file.sourceGitCommit ? [`      <note from="ms.sourcegitcommit">${text(file.sourceGitCommit)}</note>`] : []),
    '    </header>',
    '    <body>',
    ...file.units.map(transUnit),
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ];
  return lines.join('\n');
}

const STATES: Record<UnitState, string> = {
  new: 'new',
  unchanged: 'needs-translation',
  stale: 'needs-review-translation',
  translated: 'translated',
};

function transUnit(unit: ExchangeUnit): string {
  const numbers = numberCodes(unit.source, unit.target);
  return (
    `      <trans-unit id="${attr(unit.key)}" resname="${attr(unit.unitId)}" xml:space="preserve">` +
    `<source>${content(unit.source, numbers.source)}</source>` +
    `<target state="${STATES[unit.state]}">${content(unit.target, numbers.target)}</target>` +
    `<note from="${TOOL_ID}">${text(unit.context)}</note>` +
    '</trans-unit>'
  );
}

function content(pieces: readonly Piece[], numbers: readonly number[]): string {
  let result = '';
  pieces.forEach((piece, index) => {
    const id = numbers[index];
    if (piece.kind === 'text') result += text(piece.text);
    else if (piece.kind === 'open') result += `<bpt id="${id}" ctype="${pairedType(piece.type)}">${text(piece.raw)}</bpt>`;
    else if (piece.kind === 'close') result += `<ept id="${id}">${text(piece.raw)}</ept>`;
    else result += `<ph id="${id}" ctype="${standaloneType(piece.type)}">${text(piece.raw)}</ph>`;
  });
  return result;
}

/** `ctype` of `<bpt>`: the spec's names where they exist, `x-` names otherwise. */
function pairedType(type: CodeType): string {
  return type === 'bold' || type === 'italic' || type === 'link' ? type : `x-${type === 'html' ? 'html' : `md-${type}`}`;
}

/** `ctype` of `<ph>`. */
function standaloneType(type: CodeType): string {
  if (type === 'line-break') return 'lb';
  if (type === 'image') return 'image';
  if (type === 'html' || type === 'entity' || type === 'comment') return type === 'html' ? 'x-html' : `x-html-${type}`;
  return `x-md-${type}`;
}
