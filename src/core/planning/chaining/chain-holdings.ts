// biome-ignore-all lint/style/noNonNullAssertion: typed arrays indexed inside their bounds in hot loops; a default would hide a bug as a zero
import { type ChainChoice, EMPTY_CHAIN, isBetter } from "./best-chain.js";
import { legKm } from "./chain-rules.js";
import { type ChainingIndex, fullCapacity } from "./chaining-index.js";

/**
 * Who holds which positions while a network plan is built and improved: each worker's chain with its worth, the
 * free positions of every offer and the holders of every offer (to find whom to move when an offer is full).
 */
export class ChainHoldings {
  readonly chains: ChainChoice[];
  readonly free: Int32Array;
  readonly holders: number[][];

  constructor(readonly index: ChainingIndex) {
    this.chains = new Array<ChainChoice>(index.problem.workers.length).fill(EMPTY_CHAIN);
    this.free = fullCapacity(index.problem);
    this.holders = index.problem.offers.map(() => []);
  }

  take(worker: number, chain: ChainChoice): void {
    for (const offer of chain.offers) {
      this.free[offer]!--;
      this.holders[offer]!.push(worker);
    }
    this.chains[worker] = chain;
  }

  release(worker: number): ChainChoice {
    const chain = this.chains[worker]!;
    for (const offer of chain.offers) {
      this.free[offer]!++;
      const holders = this.holders[offer]!;
      const at = holders.indexOf(worker);
      holders[at] = holders[holders.length - 1]!;
      holders.pop();
    }
    this.chains[worker] = EMPTY_CHAIN;
    return chain;
  }

  holds(worker: number, offer: number): boolean {
    return this.chains[worker]!.offers.includes(offer);
  }

  /** Whether the chains of `workers` are now worth more together than `before` was. */
  beats(workers: readonly number[], before: readonly ChainChoice[]): boolean {
    const now = workers.map((worker) => this.chains[worker]!);
    return isBetter(sum(now, "days"), sum(now, "km"), sum(now, "score"), sum(before, "days"), sum(before, "km"), sum(before, "score"));
  }

  /** Totals of the whole plan, compared like chains: days, then travel, then score. */
  worth(): ChainChoice {
    return { offers: EMPTY_CHAIN.offers, days: sum(this.chains, "days"), km: sum(this.chains, "km"), score: sum(this.chains, "score") };
  }
}

function sum(chains: readonly ChainChoice[], key: "days" | "km" | "score"): number {
  let total = 0;
  for (const chain of chains) total += chain[key];
  return total;
}

/** The worth of a chain of offers already chosen for a worker (all of them among the worker's arcs). */
export function chainChoice(index: ChainingIndex, worker: number, offers: Int32Array): ChainChoice {
  const { firstArc, arcOffer, arcDays, arcHomeKm, arcScore, offerLocation } = index;
  let days = 0;
  let km = 0;
  let score = 0;
  offers.forEach((offer, position) => {
    for (let arc = firstArc[worker]!; arc < firstArc[worker + 1]!; arc++) {
      if (arcOffer[arc] !== offer) continue;
      days += arcDays[arc]!;
      km += position === 0 ? arcHomeKm[arc]! : legKm(offerLocation[offers[position - 1]!]!, offerLocation[offer]!);
      score += arcScore[arc]!;
      return;
    }
  });
  return { offers, days, km, score };
}
