import { grown } from "./slot-table.js";

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
    const bits = grown(this.#byKey.get(key) ?? new Int32Array(0), wordsFor(slot + 1));
    this.#byKey.set(key, bits);
    setBit(bits, slot);
  }

  remove(key: number, slot: number): void {
    const bits = this.#byKey.get(key);
    if (bits) clearBit(bits, slot);
  }

  /** The bitset of `key`, at least `words` long (all zeros for a key no slot has): read it, do not write it. */
  of(key: number | null, words: number): Int32Array {
    const bits = key === null ? undefined : this.#byKey.get(key);
    if (!bits) {
      if (this.#zeros.length < words) this.#zeros = new Int32Array(words);
      return this.#zeros;
    }
    const longer = grown(bits, words);
    this.#byKey.set(key as number, longer);
    return longer;
  }
}

export function setBit(bits: Int32Array, slot: number): void {
  const word = Math.floor(slot / WORD_BITS);
  bits[word] = (bits[word] as number) | (1 << (slot % WORD_BITS));
}

/** Clears the slot's bit (a slot past the end of `bits` has none). */
export function clearBit(bits: Int32Array, slot: number): void {
  const word = Math.floor(slot / WORD_BITS);
  if (word < bits.length) bits[word] = (bits[word] as number) & ~(1 << (slot % WORD_BITS));
}

/** Keeps in `target` only the slots `bits` holds, over its first `words` words, or over the `live` words only. */
export function andWords(target: Int32Array, bits: Int32Array, words: number, live?: ArrayLike<number>): void {
  if (!live) {
    for (let w = 0; w < words; w++) target[w] = (target[w] as number) & (bits[w] as number);
    return;
  }
  for (let i = 0; i < live.length; i++) {
    const w = live[i] as number;
    target[w] = (target[w] as number) & (bits[w] as number);
  }
}
