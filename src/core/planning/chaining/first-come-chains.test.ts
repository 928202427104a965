import { describe, expect, it } from "vitest";
import type { ChainingProblem, ChainOffer } from "./chaining-problem.js";
import { item, SEASON_2026 } from "./chaining-test-fixtures.js";
import { firstComeChains } from "./first-come-chains.js";

const { from } = SEASON_2026;
const PATRA = { lat: 38.25, lon: 21.73 };
const LARISA = { lat: 39.64, lon: 22.42 };

function offer(start: number, length: number, location = PATRA, capacity = 1): ChainOffer {
  return { startDay: from + start, endDay: from + start + length - 1, capacity, location };
}

describe("the first-come plan", () => {
  it("serves workers in registration order, each taking the earliest start, then the earliest that fits after", () => {
    const problem: ChainingProblem = {
      season: SEASON_2026,
      workers: [
        { availability: [SEASON_2026], location: PATRA },
        { availability: [SEASON_2026], location: PATRA },
      ],
      // 0: days 0–29; 1: days 20–79 (overlaps 0); 2: days 30–59, right after 0 on the same spot; 3: days 60–89.
      offers: [offer(0, 30), offer(20, 60), offer(30, 30), offer(60, 30)],
      arcWorker: Int32Array.from([0, 0, 0, 0, 1, 1]),
      arcOffer: Int32Array.from([3, 2, 1, 0, 0, 1]),
      arcScore: Int32Array.from([50, 50, 50, 50, 90, 90]),
    };
    const plan = firstComeChains(problem);
    expect(plan.chains.map((chain) => Array.from(chain))).toEqual([[0, 2, 3], [1]]);
    expect(plan.employedDays).toBe(90 + 60);
  });

  it("leaves the travel days free between two sites", () => {
    const problem: ChainingProblem = {
      season: SEASON_2026,
      workers: [{ availability: [SEASON_2026], location: PATRA }],
      // Larisa is ~190 km from Patra: a job there starting the day after the first ends does not fit, two days after does.
      offers: [offer(0, 30), offer(30, 30, LARISA), offer(31, 10, LARISA)],
      arcWorker: Int32Array.from([0, 0, 0]),
      arcOffer: Int32Array.from([0, 1, 2]),
      arcScore: Int32Array.from([50, 50, 50]),
    };
    expect(Array.from(item(firstComeChains(problem).chains, 0))).toEqual([0, 2]);
  });

  it("never takes a job that gives no employed day, nor one with no position left", () => {
    const problem: ChainingProblem = {
      season: SEASON_2026,
      workers: [{ availability: [{ from: from + 100, to: from + 200 }], location: PATRA }],
      offers: [offer(0, 30), offer(110, 10, PATRA, 0), offer(120, 10)],
      arcWorker: Int32Array.from([0, 0, 0]),
      arcOffer: Int32Array.from([0, 1, 2]),
      arcScore: Int32Array.from([50, 50, 50]),
    };
    expect(Array.from(item(firstComeChains(problem).chains, 0))).toEqual([2]);
  });
});
