import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DayInterval } from "../iso-days.js";
import { PeriodBitsets } from "./period-bitsets.js";
import { WORD_BITS, wordsFor } from "./slot-bitsets.js";

const dayArb = fc.integer({ min: 20_000, max: 20_400 });
const spanArb: fc.Arbitrary<DayInterval> = fc.oneof(
  fc.tuple(dayArb, dayArb).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
  dayArb.map((from) => ({ from, to: Infinity })),
  fc.constant({ from: Infinity, to: -Infinity }),
);
const workerArb = fc.record({ authorised: spanArb, available: spanArb });
type Step =
  | { add: { authorised: DayInterval; available: DayInterval } }
  | { remove: number }
  | { period: DayInterval }
  | { prepare: DayInterval };
const periodArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 120 })).map(([from, days]) => ({ from, to: from + days }));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  workerArb.map((add) => ({ add })),
  fc.nat({ max: 80 }).map((remove) => ({ remove })),
  periodArb.map((period) => ({ period })),
  periodArb.map((prepare) => ({ prepare })),
);

describe("period bitsets", () => {
  it("keep every worker whose spans meet a period's rules, and no removed worker, whenever blocks are made or prepared", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 120 }), (steps) => {
        const workers: ({ authorised: DayInterval; available: DayInterval } | undefined)[] = [];
        const bitsets = new PeriodBitsets({
          authorised: (slot) => workers[slot]?.authorised as DayInterval,
          available: (slot) => workers[slot]?.available as DayInterval,
        });
        const live = () => workers.flatMap((w, slot) => (w ? [slot] : []));
        for (const step of steps) {
          if ("prepare" in step) {
            bitsets.prepare(step.prepare, wordsFor(workers.length), live);
          } else if ("add" in step) {
            workers.push(step.add);
            bitsets.add(workers.length - 1, wordsFor(workers.length));
          } else if ("remove" in step) {
            if (!workers[step.remove]) continue;
            workers[step.remove] = undefined;
            bitsets.remove(step.remove);
          } else {
            const words = wordsFor(workers.length);
            const within = new Int32Array(words).fill(-1);
            bitsets.narrow(within, step.period, words, live);
            const { from, to } = step.period;
            workers.forEach((worker, slot) => {
              const kept = ((within[Math.floor(slot / WORD_BITS)] as number) >>> (slot % WORD_BITS)) & 1;
              const meets = worker && worker.authorised.from <= from && worker.authorised.to >= to;
              const available = worker && worker.available.from <= to && worker.available.to >= from;
              if (meets && available) expect(kept).toBe(1);
              if (!worker || worker.available.from > worker.available.to) expect(kept).toBe(0);
            });
          }
        }
      }),
    );
  });
});
