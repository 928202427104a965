import fc from "fast-check";
import type { AllocationProblem } from "../../src/core/planning/allocation/allocation-problem.js";
import { problemOf } from "../../src/core/planning/allocation/test-instances.js";

/** Small random allocation problems: few score values (ties), capacities 0–3, duplicate pairs allowed. */
export const smallProblem: fc.Arbitrary<AllocationProblem> = fc
  .record({ workerCount: fc.integer({ min: 0, max: 12 }), capacities: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }) })
  .chain(({ workerCount, capacities }) => {
    const arc = fc.tuple(
      fc.integer({ min: 0, max: Math.max(0, workerCount - 1) }),
      fc.integer({ min: 0, max: Math.max(0, capacities.length - 1) }),
      fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 100 })),
    );
    const arcs = workerCount > 0 && capacities.length > 0 ? fc.array(arc, { maxLength: 40 }) : fc.constant([]);
    return arcs.map((list) => problemOf(workerCount, capacities, list));
  });
