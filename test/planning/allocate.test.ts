import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveWithHighs } from "../../scripts/bench-matching/highs-allocation.js";
import { allocate } from "../../src/core/planning/allocation/allocate.js";
import type { Allocation, AllocationProblem } from "../../src/core/planning/allocation/allocation-problem.js";
import { checkOptimality } from "../../src/core/planning/allocation/check-optimality.js";
import { problemOf, regionalProblem } from "../../src/core/planning/allocation/test-instances.js";
import { smallProblem } from "./small-problems.js";

function expectProvedOptimal(problem: AllocationProblem, allocation: Allocation): void {
  const check = checkOptimality(problem, allocation);
  expect(check.violations).toEqual([]);
  expect(check.optimal).toBe(true);
  expect(check.dualObjective).toBe(allocation.objective);
}

function solved(problem: AllocationProblem): Allocation {
  const allocation = allocate(problem);
  expectProvedOptimal(problem, allocation);
  return allocation;
}

async function expectSameOptimumAsHighs(problem: AllocationProblem, objective: number): Promise<void> {
  const highs = await solveWithHighs(problem);
  expect(Math.abs(highs.objective - objective)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(highs.objective)));
}

describe("allocate", () => {
  it("finds the optimum on random small problems, with a certificate, equal to HiGHS", async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem, async (problem) => {
        const allocation = solved(problem);
        await expectSameOptimumAsHighs(problem, allocation.objective);
      }),
      { numRuns: 150 },
    );
  });

  it("solves the empty problem", () => {
    const allocation = solved(problemOf(0, [], []));
    expect(allocation.objective).toBe(0);
    expect(allocation.offerOf).toHaveLength(0);
  });

  it("leaves everybody unplaced when there are no arcs, with zero duals", () => {
    const allocation = solved(problemOf(3, [2, 1], []));
    expect(Array.from(allocation.offerOf)).toEqual([-1, -1, -1]);
    expect(Array.from(allocation.workerValue)).toEqual([0, 0, 0]);
    expect(Array.from(allocation.offerPrice)).toEqual([0, 0]);
  });

  it("never places anybody on an offer without positions", () => {
    const allocation = solved(
      problemOf(
        2,
        [0, 1],
        [
          [0, 0, 90],
          [1, 0, 80],
          [1, 1, 10],
        ],
      ),
    );
    expect(Array.from(allocation.offerOf)).toEqual([-1, 1]);
    expect(allocation.objective).toBe(10);
  });

  it("places every worker when there are more positions than workers, at price 0", () => {
    const allocation = solved(
      problemOf(
        2,
        [5],
        [
          [0, 0, 40],
          [1, 0, 60],
        ],
      ),
    );
    expect(Array.from(allocation.offerOf)).toEqual([0, 0]);
    expect(allocation.objective).toBe(100);
    expect(allocation.offerPrice[0]).toBe(0);
  });

  it("fills an offer from tied candidates without exceeding its positions", () => {
    const allocation = solved(
      problemOf(
        3,
        [2],
        [
          [0, 0, 50],
          [1, 0, 50],
          [2, 0, 50],
        ],
      ),
    );
    expect(allocation.objective).toBe(100);
    expect(allocation.offerOf.filter((o) => o === 0)).toHaveLength(2);
  });

  it("beats greedy when the best pair blocks two good ones", () => {
    // Greedy takes worker 0 → offer 0 (10) and leaves worker 1 out; the optimum is 9 + 9 = 18.
    const allocation = solved(
      problemOf(
        2,
        [1, 1],
        [
          [0, 0, 10],
          [0, 1, 9],
          [1, 0, 9],
        ],
      ),
    );
    expect(Array.from(allocation.offerOf)).toEqual([1, 0]);
    expect(allocation.objective).toBe(18);
  });

  it("counts the best score when a pair is listed twice", () => {
    const allocation = solved(
      problemOf(
        1,
        [1],
        [
          [0, 0, 3],
          [0, 0, 7],
        ],
      ),
    );
    expect(allocation.objective).toBe(7);
  });

  it("rejects malformed problems", () => {
    expect(() => allocate(problemOf(1, [1], [[1, 0, 5]]))).toThrow(RangeError);
    expect(() => allocate(problemOf(1, [1], [[0, 1, 5]]))).toThrow(RangeError);
    expect(() => allocate(problemOf(1, [-1], []))).toThrow(RangeError);
    expect(() => allocate(problemOf(1, [1], [[0, 0, -5]]))).toThrow(RangeError);
  });

  it("reports progress from 0 to 1", () => {
    const fractions: number[] = [];
    allocate(regionalProblem(200, 20, 10, 7), { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (fractions[i - 1] ?? 0)))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it("matches HiGHS on a 2,000-worker regional instance", async () => {
    const problem = regionalProblem(2_000, 200, 30, 2026);
    const allocation = solved(problem);
    await expectSameOptimumAsHighs(problem, allocation.objective);
  });
});
