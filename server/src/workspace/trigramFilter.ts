/**
 * A Bloom filter of the lower-cased character trigrams of a file's unit texts: a few kilobytes
 * that say "this file cannot contain that word", so a text search reads only the files that
 * might. One hash per trigram; the filter is first built in a large scratch table, then folded
 * (OR of equal halves, exact for power-of-two sizes) to about four bits per distinct trigram,
 * which lets a 6-trigram word through a file that lacks it about once in ten thousand.
 */

const SCRATCH_BITS = 1 << 19;
const SMALLEST_BITS = 1 << 8;
const BITS_PER_TRIGRAM = 4;

/** A folded filter: `bits.length * 32` is a power of two. */
export type TrigramFilter = Uint32Array;

let lowerCaseTable: Uint16Array | undefined;

/**
 * The lower case of one UTF-16 code unit (itself when it has none or lower-cases to several).
 * A table, because `String#toLowerCase` on a whole non-Latin file is the slowest step of
 * indexing; text and queries go through the same table, so they always agree.
 */
export function lowerCaseCodeUnit(code: number): number {
  lowerCaseTable ??= buildLowerCaseTable();
  return lowerCaseTable[code];
}

/** `text` lower-cased code unit by code unit, as the filter sees it. */
export function lowerCaseForFilter(text: string): string {
  let lower = '';
  for (let index = 0; index < text.length; index++) lower += String.fromCharCode(lowerCaseCodeUnit(text.charCodeAt(index)));
  return lower;
}

function buildLowerCaseTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const lower = code >= 0xd800 && code < 0xe000 ? '' : String.fromCharCode(code).toLowerCase();
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
}

/** Collects trigrams of several texts into one filter. Reuses one scratch table across files. */
export class TrigramFilterBuilder {
  private readonly scratch = new Uint32Array(SCRATCH_BITS >>> 5);
  /** Bits set in the scratch table since the last `finish`, so folding and clearing cost only those. */
  private readonly touched = new Int32Array(SCRATCH_BITS);
  private setBits = 0;

  /** Adds the trigrams of `text.slice(start, end)`, lower-cased. */
  add(text: string, start = 0, end = text.length): void {
    lowerCaseTable ??= buildLowerCaseTable();
    const table = lowerCaseTable;
    const scratch = this.scratch;
    if (end - start < 3) return;
    let first = table[text.charCodeAt(start)];
    let second = table[text.charCodeAt(start + 1)];
    for (let index = start + 2; index < end; index++) {
      const third = table[text.charCodeAt(index)];
      const bit = trigramHash(first, second, third) & (SCRATCH_BITS - 1);
      first = second;
      second = third;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((scratch[word] & mask) === 0) {
        scratch[word] |= mask;
        this.touched[this.setBits++] = bit;
      }
    }
  }

  /** The folded filter of everything added since the last call; the builder is empty again. */
  finish(): TrigramFilter {
    let bits = SMALLEST_BITS;
    while (bits < this.setBits * BITS_PER_TRIGRAM && bits < SCRATCH_BITS) bits <<= 1;
    const folded = new Uint32Array(bits >>> 5);
    for (let index = 0; index < this.setBits; index++) {
      const bit = this.touched[index];
      this.scratch[bit >>> 5] = 0;
      const foldedBit = bit & (bits - 1);
      folded[foldedBit >>> 5] |= 1 << (foldedBit & 31);
    }
    this.setBits = 0;
    return folded;
  }
}

/** Whether every trigram of `word` (lower-cased with `lowerCaseForFilter`) may be in the filter. */
export function filterMayContain(filter: TrigramFilter, word: string): boolean {
  const mask = filter.length * 32 - 1;
  for (let index = 2; index < word.length; index++) {
    const bit = trigramHash(word.charCodeAt(index - 2), word.charCodeAt(index - 1), word.charCodeAt(index)) & mask;
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

function trigramHash(first: number, second: number, third: number): number {
  let hash = Math.imul(first, 0x9e3779b1);
  hash = Math.imul(hash ^ second, 0x85ebca77);
  hash = Math.imul(hash ^ third, 0xc2b2ae3d);
  return (hash ^ (hash >>> 15)) >>> 0;
}
