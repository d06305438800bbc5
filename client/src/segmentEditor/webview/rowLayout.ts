/**
 * Where each item of a virtualized list stands: heights estimated first and replaced by
 * measured ones as items are drawn, offsets as prefix sums, the items a viewport shows found by
 * binary search. Only what is on screen (and a margin) exists in the DOM.
 *
 * Pure: no DOM.
 */
export class RowLayout {
  private readonly heights: Float64Array;
  private readonly offsets: Float64Array;
  private stale = true;

  constructor(estimates: readonly number[]) {
    this.heights = Float64Array.from(estimates);
    this.offsets = new Float64Array(estimates.length + 1);
  }

  get count(): number {
    return this.heights.length;
  }

  /** Records a measured height; true when it differs from what was assumed. */
  setHeight(index: number, height: number): boolean {
    if (index < 0 || index >= this.heights.length || Math.abs(this.heights[index] - height) < 0.5) return false;
    this.heights[index] = height;
    this.stale = true;
    return true;
  }

  heightOf(index: number): number {
    return this.heights[index];
  }

  offsetOf(index: number): number {
    this.update();
    return this.offsets[Math.max(0, Math.min(index, this.heights.length))];
  }

  get totalHeight(): number {
    return this.offsetOf(this.heights.length);
  }

  /** The item at vertical position `y` (the last one below the end). */
  indexAt(y: number): number {
    this.update();
    let low = 0;
    let high = this.heights.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.offsets[middle] <= y) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }

  /** The items from `top - margin` to `top + height + margin`, inclusive; empty when there are none. */
  visible(top: number, height: number, margin: number): { first: number; last: number } {
    if (this.heights.length === 0) return { first: 0, last: -1 };
    return { first: this.indexAt(Math.max(0, top - margin)), last: this.indexAt(top + height + margin) };
  }

  private update(): void {
    if (!this.stale) return;
    let sum = 0;
    for (let i = 0; i < this.heights.length; i++) {
      this.offsets[i] = sum;
      sum += this.heights[i];
    }
    this.offsets[this.heights.length] = sum;
    this.stale = false;
  }
}
