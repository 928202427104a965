import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../matching/iso-days.js";
import { bestChain } from "./best-chain.js";
import { canFollow, legKm } from "./chain-rules.js";
import { chainingIndex, fullCapacity } from "./chaining-index.js";
import type { ChainingProblem, ChainOffer } from "./chaining-problem.js";
import { chainingProblems, countDays, item, SEASON_2026 } from "./chaining-test-fixtures.js";

interface Worth {
  readonly days: number;
  readonly km: number;
  readonly score: number;
}

/** Every subset of the worker's usable arcs that can be worked one after another, the best by days, km, score. */
function bruteForce(problem: ChainingProblem, worker: number, free: Int32Array): Worth {
  const arcs = Array.from(problem.arcWorker.keys()).filter(
    (arc) =>
      problem.arcWorker[arc] === worker &&
      item(free, item(problem.arcOffer, arc)) > 0 &&
      countDays(problem, worker, [item(problem.arcOffer, arc)]).employed > 0,
  );
  let best: Worth = { days: 0, km: 0, score: 0 };
  for (let subset = 1; subset < 1 << arcs.length; subset++) {
    const chosen = arcs.filter((_, bit) => subset & (1 << bit));
    chosen.sort(
      (a, b) => item(problem.offers, item(problem.arcOffer, a)).startDay - item(problem.offers, item(problem.arcOffer, b)).startDay,
    );
    const offers = chosen.map((arc) => item(problem.arcOffer, arc));
    let km = 0;
    let fits = true;
    let at = item(problem.workers, worker).location;
    offers.forEach((offer, position) => {
      const site = item(problem.offers, offer);
      const leg = legKm(at, site.location);
      if (position > 0 && !canFollow(item(problem.offers, item(offers, position - 1)).endDay, site.startDay, leg)) fits = false;
      km += leg;
      at = site.location;
    });
    if (!fits) continue;
    const worth = {
      days: countDays(problem, worker, offers).employed,
      km,
      score: chosen.reduce((sum, arc) => sum + item(problem.arcScore, arc), 0),
    };
    const better = worth.days !== best.days ? worth.days > best.days : worth.km !== best.km ? worth.km < best.km : worth.score > best.score;
    if (better) best = worth;
  }
  return best;
}

describe("a worker's best chain", () => {
  it("is as good as the best of every possible chain (up to 8 offers)", () => {
    fc.assert(
      fc.property(chainingProblems({ maxWorkers: 2, maxOffers: 8, maxCapacity: 2 }), (problem) => {
        const index = chainingIndex(problem);
        const free = fullCapacity(problem);
        for (let worker = 0; worker < problem.workers.length; worker++) {
          const found = bestChain(index, worker, free);
          expect({ days: found.days, km: found.km, score: found.score }).toEqual(bruteForce(problem, worker, free));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is a chain that obeys the rules, worth what it says", () => {
    fc.assert(
      fc.property(chainingProblems({ maxWorkers: 3, maxOffers: 30, maxCapacity: 2 }), (problem) => {
        const index = chainingIndex(problem);
        const free = fullCapacity(problem);
        for (let worker = 0; worker < problem.workers.length; worker++) {
          const found = bestChain(index, worker, free);
          const offers = Array.from(found.offers);
          let km = 0;
          let at = item(problem.workers, worker).location;
          offers.forEach((offer, position) => {
            expect(free[offer]).toBeGreaterThan(0);
            const leg = legKm(at, item(problem.offers, offer).location);
            if (position > 0)
              expect(canFollow(item(problem.offers, item(offers, position - 1)).endDay, item(problem.offers, offer).startDay, leg)).toBe(
                true,
              );
            km += leg;
            at = item(problem.offers, offer).location;
          });
          expect(found.days).toBe(countDays(problem, worker, offers).employed);
          expect(found.km).toBeCloseTo(km, 6);
        }
      }),
      { numRuns: 100 },
    );
  });
});

const ILIA = { lat: 37.67, lon: 21.44 };
const IMATHIA = { lat: 40.52, lon: 22.2 };
const MESSINIA = { lat: 37.04, lon: 22.11 };

function job(from: string, to: string, location: ChainOffer["location"], capacity = 1): ChainOffer {
  return { startDay: dayNumber(from), endDay: dayNumber(to), capacity, location };
}

describe("a Greek season: strawberries in Ilia, peaches in Imathia, olives in Messinia", () => {
  const strawberries = job("2026-03-01", "2026-05-31", ILIA);
  const peachesNextDay = job("2026-06-01", "2026-08-31", IMATHIA);
  const peaches = job("2026-06-03", "2026-08-20", IMATHIA);
  const olives = job("2026-11-01", "2027-01-31", MESSINIA);
  const olivesSameRegionAsPeaches = job("2026-08-21", "2026-09-30", IMATHIA);
  const problem: ChainingProblem = {
    season: SEASON_2026,
    workers: [{ availability: [SEASON_2026], location: ILIA }],
    offers: [strawberries, peachesNextDay, peaches, olives, olivesSameRegionAsPeaches],
    arcWorker: Int32Array.from([0, 0, 0, 0, 0]),
    arcOffer: Int32Array.from([0, 1, 2, 3, 4]),
    arcScore: Int32Array.from([80, 90, 70, 60, 50]),
  };

  it("chains the three crops with a travel day before each long move, and a job the next day on the same spot", () => {
    const found = bestChain(chainingIndex(problem), 0, null);
    // Imathia is ~320 km from Ilia: peaches starting the day after the strawberries leave no day to get there.
    expect(Array.from(found.offers)).toEqual([0, 2, 4, 3]);
    const days = 92 + 79 + 41 + 61; // olives count up to the season's end
    expect(found.days).toBe(days);
    expect(found.km).toBeCloseTo(legKm(ILIA, IMATHIA) + legKm(IMATHIA, MESSINIA), 6);
  });

  it("takes the longer peaches starting the next day when the worker cannot do the strawberries", () => {
    const noStrawberries = {
      ...problem,
      arcWorker: Int32Array.from([0, 0, 0]),
      arcOffer: Int32Array.from([1, 2, 3]),
      arcScore: Int32Array.from([50, 90, 60]),
    };
    const found = bestChain(chainingIndex(noStrawberries), 0, null);
    expect(Array.from(found.offers)).toEqual([1, 3]);
    expect(found.km).toBeCloseTo(legKm(ILIA, IMATHIA) + legKm(IMATHIA, MESSINIA), 6);
  });

  it("skips full offers", () => {
    const free = Int32Array.from([1, 1, 0, 1, 1]);
    expect(Array.from(bestChain(chainingIndex(problem), 0, free).offers)).toEqual([0, 4, 3]);
  });
});
