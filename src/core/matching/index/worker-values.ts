import { WORD_BITS, wordsFor } from "./slot-bitsets.js";

/**
 * A whole-number value for each worker slot (an allocation's dual value of the worker), as bitsets: a search for
 * the workers whose score exceeds their value plus a price (CandidateIndex.workersGaining) keeps, in a class of
 * workers scoring at most b, only those valued below b − price, 32 workers at a time. Given the values of an
 * earlier pricing too, it also knows whose value changed by how much (see roseLessThan).
 */
export class WorkerValues {
  readonly #values: BelowBitsets;
  readonly #changes: BelowBitsets | undefined;

  /**
   * `bySlot[slot]` is the slot's value: a whole number from 0 to maxScore, or +Infinity for a slot that may gain
   * nothing (a free slot, a worker outside the problem); `earlier`, the values of an earlier pricing, alike.
   */
  constructor(
    readonly bySlot: Float64Array,
    maxScore: number,
    earlier?: Float64Array,
  ) {
    this.#values = new BelowBitsets(bySlot, 0, maxScore + 1);
    if (earlier) {
      if (earlier.length !== bySlot.length) throw new RangeError("the earlier values must be as many as the values");
      // −Infinity for a slot new to the problem (below any bound), NaN for one outside it both times (below none).
      const changes = bySlot.map((value, slot) => value - (earlier[slot] as number));
      this.#changes = new BelowBitsets(changes, -maxScore, maxScore + 1);
    }
  }

  /** The slots whose value is below `bound`. */
  below(bound: number): Int32Array {
    return this.#values.below(bound);
  }

  /**
   * The slots whose value rose by less than `bound` since the earlier values (value − earlier < bound; a negative
   * bound: fell by more than −bound), or null when there are none.
   */
  roseLessThan(bound: number): Int32Array | null {
    if (!this.#changes) throw new RangeError("no earlier values to compare with");
    return this.#changes.isEmptyBelow(bound) ? null : this.#changes.below(bound);
  }
}

/**
 * For each whole t from `least` to `most`, the bitset of the slots whose number is below t: whole numbers, or
 * ±Infinity and NaN (below every bound, none and none).
 */
class BelowBitsets {
  readonly #least: number;
  /** #below[t − least]. */
  readonly #below: Int32Array[];
  /** Whether #below[t − least] holds no slot. */
  readonly #empty: boolean[];

  constructor(numbers: Float64Array, least: number, most: number) {
    const words = wordsFor(numbers.length);
    this.#least = least;
    this.#below = Array.from({ length: most - least + 1 }, () => new Int32Array(words));
    const counts = new Int32Array(this.#below.length);
    numbers.forEach((n, slot) => {
      if (Number.isNaN(n) || n === Number.POSITIVE_INFINITY) return;
      if (!Number.isInteger(n) && n !== Number.NEGATIVE_INFINITY) throw new RangeError(`worker values must be whole numbers, got ${n}`);
      // Set in the first bitset above the number; those above it get it from the running union below.
      const first = n === Number.NEGATIVE_INFINITY ? 0 : Math.max(0, n + 1 - least);
      if (first >= this.#below.length) return;
      const bits = this.#below[first] as Int32Array;
      const word = Math.floor(slot / WORD_BITS);
      bits[word] = (bits[word] as number) | (1 << (slot % WORD_BITS));
      counts[first] = (counts[first] as number) + 1;
    });
    for (let i = 1; i < this.#below.length; i++) {
      const bits = this.#below[i] as Int32Array;
      const lower = this.#below[i - 1] as Int32Array;
      for (let w = 0; w < words; w++) bits[w] = (bits[w] as number) | (lower[w] as number);
      counts[i] = (counts[i] as number) + (counts[i - 1] as number);
    }
    this.#empty = Array.from(counts, (count) => count === 0);
  }

  /** The slots whose number is below `bound` (clamped to the range: none below `least`, all up to `most` − 1 at most). */
  below(bound: number): Int32Array {
    return this.#below[this.#at(bound)] as Int32Array;
  }

  isEmptyBelow(bound: number): boolean {
    return this.#empty[this.#at(bound)] as boolean;
  }

  #at(bound: number): number {
    return Math.min(this.#below.length - 1, Math.max(0, Math.ceil(bound) - this.#least));
  }
}
