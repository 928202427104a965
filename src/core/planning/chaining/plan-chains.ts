import { bestChain, type ChainChoice, isBetter } from "./best-chain.js";
import { ChainHoldings, chainChoice } from "./chain-holdings.js";
import { chainPlan } from "./chain-of.js";
import { type ChainingIndex, chainingIndex } from "./chaining-index.js";
import type { ChainingOptions, ChainingProblem, ChainPlan } from "./chaining-problem.js";
import { firstComeChains } from "./first-come-chains.js";
import { ChainImprover } from "./improve-chains.js";

/** Improvement passes stop after this many even if the last one still found something; later passes find little. */
const MAX_PASSES = 6;

/**
 * Chains for all workers at once without over-filling any offer: most days employed across the network, then least
 * travel, then the highest total score. A heuristic, not an exact method (the exact problem is an integer
 * multi-commodity flow); it is never worse than the first-come plan, because it starts from the better of the two:
 *
 * 1. Longest seasons first: each worker in turn takes their best chain (exact, see `bestChain`) on the positions
 *    still free, the workers who could be employed the most days first (in bands of SEASON_BAND_DAYS), and among
 *    those the most constrained (fewest usable arcs) first. Days are what is maximised, and a position held by a
 *    worker available for only part of the job loses the rest of its days; flexible workers, who have
 *    alternatives, come last. (Measured on synthetic seasons: better than registration order, fewest arcs first
 *    or shortest seasons first.)
 * 2. Improvement passes (see ChainImprover), each move kept only if it strictly improves the plan, until a pass
 *    finds nothing, MAX_PASSES have run or the time limit is reached.
 */
export function planChains(problem: ChainingProblem, options: ChainingOptions = {}): ChainPlan {
  const report = options.onProgress ?? (() => {});
  const deadline = performance.now() + (options.timeLimitMs ?? Number.POSITIVE_INFINITY);
  report(0);
  const index = chainingIndex(problem);
  const workers = problem.workers.length;
  const unbounded = Array.from({ length: workers }, (_, worker) => bestChain(index, worker, null));
  report(0.1);

  const planned = longestSeasonsFirst(index, unbounded);
  const firstCome = firstComeChains(problem, index);
  report(0.3);
  const fromFirstCome = new ChainHoldings(index);
  firstCome.chains.forEach((offers, worker) => {
    fromFirstCome.take(worker, chainChoice(index, worker, offers));
  });
  const holdings = isBetter(...worthOf(fromFirstCome), ...worthOf(planned)) ? fromFirstCome : planned;

  const improver = new ChainImprover(holdings, unbounded);
  for (let pass = 0; pass < MAX_PASSES && performance.now() < deadline; pass++) {
    const improved = improver.pass(deadline, (fraction) => report(0.3 + (0.7 * (pass + fraction)) / MAX_PASSES));
    if (!improved) break;
  }
  report(1);
  return chainPlan(
    problem,
    holdings.chains.map((chain) => chain.offers),
  );
}

function worthOf(holdings: ChainHoldings): [number, number, number] {
  const { days, km, score } = holdings.worth();
  return [days, km, score];
}

/** Days a typical short job lasts: workers whose best seasons differ by less than this count as equally long. */
const SEASON_BAND_DAYS = 30;

function longestSeasonsFirst(index: ChainingIndex, unbounded: readonly ChainChoice[]): ChainHoldings {
  const { firstArc } = index;
  const arcs = (worker: number) => (firstArc[worker + 1] ?? 0) - (firstArc[worker] ?? 0);
  const band = (worker: number) => Math.floor((unbounded[worker]?.days ?? 0) / SEASON_BAND_DAYS);
  const order = Array.from(index.problem.workers.keys()).sort((a, b) => band(b) - band(a) || arcs(a) - arcs(b) || a - b);
  const holdings = new ChainHoldings(index);
  for (const worker of order) holdings.take(worker, bestChain(index, worker, holdings.free));
  return holdings;
}
