/**
 * Which unit of one version of an article matches a unit of another. The same article in two
 * locales keeps the same unit numbers under different id prefixes (`f9f29-103` in fr-fr is
 * `830ff-103` in nb-no); identical English confirms the match, and the English alone finds it
 * when the numbers moved (the two files translated from different English commits).
 */

/** A unit reduced to what alignment compares. */
export interface AlignableUnit {
  /** The decimal number of the id (`103` of `f9f29-103` and of `f9f29-p103`); NaN when absent. */
  readonly number: number;
  /** Whether the id is a merged-paragraph id (`xxxxx-pNNN`). */
  readonly merged: boolean;
  /** The English of the unit. */
  readonly english: string;
}

/** Number and merged flag of an id such as `f9f29-103` or `f9f29-p103`. */
export function parseUnitNumber(id: string): { number: number; merged: boolean } {
  const match = /-(p?)(\d+)$/i.exec(id);
  return match ? { number: Number(match[2]), merged: match[1] !== '' } : { number: Number.NaN, merged: false };
}

/** English compared the way a reader would: spacing and entity spelling of spaces ignored. */
export function normalizeEnglish(text: string): string {
  return text.replace(/&nbsp;|&#160;/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Index in `targets` of the unit matching `unit`: same number with the same English; else the
 * same English nearest to where the unit would be; else the same number; else undefined.
 * `hint` is the unit's own index, used to pick the nearest of several identical sentences.
 */
export function correspondingUnitIndex(unit: AlignableUnit, targets: readonly AlignableUnit[], hint: number): number | undefined {
  const english = normalizeEnglish(unit.english);
  const sameNumber = Number.isNaN(unit.number) ? [] : indicesWhere(targets, (target) => target.number === unit.number && target.merged === unit.merged);
  const confirmed = sameNumber.find((index) => normalizeEnglish(targets[index].english) === english);
  if (confirmed !== undefined) return confirmed;
  if (english !== '') {
    const sameEnglish = indicesWhere(targets, (target) => normalizeEnglish(target.english) === english);
    if (sameEnglish.length > 0) return nearestTo(sameEnglish, hint);
  }
  return sameNumber[0];
}

function indicesWhere<T>(items: readonly T[], accept: (item: T) => boolean): number[] {
  const indices: number[] = [];
  items.forEach((item, index) => {
    if (accept(item)) indices.push(index);
  });
  return indices;
}

function nearestTo(indices: readonly number[], hint: number): number {
  return indices.reduce((best, index) => (Math.abs(index - hint) < Math.abs(best - hint) ? index : best));
}
