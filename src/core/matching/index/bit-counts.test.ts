import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BitCounts } from "./bit-counts.js";
import { SlotBitsets, WORD_BITS, wordsFor } from "./slot-bitsets.js";

/** Up to 9 sets of slots below 200 (7 words), and the slots that may count. */
const setsArb = fc.record({
  sets: fc.array(fc.uniqueArray(fc.nat({ max: 199 })), { maxLength: 9 }),
  within: fc.uniqueArray(fc.nat({ max: 199 })),
});

describe("slot bitsets and bit-sliced counts", () => {
  it("count, for every slot, the sets holding it, within the slots asked", () => {
    fc.assert(
      fc.property(setsArb, ({ sets, within }) => {
        const words = wordsFor(200);
        const bitsets = new SlotBitsets();
        sets.forEach((slots, key) => {
          for (const slot of slots) bitsets.add(key, slot);
        });
        const withinBits = new SlotBitsets();
        for (const slot of within) withinBits.add(0, slot);
        const counts = new BitCounts();
        counts.count(
          sets.map((_, key) => bitsets.of(key, words)),
          withinBits.of(0, words),
          words,
        );
        for (let slot = 0; slot < 200; slot++) {
          const expected = within.includes(slot) ? sets.filter((s) => s.includes(slot)).length : 0;
          const word = Math.floor(slot / WORD_BITS);
          const bit = slot % WORD_BITS;
          expect(counts.at(word, bit)).toBe(expected);
          for (let count = 0; count <= sets.length + 1; count++) {
            expect(((counts.equalTo(count, word) >>> bit) & 1) === 1).toBe(count === expected);
          }
        }
      }),
    );
  });

  it("forget a removed slot and read a key never set as empty", () => {
    const bitsets = new SlotBitsets();
    bitsets.add(5, 3);
    bitsets.add(5, 3000);
    bitsets.remove(5, 3);
    const words = wordsFor(3001);
    const bits = bitsets.of(5, words);
    expect(bits.length).toBeGreaterThanOrEqual(words);
    expect(Array.from(bits.subarray(0, words)).flatMap((word, w) => (word === 0 ? [] : [w]))).toEqual([Math.floor(3000 / WORD_BITS)]);
    expect(bitsets.of(6, words).every((word) => word === 0)).toBe(true);
    expect(bitsets.of(null, words).every((word) => word === 0)).toBe(true);
  });
});
