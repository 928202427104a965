// The season planner's arcs (src/server/planning/plan-inputs.ts scoreArcs: a candidate index read offer by offer)
// against the way the planner read them before, scoring every pair with scoreMatch: the same arcs, and the time.
// Then the planner's two ways to allocate: every arc read and solved (a plan that chains), and column generation
// over the same index (a plan that does not chain), side by side: the same objective, and the time.
import { offerMatchContext } from "../../src/core/matching/rank.js";
import { scoreMatch } from "../../src/core/matching/score.js";
import { allocate } from "../../src/core/planning/allocation/allocate.js";
import { allocateByPricing } from "../../src/core/planning/allocation/allocate-by-pricing.js";
import { type Arcs, type MatchInputs, planArcSource, scoreArcs } from "../../src/server/planning/plan-inputs.js";
import { slicedPause } from "../../src/server/planning/yield-to-event-loop.js";
import { CONFIG } from "./bench-config.js";
import { generateNetwork, type SyntheticNetwork } from "./synthetic.js";
import { rounded, timed } from "./timing.js";

export interface PlanArcsReport {
  workers: number;
  offers: number;
  min_score: number;
  arcs: number;
  /** scoreArcs: the index built and read. */
  seconds: number;
  /** Every pair scored with scoreMatch. */
  all_pairs_seconds: number;
  same_arcs: boolean;
  speedup: number;
  allocation: PlanAllocationReport;
}

/** The planner's allocation both ways, each from the rows matched to the allocation proved optimal. */
interface PlanAllocationReport {
  /** Every arc read (scoreArcs) and solved (allocate): a plan that chains, before its chaining. */
  all_arcs_seconds: number;
  /** allocateByPricing over planArcSource, pausing every 20 ms as the planner does: a plan that does not chain. */
  pricing_seconds: number;
  /** Arcs of pricing's last restricted problem, and its rounds. */
  pricing_arcs: number;
  pricing_rounds: number;
  same_objective: boolean;
  speedup: number;
}

export async function benchPlanArcs(log: (line: string) => void): Promise<PlanArcsReport> {
  const network = generateNetwork({ workers: CONFIG.planWorkers, offers: CONFIG.planOffers, seed: CONFIG.seed + 3 });
  const match = { workers: network.workers.map((w) => w.worker), offers: network.offers.map((o) => o.offer), context: network.context };
  const indexed = await timed(() => scoreArcs(match, CONFIG.minScore, async () => {}));
  const allPairs = await timed(() => allPairArcs(network, CONFIG.minScore));
  const same = sameArcs(indexed.value, allPairs.value);
  log(
    `plan arcs: ${indexed.value.arcScore.length} arcs by the index in ${indexed.seconds.toFixed(2)} s, every pair in ${allPairs.seconds.toFixed(2)} s; same: ${same}`,
  );
  const allocation = await benchPlanAllocation(
    match,
    Int32Array.from(network.offers, ({ positions }) => positions),
  );
  log(
    `plan allocation: every arc ${allocation.all_arcs_seconds} s, column generation ${allocation.pricing_seconds} s (${allocation.pricing_rounds} rounds); same objective: ${allocation.same_objective}`,
  );
  return {
    workers: network.workers.length,
    offers: network.offers.length,
    min_score: CONFIG.minScore,
    arcs: indexed.value.arcScore.length,
    seconds: rounded(indexed.seconds),
    all_pairs_seconds: rounded(allPairs.seconds),
    same_arcs: same,
    speedup: rounded(allPairs.seconds / indexed.seconds, 1),
    allocation,
  };
}

async function benchPlanAllocation(match: MatchInputs, capacities: Int32Array): Promise<PlanAllocationReport> {
  const all = await timed(async () =>
    allocate({ workerCount: match.workers.length, capacities, ...(await scoreArcs(match, CONFIG.minScore, async () => {})) }),
  );
  const pause = slicedPause(async () => {});
  const priced = await timed(() => allocateByPricing(planArcSource(match, capacities, CONFIG.minScore), { between: pause }));
  return {
    all_arcs_seconds: rounded(all.seconds),
    pricing_seconds: rounded(priced.seconds),
    pricing_arcs: priced.value.arcs,
    pricing_rounds: priced.value.rounds,
    same_objective: priced.value.objective === all.value.objective,
    speedup: rounded(all.seconds / priced.seconds, 1),
  };
}

/** The baseline: every worker against every offer with scoreMatch, eligible pairs at or above the minimum kept. */
function allPairArcs(network: SyntheticNetwork, minScore: number): Arcs {
  const offers = network.offers.map(({ offer }) => ({ offer, context: offerMatchContext(offer, network.context) }));
  const arcWorker: number[] = [];
  const arcOffer: number[] = [];
  const arcScore: number[] = [];
  network.workers.forEach(({ worker }, w) => {
    offers.forEach(({ offer, context }, o) => {
      const result = scoreMatch(worker, offer, context);
      if (result.eligible && result.score >= Math.max(minScore, 1)) {
        arcWorker.push(w);
        arcOffer.push(o);
        arcScore.push(result.score);
      }
    });
  });
  return { arcWorker: Int32Array.from(arcWorker), arcOffer: Int32Array.from(arcOffer), arcScore: Int32Array.from(arcScore) };
}

/** The same arcs in the same order (compared array by array: millions of arcs are too many for one JSON string). */
function sameArcs(a: Arcs, b: Arcs): boolean {
  const same = (x: Int32Array, y: Int32Array) => x.length === y.length && x.every((value, i) => value === y[i]);
  return same(a.arcWorker, b.arcWorker) && same(a.arcOffer, b.arcOffer) && same(a.arcScore, b.arcScore);
}
