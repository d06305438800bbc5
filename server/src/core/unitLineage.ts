/**
 * The unit lists of one document's versions, as a re-parse makes them from each other: the list
 * is renewed in place (a new array of a large article's units costs an allocation of fresh
 * pages), so a cache cannot compare the list it saw with the new one object by object. Each
 * re-parse records instead how many units it kept at the start and at the end, and the units
 * that left; from any recent version to the current one these compose. A full parse starts a
 * new lineage.
 */
import type { Unit } from './model';

/** What the versions since one version kept of its units. */
export interface KeptUnits {
  /** Units at the start of the list that are the same objects, at the same places. */
  readonly head: number;
  /** Units at the end of the list that are the same objects (moved by the edits). */
  readonly tail: number;
  /** Units that were in the list between the kept ends and have left it (and any that came and went meanwhile). */
  readonly left: readonly Unit[];
}

interface Step extends KeptUnits {
  /** The generation this step made. */
  readonly generation: number;
}

/** How many steps are remembered: a cache that last looked further back checks everything again. */
const REMEMBERED_STEPS = 256;

export class UnitLineage {
  private steps: Step[] = [];
  private current = 0;

  /** The generation of the newest list. */
  get generation(): number {
    return this.current;
  }

  /** Records a re-parse of the newest list, which kept `head` and `tail` units and dropped `left`; returns the new generation. */
  record(head: number, tail: number, left: readonly Unit[]): number {
    this.steps.push({ generation: ++this.current, head, tail, left });
    if (this.steps.length > REMEMBERED_STEPS) this.steps = this.steps.slice(this.steps.length - REMEMBERED_STEPS / 2);
    return this.current;
  }

  /**
   * What the versions after `generation` kept of its list of `length` units, up to the newest;
   * undefined when those steps are no longer remembered.
   */
  keptSince(generation: number, length: number): KeptUnits | undefined {
    if (generation > this.current) return undefined;
    if (generation === this.current) return { head: length, tail: 0, left: [] };
    const first = this.steps.length - (this.current - generation);
    if (first < 0) return undefined;
    let head = length;
    let tail = length;
    const left: Unit[] = [];
    for (let index = first; index < this.steps.length; index++) {
      const step = this.steps[index];
      head = Math.min(head, step.head);
      tail = Math.min(tail, step.tail);
      for (const unit of step.left) left.push(unit);
    }
    return { head, tail, left };
  }
}
