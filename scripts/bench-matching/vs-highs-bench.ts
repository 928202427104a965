// The exact solver against HiGHS on one synthetic network of the size the HiGHS comparison recommends: the same
// objective (to 1e-6 relative) and how many times faster.
import { allocationProblemOf } from "./allocation-bench.js";
import { CONFIG } from "./bench-config.js";
import { compareWithHighs, HIGHS_COMPARISON_SIZE } from "./highs-allocation.js";
import { indexNetwork } from "./network-index.js";
import { generateNetwork } from "./synthetic.js";
import { rounded } from "./timing.js";

/** The objectives agree when they differ by at most this share of the larger. */
const RELATIVE_TOLERANCE = 1e-6;

export interface VsHighsReport {
  workers: number;
  offers: number;
  arcs: number;
  seconds: number;
  highs_seconds: number;
  objective: number;
  highs_objective: number;
  same_objective: boolean;
  speedup: number;
}

export async function benchVsHighs(log: (line: string) => void): Promise<VsHighsReport> {
  const network = generateNetwork({ ...HIGHS_COMPARISON_SIZE, seed: CONFIG.seed + 2 });
  const problem = allocationProblemOf(network, indexNetwork(network), CONFIG.minScore);
  log(`vs HiGHS: ${network.workers.length} workers, ${network.offers.length} offers, ${problem.arcScore.length} arcs`);
  const compared = await compareWithHighs(problem);
  const gap = Math.abs(compared.objective - compared.highs_objective) / Math.max(1, Math.abs(compared.highs_objective));
  log(
    `vs HiGHS: ours ${compared.seconds.toFixed(3)} s, HiGHS ${compared.highs_seconds.toFixed(2)} s, objectives ${compared.objective} / ${compared.highs_objective}`,
  );
  return {
    workers: network.workers.length,
    offers: network.offers.length,
    arcs: problem.arcScore.length,
    seconds: rounded(compared.seconds),
    highs_seconds: rounded(compared.highs_seconds),
    objective: compared.objective,
    highs_objective: compared.highs_objective,
    same_objective: gap <= RELATIVE_TOLERANCE,
    speedup: rounded(compared.highs_seconds / compared.seconds, 1),
  };
}
