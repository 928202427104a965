// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (CSR rows, slots, heap positions); checks on every access would cost the hot loops
import type { Allocation, AllocationProblem } from "./allocation-problem.js";

/** What checkOptimality found; `optimal` is the conclusion, `violations` the first few reasons it is not. */
export interface OptimalityCheck {
  /** Each worker on at most one offer, through an existing arc, no offer over its positions, objective as claimed. */
  readonly primalFeasible: boolean;
  /** value ≥ 0, price ≥ 0, value[w] + price[o] ≥ score on every arc. */
  readonly dualFeasible: boolean;
  /** Sum of the scores of the chosen pairs, recomputed from the arcs. */
  readonly primalObjective: number;
  /** Σ value + Σ positions × price. */
  readonly dualObjective: number;
  /** Both feasible with equal objectives: by weak LP duality no allocation scores more. */
  readonly optimal: boolean;
  readonly violations: readonly string[];
}

const MAX_VIOLATIONS = 10;

/**
 * Verifies an allocation and its certificate independently of how they were computed. Weak duality says every
 * feasible allocation scores at most the objective of any feasible dual (Σ value + Σ positions × price), so a
 * feasible allocation whose objective equals a feasible dual's is optimal. O(workers + offers + arcs).
 * When a pair has several arcs, the best score counts.
 */
export function checkOptimality(problem: AllocationProblem, allocation: Allocation): OptimalityCheck {
  const { workerCount, capacities, arcWorker, arcOffer, arcScore } = problem;
  const { offerOf, workerValue, offerPrice } = allocation;
  const violations: string[] = [];
  const report = (message: string): void => {
    if (violations.length < MAX_VIOLATIONS) violations.push(message);
  };
  const offerCount = capacities.length;
  let primalFeasible = offerOf.length === workerCount;
  let dualFeasible = workerValue.length === workerCount && offerPrice.length === offerCount;
  if (!primalFeasible) report(`offerOf has ${offerOf.length} entries for ${workerCount} workers`);
  if (!dualFeasible) report("dual arrays do not match the numbers of workers and offers");
  if (!primalFeasible || !dualFeasible) {
    return { primalFeasible, dualFeasible, primalObjective: Number.NaN, dualObjective: Number.NaN, optimal: false, violations };
  }

  const chosenScore = new Float64Array(workerCount).fill(-1);
  for (let a = 0; a < arcWorker.length; a++) {
    const w = arcWorker[a]!;
    const o = arcOffer[a]!;
    const score = arcScore[a]!;
    if (offerOf[w] === o) chosenScore[w] = Math.max(chosenScore[w]!, score);
    if (workerValue[w]! + offerPrice[o]! < score) {
      dualFeasible = false;
      report(`arc ${a}: value[${w}] + price[${o}] = ${workerValue[w]! + offerPrice[o]!} < score ${score}`);
    }
  }
  const placed = new Int32Array(offerCount);
  let primalObjective = 0;
  let dualObjective = 0;
  for (let w = 0; w < workerCount; w++) {
    const o = offerOf[w]!;
    const value = workerValue[w]!;
    if (!(value >= 0 && Number.isFinite(value))) {
      dualFeasible = false;
      report(`value[${w}] = ${value}`);
    }
    dualObjective += value;
    if (o === -1) continue;
    if (o < 0 || o >= offerCount || chosenScore[w]! < 0) {
      primalFeasible = false;
      report(`worker ${w} is placed on offer ${o} without an arc`);
      continue;
    }
    placed[o]!++;
    primalObjective += chosenScore[w]!;
  }
  for (let o = 0; o < offerCount; o++) {
    const price = offerPrice[o]!;
    if (!(price >= 0 && Number.isFinite(price))) {
      dualFeasible = false;
      report(`price[${o}] = ${price}`);
    }
    dualObjective += capacities[o]! * price;
    if (placed[o]! > capacities[o]!) {
      primalFeasible = false;
      report(`offer ${o} holds ${placed[o]} workers for ${capacities[o]} positions`);
    }
  }
  if (allocation.objective !== primalObjective) {
    primalFeasible = false;
    report(`objective ${allocation.objective} differs from the chosen scores' sum ${primalObjective}`);
  }
  if (primalFeasible && dualFeasible && primalObjective !== dualObjective) {
    report(`primal objective ${primalObjective} ≠ dual objective ${dualObjective}`);
  }
  const optimal = primalFeasible && dualFeasible && primalObjective === dualObjective;
  return { primalFeasible, dualFeasible, primalObjective, dualObjective, optimal, violations };
}
