/**
 * Large articles made of real ones: the bodies of real localized articles repeated until a size
 * is reached, every unit renumbered under one prefix in document order so the result has the
 * shape of one real file (one prefix, increasing numbers, each translation id equal to its source
 * id) and no problem the originals did not have. Line endings are made `\n` throughout, so
 * articles written with CRLF and with LF can be mixed.
 */
import { parse } from '../server/src/core/parse';

/** The prefix of every unit of a synthetic article. */
export const SYNTHETIC_PREFIX = 'b3e7a';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** A unit id attribute, plain or escaped inside a YAML string; ids of other shapes stay as written. */
const ID_ATTRIBUTE = /data-(ttu|stu)-id=(\\?")[0-9a-f]{5}-(p?)(\d+)(\\?")/g;

/**
 * An article of at least `minimumBytes` (UTF-8): the front matter of the first source, then the
 * bodies of all sources, again and again.
 */
export function repeatArticles(sources: readonly string[], minimumBytes: number): string {
  if (sources.length === 0) throw new Error('no source articles');
  const normalized = sources.map((source) => source.replace(/\r\n?/g, '\n'));
  const frontMatter = FRONT_MATTER.exec(normalized[0])?.[0] ?? '';
  const bodies = normalized.map((source) => source.replace(FRONT_MATTER, '').replace(/^\n+/, '').replace(/\n*$/, '\n'));
  const numbering = new Renumbering();
  const parts = [numbering.renumber(frontMatter)];
  let bytes = Buffer.byteLength(parts[0]);
  for (let next = 0; bytes < minimumBytes; next++) {
    const body = numbering.renumber(bodies[next % bodies.length]) + '\n';
    parts.push(body);
    bytes += Buffer.byteLength(body);
  }
  return parts.join('');
}

/** New ids in order of first appearance; a source id takes the number its translation id got. */
export class Renumbering {
  private nextNumber = 100;
  private nextMerged = 100;

  /** One source's ids renumbered; ids are matched within that source only. */
  renumber(text: string): string {
    const assigned = new Map<string, string>();
    return text.replace(ID_ATTRIBUTE, (match: string, _half: string, openQuote: string, merged: string, _number: string, closeQuote: string) => {
      const original = match.slice(match.indexOf(openQuote) + openQuote.length, match.length - closeQuote.length);
      let renumbered = assigned.get(original);
      if (renumbered === undefined) {
        renumbered = merged ? `${SYNTHETIC_PREFIX}-p${this.nextMerged++}` : `${SYNTHETIC_PREFIX}-${this.nextNumber++}`;
        assigned.set(original, renumbered);
      }
      return match.replace(original, renumbered);
    });
  }
}

/**
 * The English original a localized article was made from: every unit replaced by its English
 * half, the localization keys left out of the front matter.
 */
export function englishOriginalOf(localized: string): string {
  const model = parse(localized);
  const parts: string[] = [];
  let position = 0;
  for (const unit of model.units) {
    parts.push(localized.slice(position, unit.range.start), (unit.source ?? unit.translation).raw);
    position = unit.range.end;
  }
  parts.push(localized.slice(position));
  return parts.join('').replace(/^ms\.(?:contentlocale|translationtype|lasthandoff|openlocfilehash|sourcegitcommit|locfileid):.*\n/gm, '');
}
