import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MatchOffer } from "../../core/matching/match-inputs.js";
import { offerMatchContext } from "../../core/matching/rank.js";
import { scoreMatch } from "../../core/matching/score.js";
import { meetingHardRules, offerArb, offersContextArb, workerArb } from "../../core/matching/test-arbitraries.js";
import { allocate } from "../../core/planning/allocation/allocate.js";
import { allocateByPricing } from "../../core/planning/allocation/allocate-by-pricing.js";
import { checkOptimality } from "../../core/planning/allocation/check-optimality.js";
import { type Arcs, planArcSource, scoreArcs } from "./plan-inputs.js";

/** Offers, the knowledge they are judged with, and workers of whom most meet the hard rules of one offer. */
const worldArb = fc
  .tuple(fc.array(offerArb, { minLength: 1, maxLength: 5 }), offersContextArb, fc.array(fc.tuple(workerArb, fc.nat()), { maxLength: 30 }))
  .map(([offerRows, context, workerRows]) => {
    const offers = offerRows.map((offer, i) => ({ ...offer, id: `offer-${i}` }));
    const workers = workerRows.map(([worker, pick], i) => {
      const target = offers[pick % offers.length] as MatchOffer;
      return { ...(pick % 4 === 0 ? worker : meetingHardRules(worker, target)), id: `worker-${i}` };
    });
    return { offers, context, workers };
  });

describe("the arcs of a season plan", () => {
  it("are every eligible pair scoring at least the minimum (and 1), with scoreMatch's score, by worker then offer", async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, fc.integer({ min: 0, max: 95 }), async ({ offers, context, workers }, minScore) => {
        const pairs: [number, number, number][] = [];
        workers.forEach((worker, w) => {
          offers.forEach((offer, o) => {
            const result = scoreMatch(worker, offer, offerMatchContext(offer, context));
            if (result.eligible && result.score >= Math.max(minScore, 1)) pairs.push([w, o, result.score]);
          });
        });
        const expected: Arcs = {
          arcWorker: Int32Array.from(pairs, ([w]) => w),
          arcOffer: Int32Array.from(pairs, ([, o]) => o),
          arcScore: Int32Array.from(pairs, ([, , score]) => score),
        };
        const fractions: number[] = [];
        const arcs = await scoreArcs({ workers, offers, context }, minScore, async (fraction) => {
          fractions.push(fraction);
        });
        expect(arcs).toEqual(expected);
        expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= (fractions[i - 1] as number)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("read on demand, allocated by column generation: the optimum over every pair, certified on all of them", async () => {
    await fc.assert(
      fc.asyncProperty(
        worldArb,
        fc.integer({ min: 0, max: 95 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
        async (world, minScore, positions) => {
          const capacities = Int32Array.from(world.offers, (_, o) => positions[o] as number);
          const whole = { workerCount: world.workers.length, capacities, ...(await scoreArcs(world, minScore, async () => {})) };
          const priced = await allocateByPricing(planArcSource(world, capacities, minScore), { initialArcs: () => 1 });
          expect(priced.objective).toBe(allocate(whole).objective);
          expect(checkOptimality(whole, priced).optimal).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
