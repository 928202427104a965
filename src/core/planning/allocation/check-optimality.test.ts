import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.js";
import type { Allocation } from "./allocation-problem.js";
import { checkOptimality } from "./check-optimality.js";
import { problemOf } from "./test-instances.js";

// Optimum: worker 0 → offer 1 (9), worker 1 → offer 0 (9); duals value (0, 0), price (9, 9) would also do.
const problem = problemOf(
  2,
  [1, 1],
  [
    [0, 0, 10],
    [0, 1, 9],
    [1, 0, 9],
  ],
);
const optimum = allocate(problem);

function altered(change: Partial<Allocation>): Allocation {
  return { ...optimum, ...change };
}

describe("checkOptimality", () => {
  it("accepts the solver's allocation and certificate", () => {
    const check = checkOptimality(problem, optimum);
    expect(check).toMatchObject({ primalFeasible: true, dualFeasible: true, primalObjective: 18, dualObjective: 18, optimal: true });
  });

  it("rejects a placement without an arc", () => {
    const check = checkOptimality(problem, altered({ offerOf: Int32Array.from([1, 1]) }));
    expect(check.primalFeasible).toBe(false);
    expect(check.optimal).toBe(false);
  });

  it("rejects an offer over its positions", () => {
    const check = checkOptimality(problem, altered({ offerOf: Int32Array.from([0, 0]), objective: 19 }));
    expect(check.primalFeasible).toBe(false);
    expect(check.violations.join()).toMatch(/holds 2 workers for 1 positions/);
  });

  it("rejects a claimed objective that is not the sum of the chosen scores", () => {
    expect(checkOptimality(problem, altered({ objective: 20 })).primalFeasible).toBe(false);
  });

  it("rejects duals that leave an arc uncovered or go negative", () => {
    const uncovered = altered({ workerValue: Float64Array.from([0, 0]), offerPrice: Float64Array.from([9, 9]) });
    expect(checkOptimality(problem, uncovered).dualFeasible).toBe(false); // 0 + 9 < 10 on worker 0 → offer 0
    const negative = altered({ workerValue: Float64Array.from([-1, 0]), offerPrice: Float64Array.from([11, 10]) });
    expect(checkOptimality(problem, negative).dualFeasible).toBe(false);
  });

  it("does not call a feasible but worse allocation optimal, whatever the feasible duals", () => {
    const greedy = {
      offerOf: Int32Array.from([0, -1]),
      objective: 10,
      workerValue: Float64Array.from([10, 9]),
      offerPrice: Float64Array.from([0, 0]),
    };
    const check = checkOptimality(problem, greedy);
    expect(check).toMatchObject({ primalFeasible: true, dualFeasible: true, primalObjective: 10, dualObjective: 19, optimal: false });
  });

  it("rejects arrays of the wrong length", () => {
    const check = checkOptimality(problem, altered({ offerOf: Int32Array.from([1]) }));
    expect(check.optimal).toBe(false);
  });
});
