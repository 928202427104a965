// biome-ignore-all lint/style/noNonNullAssertion: offer and worker numbers index arrays sized for them, in range by construction
import type { Allocation, AllocationProblem } from "./allocation-problem.js";
import { type ArcSource, NO_ARCS, type OfferArcs, problemOfOfferArcs } from "./arc-source.js";

/** A dual solution: each worker's value and each offer's price. */
export type Duals = Pick<Allocation, "workerValue" | "offerPrice">;

/** Called after each offer is read or priced, with the offers done of those with positions: long runs pause here. */
export type BetweenOffers = (done: number, offers: number) => Promise<void>;

/**
 * What column generation has read of each offer's arcs (allocate-by-pricing.ts): each offer's best arcs first, then
 * the arcs pricing found violating a solution's duals, none twice. Offers without positions are never read.
 */
export class ArcsRead {
  readonly #source: ArcSource;
  readonly #arcsOf: OfferArcs[];
  #reads = 0;
  /** The duals of the last pricing, and for each offer the most an arc it left unread gained under them. */
  #pricedWith: Duals | undefined;
  readonly #unreadGain: Float64Array;

  constructor(source: ArcSource) {
    this.#source = source;
    this.#unreadGain = new Float64Array(source.capacities.length);
    this.#arcsOf = Array.from(source.capacities, () => NO_ARCS);
  }

  /** The first read: each offer's `initialArcs(positions)` best arcs (at least 1). */
  async readBest(initialArcs: (positions: number) => number, between?: BetweenOffers): Promise<void> {
    await this.#eachOffer(between, (o, positions) => {
      this.#arcsOf[o] = this.#counted(this.#source.bestArcs(o, Math.max(1, Math.ceil(initialArcs(positions)))));
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
   * arcs that violate them are then all new.
   *
   * After it, no arc of an offer left unread gains more under these duals than the last one pricing returned (the
   * pricing came back full), or than 0 (it came back short: every violating arc was taken). So at the next pricing an
   * arc left unread can violate the new duals only if its worker's value rose by less than the offer's price fell
   * plus that gain, and the source is told so: after a small change of the duals it looks at few workers.
   */
  async price(duals: Duals, limit: (positions: number) => number, between?: BetweenOffers): Promise<number> {
    const { workerValue, offerPrice } = duals;
    const earlier = this.#pricedWith;
    const pricing = this.#source.pricer(workerValue, earlier?.workerValue);
    let violated = 0;
    await this.#eachOffer(between, (o, positions) => {
      const price = offerPrice[o]!;
      const most = Math.max(1, Math.ceil(limit(positions)));
      const riseBelow = earlier ? earlier.offerPrice[o]! - price + this.#unreadGain[o]! : undefined;
      const found = this.#counted(pricing(o, price, most, riseBelow));
      const count = found.workers.length;
      // Best gain first: the last arc returned gains the least of them.
      this.#unreadGain[o] = count < most ? 0 : found.scores[count - 1]! - workerValue[found.workers[count - 1]!]! - price;
      if (count === 0) return;
      violated += count;
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

  /** The work for each offer with positions, then `between` (when given) after each. */
  async #eachOffer(between: BetweenOffers | undefined, work: (offer: number, positions: number) => void): Promise<void> {
    const { capacities } = this.#source;
    const offers = capacities.reduce((count, positions) => count + (positions > 0 ? 1 : 0), 0);
    let done = 0;
    for (let o = 0; o < capacities.length; o++) {
      const positions = capacities[o]!;
      if (positions === 0) continue;
      work(o, positions);
      done += 1;
      if (between) await between(done, offers);
    }
  }

  #counted(arcs: OfferArcs): OfferArcs {
    this.#reads++;
    return arcs;
  }
}
