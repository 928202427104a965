// The season allocation over the whole network by column generation (allocateByPricing): arcs read from the index
// offer by offer as pricing asks for them, the restricted problems solved exactly, the result certified for every
// eligible pair scoring at least the plan's minimum by checkByPricing. With BENCH_ALLOCATION_FULL=1 it also builds
// every arc and solves them all, to show the objectives are equal.
import type { CandidateIndex } from "../../src/core/matching/index/candidate-index.js";
import { allocate } from "../../src/core/planning/allocation/allocate.js";
import { allocateByPricing } from "../../src/core/planning/allocation/allocate-by-pricing.js";
import type { AllocationProblem } from "../../src/core/planning/allocation/allocation-problem.js";
import type { ArcSource, OfferArcs } from "../../src/core/planning/allocation/arc-source.js";
import { checkByPricing } from "../../src/core/planning/allocation/check-by-pricing.js";
import { CONFIG } from "./bench-config.js";
import { eligibleArcs, networkArcSource } from "./network-index.js";
import type { SyntheticNetwork } from "./synthetic.js";
import { rounded, timed } from "./timing.js";

export interface AllocationReport {
  workers: number;
  offers: number;
  positions: number;
  min_score: number;
  /** Arcs of the last restricted problem solved. */
  arcs: number;
  /** Arcs the index returned over all reads and pricing calls. */
  arcs_read: number;
  /** Index calls while solving: first reads (bestWorkers) and pricing (workersGaining). */
  reads: number;
  rounds: number;
  /** Time inside the index while solving: first reads and pricing. */
  arcs_seconds: number;
  /** The rest of the solve: restricted problems built and solved, pricing. */
  solve_seconds: number;
  /** arcs_seconds + solve_seconds: the whole allocation, proved optimal. */
  seconds: number;
  objective: number;
  placed: number;
  /** checkByPricing's verdict: the duals hold on every eligible pair at or above min_score, the objectives equal. */
  optimal: boolean;
  /** checkByPricing's time (eligibleAbove at each offer's price), not part of `seconds`. */
  check_seconds: number;
  /** With BENCH_ALLOCATION_FULL=1: every arc built (full_arcs_seconds) and solved by allocate (full_seconds). */
  full?: { arcs: number; arcs_seconds: number; seconds: number; objective: number; same_objective: boolean };
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
  const source = networkArcSource(index, network, CONFIG.minScore);
  const metered = meteredSource(source);
  const solved = await timed(() =>
    allocateByPricing(metered.source, {
      onRound: ({ round, arcs, violated, reads }) =>
        log(`allocation: round ${round}, ${arcs} arcs solved, ${violated} violating arcs found by pricing, ${reads} index calls so far`),
    }),
  );
  const allocation = solved.value;
  const arcsSeconds = metered.seconds();
  log(`allocation: ${solved.seconds.toFixed(1)} s (index ${arcsSeconds.toFixed(1)} s), objective ${allocation.objective}`);
  const checked = await timed(() => checkByPricing(source, allocation));
  log(`allocation: certificate checked by pricing in ${checked.seconds.toFixed(1)} s, optimal ${checked.value.optimal}`);
  const report: AllocationReport = {
    workers: source.workerCount,
    offers: source.capacities.length,
    positions: source.capacities.reduce((sum, c) => sum + c, 0),
    min_score: CONFIG.minScore,
    arcs: allocation.arcs,
    arcs_read: metered.arcs(),
    reads: allocation.reads,
    rounds: allocation.rounds,
    arcs_seconds: rounded(arcsSeconds),
    solve_seconds: rounded(solved.seconds - arcsSeconds),
    seconds: rounded(solved.seconds),
    objective: allocation.objective,
    placed: allocation.offerOf.reduce((count, offer) => count + (offer >= 0 ? 1 : 0), 0),
    optimal: checked.value.optimal,
    check_seconds: rounded(checked.seconds),
  };
  if (CONFIG.allocationFull) report.full = await fullSolve(network, index, allocation.objective, log);
  return report;
}

/** Every arc read from the index and solved at once: the reference column generation must equal. */
async function fullSolve(network: SyntheticNetwork, index: CandidateIndex, objective: number, log: (line: string) => void) {
  const built = await timed(() => allocationProblemOf(network, index, CONFIG.minScore, log));
  const solved = await timed(() => allocate(built.value));
  log(
    `allocation, all arcs: ${built.value.arcScore.length} read in ${built.seconds.toFixed(1)} s, solved in ${solved.seconds.toFixed(2)} s`,
  );
  return {
    arcs: built.value.arcScore.length,
    arcs_seconds: rounded(built.seconds),
    seconds: rounded(solved.seconds),
    objective: solved.value.objective,
    same_objective: solved.value.objective === objective,
  };
}

/** The source with the time spent in it and the arcs it returned counted. */
function meteredSource(source: ArcSource): { source: ArcSource; seconds: () => number; arcs: () => number } {
  let milliseconds = 0;
  let arcs = 0;
  const timed = <T>(work: () => T): T => {
    const start = performance.now();
    const result = work();
    milliseconds += performance.now() - start;
    return result;
  };
  const metered = (read: () => OfferArcs): OfferArcs => {
    const result = timed(read);
    arcs += result.workers.length;
    return result;
  };
  return {
    source: {
      ...source,
      bestArcs: (offer, k) => metered(() => source.bestArcs(offer, k)),
      arcsAbove: (offer, floor) => metered(() => source.arcsAbove(offer, floor)),
      pricer: (workerValue, earlierValue) => {
        const pricing = timed(() => source.pricer(workerValue, earlierValue));
        return (offer, price, limit, riseBelow) => metered(() => pricing(offer, price, limit, riseBelow));
      },
    },
    seconds: () => milliseconds / 1000,
    arcs: () => arcs,
  };
}
