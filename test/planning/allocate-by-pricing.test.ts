import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveWithHighs } from "../../scripts/bench-matching/highs-allocation.js";
import { eligibleArcs, indexNetwork, networkArcSource } from "../../scripts/bench-matching/network-index.js";
import { generateNetwork } from "../../scripts/bench-matching/synthetic.js";
import { allocate } from "../../src/core/planning/allocation/allocate.js";
import { allocateByPricing, type PricingRound } from "../../src/core/planning/allocation/allocate-by-pricing.js";
import type { AllocationProblem } from "../../src/core/planning/allocation/allocation-problem.js";
import { checkByPricing } from "../../src/core/planning/allocation/check-by-pricing.js";
import { checkOptimality } from "../../src/core/planning/allocation/check-optimality.js";
import { arcSourceOf, problemOf, regionalProblem } from "../../src/core/planning/allocation/test-instances.js";
import { smallProblem } from "./small-problems.js";

/** Column generation on the problem: the optimum of the whole problem (allocate's), certified on every arc of it. */
async function expectSameOptimumAsFullSolve(
  problem: AllocationProblem,
  initialArcs: (positions: number) => number,
  pricedArcs?: (positions: number) => number,
) {
  const source = arcSourceOf(problem);
  const priced = await allocateByPricing(source, { initialArcs, pricedArcs });
  expect(priced.objective).toBe(allocate(problem).objective);
  const whole = checkOptimality(problem, priced); // every arc of the whole problem, built
  expect(whole.violations).toEqual([]);
  expect(whole.optimal).toBe(true);
  expect(checkByPricing(source, priced).optimal).toBe(true);
  return priced;
}

