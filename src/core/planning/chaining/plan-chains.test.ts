import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChainingProblem, ChainOffer, ChainWorker } from "./chaining-problem.js";
import { busySeason, chainingProblems, item, planViolations, SEASON_2026 } from "./chaining-test-fixtures.js";
import { firstComeChains } from "./first-come-chains.js";
import { planChains } from "./plan-chains.js";

const { from } = SEASON_2026;
const HERE = { lat: 38.25, lon: 21.73 };

describe("the network plan and the first-come plan", () => {
  it("obey the rules: only arcs, jobs that follow one another with the travel between them, no offer over-filled", () => {
    fc.assert(
      fc.property(chainingProblems({ maxWorkers: 12, maxOffers: 25, maxCapacity: 3 }), (problem) => {
        expect(planViolations(problem, planChains(problem))).toEqual([]);
        expect(planViolations(problem, firstComeChains(problem))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("the network plan never leaves more idle days than first come", () => {
    fc.assert(
      fc.property(chainingProblems({ maxWorkers: 20, maxOffers: 30, maxCapacity: 3 }), (problem) => {
        expect(planChains(problem).idleDays).toBeLessThanOrEqual(firstComeChains(problem).idleDays);
      }),
      { numRuns: 150 },
    );
  });

  it("the network plan never leaves more idle days than first come on seeded busy seasons", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const problem = busySeason(seed, 80, 30);
        expect(planChains(problem).idleDays).toBeLessThanOrEqual(firstComeChains(problem).idleDays);
      }),
      { numRuns: 20 },
    );
  });

  it("out of time, still returns a complete plan no worse than first come", () => {
    const problem = busySeason(5, 300, 120);
    const hurried = planChains(problem, { timeLimitMs: 0 });
    expect(planViolations(problem, hurried)).toEqual([]);
    expect(hurried.idleDays).toBeLessThanOrEqual(firstComeChains(problem).idleDays);
    expect(hurried.idleDays).toBeGreaterThanOrEqual(planChains(problem).idleDays);
  });

  it("reports its progress from 0 to 1, never going back", () => {
    const seen: number[] = [];
    const problem = item(fc.sample(chainingProblems({ maxWorkers: 20, maxOffers: 30, maxCapacity: 3 }), { numRuns: 1, seed: 7 }), 0);
    planChains(problem, { onProgress: (fraction) => seen.push(fraction) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((fraction, at) => at === 0 || fraction >= item(seen, at - 1))).toBe(true);
  });
});

function offer(start: number, length: number, capacity = 1): ChainOffer {
  return { startDay: from + start, endDay: from + start + length - 1, capacity, location: HERE };
}
const allYear: ChainWorker = { availability: [SEASON_2026], location: HERE };

describe("planning the network rather than first come", () => {
  it("leaves the only job a constrained worker can do to them, and gives the flexible worker another", () => {
    // Worker 0 registered first and can do both jobs; worker 1 only the early one, which first come gives to worker 0.
    const problem: ChainingProblem = {
      season: SEASON_2026,
      workers: [allYear, allYear],
      offers: [offer(0, 60), offer(10, 60)],
      arcWorker: Int32Array.from([0, 0, 1]),
      arcOffer: Int32Array.from([0, 1, 0]),
      arcScore: Int32Array.from([70, 70, 70]),
    };
    expect(firstComeChains(problem).chains.map((chain) => Array.from(chain))).toEqual([[0], []]);
    const planned = planChains(problem);
    expect(planned.chains.map((chain) => Array.from(chain))).toEqual([[1], [0]]);
    expect(planned.employedDays).toBe(120);
    expect(planned.idleDays).toBe(2 * 365 - 120);
  });

  it("chains a short early job with a long later one where first come grabs the early long job", () => {
    // First come takes the earliest start (days 0–99), which blocks the two jobs that together last longer.
    const problem: ChainingProblem = {
      season: SEASON_2026,
      workers: [allYear],
      offers: [offer(0, 100), offer(1, 40), offer(42, 150)],
      arcWorker: Int32Array.from([0, 0, 0]),
      arcOffer: Int32Array.from([0, 1, 2]),
      arcScore: Int32Array.from([90, 60, 60]),
    };
    expect(firstComeChains(problem).employedDays).toBe(100);
    expect(Array.from(item(planChains(problem).chains, 0))).toEqual([1, 2]);
    expect(planChains(problem).employedDays).toBe(190);
  });

  it.each([1, 2, 3])("leaves strictly fewer idle days than first come on a busy season (seed %i)", (seed) => {
    const problem = busySeason(seed, 400, 150);
    const planned = planChains(problem);
    const firstCome = firstComeChains(problem);
    expect(planViolations(problem, planned)).toEqual([]);
    expect(planned.idleDays).toBeLessThan(firstCome.idleDays);
    expect(planned.travelKm).toBeLessThan(firstCome.travelKm);
  });
});
