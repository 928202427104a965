import { describe, expect, it } from "vitest";
import { dayNumber } from "../../matching/iso-days.js";
import { chainOf, chainPlan } from "./chain-of.js";
import { legKm } from "./chain-rules.js";
import type { ChainingProblem } from "./chaining-problem.js";
import { SEASON_2026 } from "./chaining-test-fixtures.js";

const ILIA = { lat: 37.67, lon: 21.44 };
const IMATHIA = { lat: 40.52, lon: 22.2 };

const problem: ChainingProblem = {
  season: SEASON_2026,
  workers: [
    // Available from March to the end of September only.
    { availability: [{ from: dayNumber("2026-03-01"), to: dayNumber("2026-09-30") }], location: ILIA },
    { availability: [SEASON_2026], location: null },
  ],
  offers: [
    { startDay: dayNumber("2026-02-15"), endDay: dayNumber("2026-05-31"), capacity: 2, location: ILIA },
    { startDay: dayNumber("2026-06-05"), endDay: dayNumber("2026-08-31"), capacity: 2, location: IMATHIA },
    { startDay: dayNumber("2026-09-10"), endDay: dayNumber("2026-10-20"), capacity: 2, location: null },
  ],
  arcWorker: Int32Array.from([0, 0, 0, 1]),
  arcOffer: Int32Array.from([0, 1, 2, 1]),
  arcScore: Int32Array.from([80, 80, 80, 80]),
};

describe("a worker's chain in detail", () => {
  const plan = chainPlan(problem, [Int32Array.from([0, 1, 2]), Int32Array.from([1])]);

  it("lists the jobs in order, with the kilometres from the previous site (home first) and the days employed", () => {
    const detail = chainOf(problem, plan, 0);
    expect(detail.jobs.map((job) => [job.offer, job.employedDays])).toEqual([
      [0, 92], // from March 1st only
      [1, 88],
      [2, 21], // up to September 30th only
    ]);
    expect(detail.jobs.map((job) => job.travelKmFromPrevious)).toEqual([0, legKm(ILIA, IMATHIA), 0]);
    expect(detail.employedDays).toBe(92 + 88 + 21);
    expect(detail.idleDays).toBe(214 - (92 + 88 + 21));
    expect(detail.travelKm).toBe(legKm(ILIA, IMATHIA));
  });

  it("counts no travel for a worker without a location", () => {
    const detail = chainOf(problem, plan, 1);
    expect(detail.travelKm).toBe(0);
    expect(detail.idleDays).toBe(365 - 88);
  });

  it("a plan's totals are the sums of its workers' chains", () => {
    expect(plan.employedDays).toBe(92 + 88 + 21 + 88);
    expect(plan.idleDays).toBe(214 + 365 - plan.employedDays);
    expect(plan.travelKm).toBe(legKm(ILIA, IMATHIA));
  });
});
