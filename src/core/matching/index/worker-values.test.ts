import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WORD_BITS } from "./slot-bitsets.js";
import { WorkerValues } from "./worker-values.js";

function slotsOf(bits: Int32Array | null, extent: number): number[] {
  if (!bits) return [];
  return Array.from({ length: extent }, (_, slot) => slot).filter(
    (slot) => ((bits[Math.floor(slot / WORD_BITS)] as number) & (1 << (slot % WORD_BITS))) !== 0,
  );
}

const valueArb = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(Number.POSITIVE_INFINITY));

describe("WorkerValues", () => {
  it("holds, for each bound, the slots valued below it", () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 80 }), fc.integer({ min: -2, max: 25 }), (values, bound) => {
        const worth = new WorkerValues(Float64Array.from(values), 20);
        const expected = values.flatMap((value, slot) => (value < bound ? [slot] : []));
        expect(slotsOf(worth.below(bound), values.length)).toEqual(expected);
      }),
    );
  });

  it("holds the slots whose value rose by less than a bound since earlier values, or none", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(valueArb, valueArb), { maxLength: 80 }), fc.integer({ min: -22, max: 22 }), (pairs, bound) => {
        const worth = new WorkerValues(
          Float64Array.from(pairs, ([now]) => now),
          20,
          Float64Array.from(pairs, ([, earlier]) => earlier),
        );
        const expected = pairs.flatMap(([now, earlier], slot) => (now - earlier < bound ? [slot] : []));
        const found = worth.roseLessThan(bound);
        expect(slotsOf(found, pairs.length)).toEqual(expected);
        expect(found === null).toBe(expected.length === 0);
      }),
    );
  });

  it("refuses values that are not whole numbers, and earlier values of another length", () => {
    expect(() => new WorkerValues(Float64Array.of(1.5), 100)).toThrow(RangeError);
    expect(() => new WorkerValues(Float64Array.of(1, 2), 100, Float64Array.of(1))).toThrow(RangeError);
    expect(() => new WorkerValues(Float64Array.of(1), 100).roseLessThan(0)).toThrow(RangeError);
  });
});
