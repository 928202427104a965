/** How many slots one word of a bitset holds. */
export const WORD_BITS = 32;

/** The number of words holding `extent` slots. */
export function wordsFor(extent: number): number {
  return Math.ceil(extent / WORD_BITS);
}

/**
 * Bitsets of slots by key (an occupation, a skill, a certificate kind, a centre…): bit `slot % 32` of word
 * `slot / 32` is set when the slot's worker has the key. A search combines them a word at a time, 32 workers per
 * operation, instead of reading the workers one by one.
 */
export class SlotBitsets {
  readonly #byKey = new Map<number, Int32Array>();
  #zeros = new Int32Array(0);

  add(key: number, slot: number): void {
    const word = Math.floor(slot / WORD_BITS);
    let bits = this.#byKey.get(key);
    if (!bits || bits.length <= word) {
      const longer = new Int32Array(Math.max(word + 1, (bits?.length ?? 0) * 2, 64));
      if (bits) longer.set(bits);
      bits = longer;
      this.#byKey.set(key, bits);
    }
    bits[word] = (bits[word] as number) | (1 << (slot % WORD_BITS));
  }

  remove(key: number, slot: number): void {
    const bits = this.#byKey.get(key);
    const word = Math.floor(slot / WORD_BITS);
    if (bits && word < bits.length) bits[word] = (bits[word] as number) & ~(1 << (slot % WORD_BITS));
  }

  /** The bitset of `key`, at least `words` long (all zeros for a key no slot has): read it, do not write it. */
  of(key: number | null, words: number): Int32Array {
    const bits = key === null ? undefined : this.#byKey.get(key);
    if (!bits) {
      if (this.#zeros.length < words) this.#zeros = new Int32Array(words);
      return this.#zeros;
    }
    if (bits.length >= words) return bits;
    const longer = new Int32Array(words);
    longer.set(bits);
    this.#byKey.set(key as number, longer);
    return longer;
  }
}
