// biome-ignore-all lint/style/noNonNullAssertion: typed arrays indexed inside their bounds in hot loops; a default would hide a bug as a zero
import { chainPlan } from "./chain-of.js";
import { canFollow } from "./chain-rules.js";
import { type ChainingIndex, chainingIndex, fullCapacity } from "./chaining-index.js";
import type { ChainingProblem, ChainPlan } from "./chaining-problem.js";

/**
 * The plan a network gets without planning, the baseline a plan must beat: workers in the order given (registration
 * order), each in turn takes the earliest-starting eligible offer with a free position, then again the
 * earliest-starting one that fits after their last job (travel included), until none fits. Equal starts go to the
 * higher score, then to the offer ending first. Jobs that would give the worker no employed day are never taken.
 */
export function firstComeChains(problem: ChainingProblem, index: ChainingIndex = chainingIndex(problem)): ChainPlan {
  const free = fullCapacity(problem);
  const chains = problem.workers.map((_, worker) => firstComeChain(index, worker, free));
  return chainPlan(problem, chains);
}

/** One worker's first-come chain; takes the positions from `free`. */
function firstComeChain(index: ChainingIndex, worker: number, free: Int32Array): Int32Array {
  const { firstArc, arcOffer, arcScore, offerStart, offerEnd, legs } = index;
  const taken: number[] = [];
  let lastOffer = -1;
  for (;;) {
    let pick = -1;
    for (let arc = firstArc[worker]!; arc < firstArc[worker + 1]!; arc++) {
      const offer = arcOffer[arc]!;
      if (free[offer]! <= 0) continue;
      if (lastOffer >= 0 && !canFollow(offerEnd[lastOffer]!, offerStart[offer]!, legs.between(lastOffer, offer))) continue;
      if (
        pick < 0 ||
        offerStart[offer]! < offerStart[arcOffer[pick]!]! ||
        (offerStart[offer] === offerStart[arcOffer[pick]!] && arcScore[arc]! > arcScore[pick]!)
      ) {
        pick = arc;
      }
    }
    if (pick < 0) return Int32Array.from(taken);
    lastOffer = arcOffer[pick]!;
    free[lastOffer]!--;
    taken.push(lastOffer);
  }
}
