// Season chaining on a network of its own (10,000 workers by default): the planner against the first-come
// baseline, on the same arcs as an allocation (eligible pairs at or above the plan's minimum score).
import { availabilityDays } from "../../src/core/matching/availability.js";
import { dayNumber } from "../../src/core/matching/iso-days.js";
import type { ChainingProblem } from "../../src/core/planning/chaining/chaining-problem.js";
import { firstComeChains } from "../../src/core/planning/chaining/first-come-chains.js";
import { planChains } from "../../src/core/planning/chaining/plan-chains.js";
import { CONFIG } from "./bench-config.js";
import { eligibleArcs, indexNetwork } from "./network-index.js";
import { generateNetwork, type SyntheticNetwork } from "./synthetic.js";
import { rounded, timed } from "./timing.js";

export interface ChainingReport {
  workers: number;
  offers: number;
  arcs: number;
  seconds: number;
  greedy_seconds: number;
  idle_days_greedy: number;
  idle_days_planned: number;
  employed_days_greedy: number;
  employed_days_planned: number;
  travel_km_planned: number;
}

export function chainingProblemOf(network: SyntheticNetwork, minScore: number): ChainingProblem {
  return {
    season: { from: dayNumber(network.season.start), to: dayNumber(network.season.end) },
    workers: network.workers.map(({ worker }) => ({ availability: availabilityDays(worker.availability), location: worker.location })),
    offers: network.offers.map(({ offer, positions }) => ({
      startDay: dayNumber(offer.startDate),
      endDay: dayNumber(offer.endDate),
      capacity: positions,
      location: offer.location,
    })),
    ...eligibleArcs(indexNetwork(network), network, minScore),
  };
}

export async function benchChaining(log: (line: string) => void): Promise<ChainingReport> {
  const network = generateNetwork({ workers: CONFIG.chainWorkers, offers: CONFIG.chainOffers, seed: CONFIG.seed + 1 });
  const problem = chainingProblemOf(network, CONFIG.minScore);
  log(`chaining: ${network.workers.length} workers, ${network.offers.length} offers, ${problem.arcScore.length} arcs`);
  const greedy = await timed(() => firstComeChains(problem));
  const planned = await timed(() => planChains(problem));
  log(`chaining: planned in ${planned.seconds.toFixed(2)} s, idle days ${planned.value.idleDays} (first come ${greedy.value.idleDays})`);
  return {
    workers: network.workers.length,
    offers: network.offers.length,
    arcs: problem.arcScore.length,
    seconds: rounded(planned.seconds),
    greedy_seconds: rounded(greedy.seconds),
    idle_days_greedy: greedy.value.idleDays,
    idle_days_planned: planned.value.idleDays,
    employed_days_greedy: greedy.value.employedDays,
    employed_days_planned: planned.value.employedDays,
    travel_km_planned: Math.round(planned.value.travelKm),
  };
}
