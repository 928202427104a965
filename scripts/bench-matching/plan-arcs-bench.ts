// The season planner's arcs (src/server/planning/plan-inputs.ts scoreArcs: a candidate index read offer by offer)
// against the way the planner read them before, scoring every pair with scoreMatch: the same arcs, and the time.
import { offerMatchContext } from "../../src/core/matching/rank.js";
import { scoreMatch } from "../../src/core/matching/score.js";
import { type Arcs, scoreArcs } from "../../src/server/planning/plan-inputs.js";
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
}

export async function benchPlanArcs(log: (line: string) => void): Promise<PlanArcsReport> {
  const network = generateNetwork({ workers: CONFIG.planWorkers, offers: CONFIG.planOffers, seed: CONFIG.seed + 3 });
  const match = { workers: network.workers.map((w) => w.worker), offers: network.offers.map((o) => o.offer), context: network.context };
  const indexed = await timed(() => scoreArcs(match, CONFIG.minScore, async () => {}));
  const allPairs = await timed(() => allPairArcs(network, CONFIG.minScore));
  const same = JSON.stringify(indexed.value) === JSON.stringify(allPairs.value);
  log(
    `plan arcs: ${indexed.value.arcScore.length} arcs by the index in ${indexed.seconds.toFixed(2)} s, every pair in ${allPairs.seconds.toFixed(2)} s; same: ${same}`,
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
