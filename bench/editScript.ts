/**
 * One-character edits spread over an article, as a reviewer types: a letter inserted in a unit's
 * translation, then removed again on the next edit, so the text keeps its size from run to run.
 * Units are picked by a seeded generator, so every run of the benchmark makes the same edits.
 * Each new text is made as the Node server makes it (`nodeTextBuilder.ts`), so the rows that
 * time an edit in-process pay what the server pays for a version, not V8's flattening of a
 * concatenation (which the web worker's server pays, and the bench times on its own).
 */
import type { TextChange } from '../server/src/core/reparse';
import type { SxsDocument } from '../server/src/core/model';
import { nodeTextBuilders } from '../server/src/nodeTextBuilder';
import type { TextBuilder, TextBuilders } from '../server/src/textSplice';

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** An edit and the text after it. */
export interface AppliedEdit {
  readonly change: TextChange;
  readonly text: string;
}

/** Alternately inserts a letter into a random unit's translation and deletes it again. */
export class TypingEdits {
  private pending: number | undefined;
  private readonly random: () => number;
  private builder: TextBuilder | undefined;
  /** The builder's last result: a builder makes each text from its previous one. */
  private built: string | undefined;

  constructor(seed = 7, private readonly builders: TextBuilders = nodeTextBuilders) {
    this.random = seededRandom(seed);
  }

  /** The next edit of `document` (insert somewhere, or delete what the previous edit inserted). */
  next(document: SxsDocument): AppliedEdit {
    const text = document.text;
    if (this.pending !== undefined) {
      const at = this.pending;
      this.pending = undefined;
      return { change: { range: { start: at, end: at + 1 }, text: '' }, text: this.splice(text, at, at + 1, '') };
    }
    const unit = document.units[Math.floor(this.random() * document.units.length)];
    const { start, end } = unit.translation.range;
    const at = start + Math.floor(this.random() * (end - start + 1));
    this.pending = at;
    return { change: { range: { start: at, end: at }, text: 'e' }, text: this.splice(text, at, at, 'e') };
  }

  private splice(text: string, start: number, end: number, inserted: string): string {
    // Another document than the last edit's (one script may edit several in turn): a builder of its own.
    if (this.builder === undefined || text !== this.built) this.builder = this.builders();
    return (this.built = this.builder.splice(text, start, end, inserted));
  }
}
