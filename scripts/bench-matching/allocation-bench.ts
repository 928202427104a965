// The season allocation over the whole network: arcs from the index (every eligible pair at or above the plan's
// minimum score), then the exact solver, its optimality certificate checked independently.
import type { CandidateIndex } from "../../src/core/matching/index/candidate-index.js";
import { allocate } from "../../src/core/planning/allocation/allocate.js";
import type { AllocationProblem } from "../../src/core/planning/allocation/allocation-problem.js";
import { checkOptimality } from "../../src/core/planning/allocation/check-optimality.js";
import { CONFIG } from "./bench-config.js";
import { eligibleArcs } from "./network-index.js";
import type { SyntheticNetwork } from "./synthetic.js";
import { rounded, timed } from "./timing.js";

export interface AllocationReport {
  workers: number;
  offers: number;
  positions: number;
  arcs: number;
  min_score: number;
  /** Solve time (allocate, which also checks its own certificate). */
  seconds: number;
  /** Reading the arcs from the index, apart from the solve. */
  arcs_seconds: number;
  objective: number;
  placed: number;
  optimal: boolean;
}

export function allocationProblemOf(
  network: SyntheticNetwork,
  index: CandidateIndex,
  minScore: number,
  log?: (line: string) => void,
): AllocationProblem {
  return {
    workerCount: network.workers.length,
    capacities: Int32Array.from(network.offers, ({ positions }) => positions),
    ...eligibleArcs(index, network, minScore, log),
  };
}

export async function benchAllocation(
  network: SyntheticNetwork,
  index: CandidateIndex,
  log: (line: string) => void,
): Promise<AllocationReport> {
  const built = await timed(() => allocationProblemOf(network, index, CONFIG.minScore, log));
  const problem = built.value;
  log(`allocation: ${problem.arcScore.length} arcs (score ≥ ${CONFIG.minScore}) read in ${built.seconds.toFixed(1)} s`);
  const solved = await timed(() => allocate(problem));
  const allocation = solved.value;
  const check = checkOptimality(problem, allocation);
  const placed = allocation.offerOf.reduce((count, offer) => count + (offer >= 0 ? 1 : 0), 0);
  log(`allocation: solved in ${solved.seconds.toFixed(2)} s, objective ${allocation.objective}, optimal ${check.optimal}`);
  return {
    workers: problem.workerCount,
    offers: problem.capacities.length,
    positions: problem.capacities.reduce((sum, c) => sum + c, 0),
    arcs: problem.arcScore.length,
    min_score: CONFIG.minScore,
    seconds: rounded(solved.seconds),
    arcs_seconds: rounded(built.seconds),
    objective: allocation.objective,
    placed,
    optimal: check.optimal,
  };
}
