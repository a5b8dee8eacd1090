/**
 * Which boxes each column (or row) of a grid of places overlaps along one axis, as bits: a box
 * overlaps a place where it overlaps the place's column across and its row down, so how many
 * boxes a place covers is the count of bits its column's mask and its row's mask share
 * (sharedCount). It spares the search of a keyboard's tooltip (placeTooltip) comparing each of
 * its thousands of places with every mark: a column's mask is worked out the first time a place
 * in it is looked at, once.
 *
 * `starts`: where each column (row) begins, `length` its width (height); `from`/`to`: each box's
 * start and end on that axis. The comparisons are overlaps()'s own, on the same sums, so a
 * place counts exactly what comparing its box would.
 */
export class SpanMasks {
  readonly words: number;
  private readonly _masks: Uint32Array;
  private readonly done: Uint8Array;

  constructor(
    private readonly starts: readonly number[],
    private readonly length: number,
    private readonly from: readonly number[],
    private readonly to: readonly number[],
  ) {
    this.words = Math.max(1, Math.ceil(from.length / 32));
    this._masks = new Uint32Array(starts.length * this.words);
    this.done = new Uint8Array(starts.length);
  }

  /** How many boxes both column (or row) i of these and row (or column) j of `other` overlap. */
  shared(i: number, other: SpanMasks, j: number): number {
    const a = this.at(i);
    const b = other.at(j);
    let n = 0;
    for (let w = 0; w < this.words; w++) {
      // Bits set in both, counted in parallel (a popcount).
      let v = this._masks[a + w] & other._masks[b + w];
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
    }
    return n;
  }

  /** Where mask i starts, worked out if it is not yet. */
  private at(i: number): number {
    const at = i * this.words;
    if (!this.done[i]) {
      this.done[i] = 1;
      const start = this.starts[i];
      const end = start + this.length;
      for (let k = 0; k < this.from.length; k++) if (start < this.to[k] && this.from[k] < end) this._masks[at + (k >>> 5)] |= 1 << (k & 31);
    }
    return at;
  }
}
