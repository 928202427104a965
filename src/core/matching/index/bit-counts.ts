/**
 * Per slot, how many of several bitsets hold it, counted 32 slots at a time ("bit-sliced"): bit b of plane p of
 * word w is bit p of the count of slot 32w + b. Counting r bitsets costs r × planes operations per word.
 */
export class BitCounts {
  #planes = new Int32Array(0);
  #planeCount = 0;
  #words = 0;

  /**
   * Counts, for each slot of `within`, the `sets` holding it (slots outside `within` count 0); `live`, when given,
   * lists the only words of `within` holding any slot.
   */
  count(sets: readonly Int32Array[], within: Int32Array, words: number, live?: ArrayLike<number>): void {
    const planeCount = Math.max(1, Math.ceil(Math.log2(sets.length + 1)));
    if (this.#planes.length < planeCount * words) this.#planes = new Int32Array(planeCount * words);
    const planes = this.#planes;
    planes.fill(0, 0, planeCount * words);
    this.#planeCount = planeCount;
    this.#words = words;
    const count = live ? live.length : words;
    for (const set of sets) {
      for (let i = 0; i < count; i++) {
        const w = live ? (live[i] as number) : i;
        let carry = (set[w] as number) & (within[w] as number);
        for (let p = 0; carry !== 0 && p < planeCount; p++) {
          const at = p * words + w;
          const plane = planes[at] as number;
          planes[at] = plane ^ carry;
          carry &= plane;
        }
      }
    }
  }

  /** The word of slots whose count is exactly `count`. */
  equalTo(count: number, word: number): number {
    let match = -1;
    for (let p = 0; p < this.#planeCount; p++) {
      const plane = this.#planes[p * this.#words + word] as number;
      match &= (count >> p) & 1 ? plane : ~plane;
    }
    return count >> this.#planeCount === 0 ? match : 0;
  }

  /** The count of the slot at `bit` of `word`. */
  at(word: number, bit: number): number {
    let count = 0;
    for (let p = 0; p < this.#planeCount; p++) count |= (((this.#planes[p * this.#words + word] as number) >>> bit) & 1) << p;
    return count;
  }
}