describe("allocateByPricing", () => {
  it("finds the whole problem's optimum on random small problems, its duals feasible on every arc", async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem, fc.integer({ min: 1, max: 4 }), async (problem, k) => {
        await expectSameOptimumAsFullSolve(problem, () => k);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the same optimum whatever number of violating arcs pricing adds per offer", async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), async (problem, k, priced) => {
        await expectSameOptimumAsFullSolve(
          problem,
          () => k,
          () => priced,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("prices an offer again only over the workers whose value rose by less than its room, after the first pricing", async () => {
    const problem = regionalProblem(4_000, 100, 20, 13);
    const source = arcSourceOf(problem);
    const narrowed: number[] = [];
    const watched = {
      ...source,
      pricer: (workerValue: Float64Array, earlierValue?: Float64Array) => {
        const pricing = source.pricer(workerValue, earlierValue);
        return (offer: number, price: number, limit: number, riseBelow?: number) => {
          if (riseBelow !== undefined) narrowed.push(offer);
          return pricing(offer, price, limit, riseBelow);
        };
      },
    };
    const priced = await allocateByPricing(watched, { initialArcs: () => 1, pricedArcs: () => 3 });
    expect(priced.objective).toBe(allocate(problem).objective);
    expect(priced.rounds).toBeGreaterThan(2);
    expect(narrowed.length).toBeGreaterThan(0);
  });

  it("solves a part of the arcs when workers outnumber positions, in more rounds when the first reads are few", async () => {
    const problem = regionalProblem(4_000, 100, 20, 11); // about 550 positions for 4,000 workers
    const generous = await expectSameOptimumAsFullSolve(problem, (positions) => 3 * positions + 10);
    const tight = await expectSameOptimumAsFullSolve(problem, () => 1);
    expect(generous.arcs).toBeLessThan(problem.arcScore.length / 4);
    expect(tight.rounds).toBeGreaterThan(1);
  });

  it("agrees with HiGHS on a 1,000-worker regional instance read one arc per offer at first", async () => {
    const problem = regionalProblem(1_000, 100, 20, 5);
    const priced = await expectSameOptimumAsFullSolve(problem, () => 1);
    const highs = await solveWithHighs(problem);
    expect(Math.abs(highs.objective - priced.objective)).toBeLessThanOrEqual(1e-6 * Math.max(1, highs.objective));
  });

  it("never reads an offer without positions, and prices it to cover all its arcs", async () => {
    const problem = problemOf(
      2,
      [0, 1],
      [
        [0, 0, 90],
        [1, 0, 80],
        [1, 1, 10],
      ],
    );
    const source = arcSourceOf(problem);
    const readOffers: number[] = [];
    const watched = {
      ...source,
      bestArcs: (offer: number, k: number) => {
        readOffers.push(offer);
        return source.bestArcs(offer, k);
      },
      arcsAbove: (offer: number, floor: number) => {
        readOffers.push(offer);
        return source.arcsAbove(offer, floor);
      },
      pricer: (workerValue: Float64Array) => {
        const pricing = source.pricer(workerValue);
        return (offer: number, price: number, limit: number) => {
          readOffers.push(offer);
          return pricing(offer, price, limit);
        };
      },
    };
    const priced = await allocateByPricing(watched);
    expect(readOffers).not.toContain(0);
    expect(Array.from(priced.offerOf)).toEqual([-1, 1]);
    expect(priced.offerPrice[0]).toBe(100);
    expect(checkOptimality(problem, priced).optimal).toBe(true);
  });

  it("reports each round: arcs solved, violations found, reads so far", async () => {
    const rounds: PricingRound[] = [];
    const priced = await allocateByPricing(arcSourceOf(regionalProblem(1_000, 100, 20, 3)), {
      initialArcs: () => 1,
      onRound: (round) => rounds.push(round),
    });
    expect(rounds.map((r) => r.round)).toEqual(Array.from({ length: priced.rounds }, (_, i) => i + 1));
    expect(rounds.at(-1)?.violated).toBe(0);
    expect(rounds.slice(0, -1).every((r) => r.violated > 0)).toBe(true);
    expect(rounds.at(-1)?.reads).toBe(priced.reads);
  });

  it("pauses after each offer read or priced, round by round, and finds the same optimum", async () => {
    const problem = problemOf(
      3,
      [1, 0, 2],
      [
        [0, 0, 90],
        [1, 0, 95],
        [1, 2, 85],
        [2, 2, 70],
      ],
    );
    const pauses: string[] = [];
    const priced = await allocateByPricing(arcSourceOf(problem), {
      initialArcs: () => 1,
      between: async (round, done, offers) => {
        pauses.push(`${round}:${done}/${offers}`);
      },
    });
    expect(priced.objective).toBe(allocate(problem).objective);
    // Offer 1 has no positions: two offers are read, then priced each round.
    const perRound = (round: number) => [`${round}:1/2`, `${round}:2/2`];
    expect(pauses).toEqual([0, ...Array.from({ length: priced.rounds }, (_, i) => i + 1)].flatMap(perRound));
  });
});

describe("allocateByPricing over the candidate index", () => {
  it("finds the optimum of every eligible pair at or above the minimum score on a synthetic network", async () => {
    const network = generateNetwork({ workers: 1_500, offers: 150, seed: 41 });
    const index = indexNetwork(network);
    const source = networkArcSource(index, network, 80);
    const whole: AllocationProblem = {
      workerCount: source.workerCount,
      capacities: source.capacities,
      ...eligibleArcs(index, network, 80),
    };
    const priced = await allocateByPricing(source, { initialArcs: (positions) => positions + 2 });
    expect(priced.objective).toBe(allocate(whole).objective);
    expect(checkOptimality(whole, priced).optimal).toBe(true);
    expect(checkByPricing(source, priced).optimal).toBe(true);
  });
});

describe("checkByPricing", () => {
  it("refuses the optimum of a restricted problem that is not the whole problem's", () => {
    // Worker 1's arc to offer 0 is left out: alone, worker 0 takes offer 0 (10); the whole optimum is 9 + 9.
    const whole = problemOf(
      2,
      [1, 1],
      [
        [0, 0, 10],
        [0, 1, 9],
        [1, 0, 9],
      ],
    );
    const restricted = problemOf(
      2,
      [1, 1],
      [
        [0, 0, 10],
        [0, 1, 9],
      ],
    );
    const check = checkByPricing(arcSourceOf(whole), allocate(restricted));
    expect(check.dualFeasible).toBe(false);
    expect(check.optimal).toBe(false);
  });

  it("refuses a placement on an arc that scores below its offer's price", () => {
    const problem = problemOf(1, [1], [[0, 0, 50]]);
    const allocation = allocate(problem);
    const check = checkByPricing(arcSourceOf(problem), { ...allocation, workerValue: Float64Array.of(0), offerPrice: Float64Array.of(60) });
    expect(check.optimal).toBe(false);
  });

  it("agrees with checkOptimality on the whole problem for allocate's results", () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        expect(checkByPricing(arcSourceOf(problem), allocate(problem)).optimal).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
