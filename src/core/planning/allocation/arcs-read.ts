// biome-ignore-all lint/style/noNonNullAssertion: offer and worker numbers index arrays sized for them, in range by construction
import type { Allocation, AllocationProblem } from "./allocation-problem.js";
import { type ArcSource, NO_ARCS, type OfferArcs, problemOfOfferArcs } from "./arc-source.js";

/** A dual solution: each worker's value and each offer's price. */
export type Duals = Pick<Allocation, "workerValue" | "offerPrice">;

/** Deepest read asked for: more arcs than any offer has, small enough for an Int32Array. */
const MAX_DEPTH = 2 ** 30;

/**
 * What column generation has read of each offer's arcs (allocate-by-pricing.ts). For each offer it keeps the arcs
 * read and `complete`, a score from which every arc of the offer has been read: after reading the k best arcs at or
 * above a floor, one more than the k-th score when k came back (an arc scoring more ranks above the k-th), or the
 * floor itself when fewer did. Offers without positions are never read.
 */
export class ArcsRead {
  readonly #source: ArcSource;
  readonly #arcsOf: OfferArcs[] = [];
  readonly #complete: Int32Array;
  /** How many arcs the last read of each offer asked for. */
  readonly #depth: Int32Array;
  #reads = 0;

  constructor(source: ArcSource, initialArcs: (positions: number) => number) {
    this.#source = source;
    const offers = source.capacities.length;
    this.#complete = new Int32Array(offers);
    this.#depth = new Int32Array(offers);
    for (let o = 0; o < offers; o++) {
      const positions = source.capacities[o]!;
      this.#arcsOf.push(NO_ARCS);
      if (positions > 0) this.#read(o, Math.max(1, Math.ceil(initialArcs(positions))), 0);
    }
  }

  /** bestArcs calls so far. */
  get reads(): number {
    return this.#reads;
  }

  /**
   * The problem made of the arcs read so far; given duals, only the arcs within `slack` of them (score ≥
   * value[worker] + price[offer] − slack), which holds every arc the duals' allocation uses and every arc violating
   * them.
   */
  problem(duals?: Duals, slack = 0): AllocationProblem {
    if (!duals) return problemOfOfferArcs(this.#source, this.#arcsOf);
    const { workerValue, offerPrice } = duals;
    return problemOfOfferArcs(
      this.#source,
      this.#arcsOf,
      (offer, worker, score) => score >= workerValue[worker]! + offerPrice[offer]! - slack,
    );
  }

  /** How many arcs read score more than value[worker] + price[offer]: the arcs read that violate the duals. */
  violations({ workerValue, offerPrice }: Duals): number {
    let violated = 0;
    this.#arcsOf.forEach(({ workers, scores }, offer) => {
      const price = offerPrice[offer]!;
      for (let i = 0; i < workers.length; i++) if (scores[i]! > workerValue[workers[i]!]! + price) violated++;
    });
    return violated;
  }

  /** True when every arc of the offer scoring more than `price` has been read (offers without positions: always). */
  isPricedAt(offer: number, price: number): boolean {
    return this.#source.capacities[offer]! === 0 || price + 1 >= this.#complete[offer]!;
  }

  /**
   * Reads `growth` times more of the offer's best arcs than last time, among those scoring more than its `price`
   * (not priced yet: see isPricedAt), and keeps them with the arcs read before below that floor (not read again).
   * Returns how many arcs read now score more than value[worker] + price: the arcs that violate the duals.
   */
  deepen(offer: number, price: number, growth: number, workerValue: Float64Array): number {
    const floor = price + 1;
    const before = this.#arcsOf[offer]!;
    const read = this.#read(offer, Math.min(MAX_DEPTH, this.#depth[offer]! * growth), floor);
    // Every arc read before at or above the floor is in the new read (see ArcSource.bestArcs): keep only the others.
    const kept = before.scores.reduce((count, score) => count + (score < floor ? 1 : 0), 0);
    if (kept > 0) {
      const workers = new Int32Array(read.workers.length + kept);
      const scores = new Int32Array(read.workers.length + kept);
      workers.set(read.workers);
      scores.set(read.scores);
      let at = read.workers.length;
      for (let i = 0; i < before.scores.length; i++) {
        if (before.scores[i]! >= floor) continue;
        workers[at] = before.workers[i]!;
        scores[at++] = before.scores[i]!;
      }
      this.#arcsOf[offer] = { workers, scores };
    }
    let violated = 0;
    for (let i = 0; i < read.workers.length; i++) if (read.scores[i]! > workerValue[read.workers[i]!]! + price) violated++;
    return violated;
  }

  #read(offer: number, k: number, floor: number): OfferArcs {
    const read = this.#source.bestArcs(offer, k, floor);
    this.#reads++;
    this.#arcsOf[offer] = read;
    this.#depth[offer] = k;
    this.#complete[offer] = read.scores.length < k ? floor : read.scores[k - 1]! + 1;
    return read;
  }
}
