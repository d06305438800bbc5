/**
 * TMX 1.4b (valid against the DTD): one `<tu>` per English → translation pair, inline codes as
 * `<bpt>`/`<ept>`/`<ph>` holding their original text and numbered as the XLIFF export numbers
 * them, so OmegaT matches entries with codes at 100 %. No `type` on codes: OmegaT would rename
 * its tags and lose the match.
 */
import { piecesOfText, type Piece } from './inlineCodes';
import { numberCodes, SOURCE_LANGUAGE } from './exchangeUnits';
import { escapeXmlAttribute as attr, escapeXmlText as text, firstNonXmlCharacter } from './xmlText';

export interface MemoryPair {
  /** The English half as written (Markdown). */
  readonly source: string;
  /** The translation half as written. */
  readonly target: string;
  readonly targetLang: string;
  /** The article the pair comes from, as the user sees its path. */
  readonly file?: string;
  readonly unitId?: string;
  /** When the pair was last changed (the article's modification time). */
  readonly date?: Date;
}

/** The TMX document of `pairs`; pairs with characters XML cannot hold are left out (counted in `skipped`). */
export function writeTmx(pairs: Iterable<MemoryPair>, now: Date = new Date()): { tmx: string; written: number; skipped: number } {
  const units: string[] = [];
  let skipped = 0;
  for (const pair of pairs) {
    if (firstNonXmlCharacter(pair.source) !== undefined || firstNonXmlCharacter(pair.target) !== undefined) {
      skipped++;
      continue;
    }
    const source = piecesOfText(pair.source);
    const target = piecesOfText(pair.target);
    const numbers = numberCodes(source, target);
    const date = pair.date ? ` changedate="${tmxDate(pair.date)}"` : '';
    const properties = [
      ...(pair.file ? [`<prop type="x-file">${text(pair.file)}</prop>`] : []),
      ...(pair.unitId ? [`<prop type="x-unit-id">${text(pair.unitId)}</prop>`] : []),
      ...(pair.date ? [`<prop type="x-date">${pair.date.toISOString()}</prop>`] : []),
    ].join('');
    units.push(
      `    <tu${date}>${properties}` +
        `<tuv xml:lang="${attr(SOURCE_LANGUAGE)}"><seg>${content(source, numbers.source)}</seg></tuv>` +
        `<tuv xml:lang="${attr(pair.targetLang)}"><seg>${content(target, numbers.target)}</seg></tuv></tu>`,
    );
  }
  const tmx = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="sxs-authoring" creationtoolversion="1" segtype="sentence" o-tmf="sxs-markdown" adminlang="en-us" srclang="${SOURCE_LANGUAGE}" datatype="plaintext" creationdate="${tmxDate(now)}"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
  return { tmx, written: units.length, skipped };
}

function content(pieces: readonly Piece[], numbers: readonly number[]): string {
  let result = '';
  pieces.forEach((piece, index) => {
    const number = numbers[index];
    if (piece.kind === 'text') result += text(piece.text);
    else if (piece.kind === 'open') result += `<bpt i="${number}" x="${number}">${text(piece.raw)}</bpt>`;
    else if (piece.kind === 'close') result += `<ept i="${number}">${text(piece.raw)}</ept>`;
    else result += `<ph x="${number}">${text(piece.raw)}</ph>`;
  });
  return result;
}

/** TMX's date form, `YYYYMMDDThhmmssZ` in UTC. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
