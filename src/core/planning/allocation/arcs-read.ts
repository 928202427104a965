// biome-ignore-all lint/style/noNonNullAssertion: offer and worker numbers index arrays sized for them, in range by construction
import type { Allocation, AllocationProblem } from "./allocation-problem.js";
import { type ArcSource, NO_ARCS, type OfferArcs, problemOfOfferArcs } from "./arc-source.js";

/** A dual solution: each worker's value and each offer's price. */
export type Duals = Pick<Allocation, "workerValue" | "offerPrice">;

/**
 * What column generation has read of each offer's arcs (allocate-by-pricing.ts): each offer's best arcs first, then
 * the arcs pricing found violating a solution's duals, none twice. Offers without positions are never read.
 */
export class ArcsRead {
  readonly #source: ArcSource;
  readonly #arcsOf: OfferArcs[] = [];
  #reads = 0;
  /** The duals of the last pricing, and whether each offer's arcs all held under them once its finds were read. */
  #pricedWith: Duals | undefined;
  readonly #held: Uint8Array;

  constructor(source: ArcSource, initialArcs: (positions: number) => number) {
    this.#source = source;
    this.#held = new Uint8Array(source.capacities.length);
    source.capacities.forEach((positions, o) => {
      this.#arcsOf.push(positions > 0 ? this.#counted(source.bestArcs(o, Math.max(1, Math.ceil(initialArcs(positions))), 0)) : NO_ARCS);
    });
  }

  /** Calls to the source so far: its first reads and pricing. */
  get reads(): number {
    return this.#reads;
  }

  /** The problem made of the arcs read so far. */
  problem(): AllocationProblem {
    return problemOfOfferArcs(this.#source, this.#arcsOf);
  }

  /**
   * Prices the duals offer by offer (offers with positions): keeps the arcs each offer's pricing returns, at most
   * `limit(positions)` per offer, and returns how many there were. Every arc read must hold under the duals: the
   * arcs that violate them are then all new. An offer whose last pricing returned fewer than its limit had every
   * arc hold under that pricing's duals once its arcs were read, so only workers whose value changed enough since
   * can violate them now: the source is told how far its price fell.
   */
  price(duals: Duals, limit: (positions: number) => number): number {
    const { workerValue, offerPrice } = duals;
    const earlier = this.#pricedWith;
    const pricing = this.#source.pricer(workerValue, earlier?.workerValue);
    let violated = 0;
    this.#source.capacities.forEach((positions, o) => {
      if (positions === 0) return;
      const price = offerPrice[o]!;
      const most = Math.max(1, Math.ceil(limit(positions)));
      const found = this.#counted(pricing(o, price, most, earlier && this.#held[o] ? earlier.offerPrice[o]! - price : undefined));
      this.#held[o] = found.workers.length < most ? 1 : 0;
      if (found.workers.length === 0) return;
      violated += found.workers.length;
      const before = this.#arcsOf[o]!;
      const workers = new Int32Array(before.workers.length + found.workers.length);
      const scores = new Int32Array(workers.length);
      workers.set(before.workers);
      workers.set(found.workers, before.workers.length);
      scores.set(before.scores);
      scores.set(found.scores, before.scores.length);
      this.#arcsOf[o] = { workers, scores };
    });
    this.#pricedWith = duals;
    return violated;
  }

  #counted(arcs: OfferArcs): OfferArcs {
    this.#reads++;
    return arcs;
  }
}
