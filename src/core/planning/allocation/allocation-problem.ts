/**
 * A season allocation as a weighted bipartite b-matching: workers on one side (each takes at most one job in the
 * season), offers on the other (each has a number of positions), and one arc per eligible worker–offer pair
 * weighted by its match score. Arrays are parallel and indexed from 0, so 100,000 × 10,000 fits in memory.
 */
export interface AllocationProblem {
  readonly workerCount: number;
  /** Positions of each offer; its length is the number of offers. */
  readonly capacities: Int32Array;
  readonly arcWorker: Int32Array;
  readonly arcOffer: Int32Array;
  /** Whole points, 1 to 100: only eligible pairs at or above the plan's minimum score are arcs. */
  readonly arcScore: Int32Array;
}

/** The chosen arcs and a dual solution that proves them optimal (see checkOptimality). */
export interface Allocation {
  /** For each worker, the offer they are placed on, or -1. */
  readonly offerOf: Int32Array;
  /** Sum of the scores of the chosen arcs. */
  readonly objective: number;
  /** Duals: value[w] ≥ 0, price[o] ≥ 0, value[w] + price[o] ≥ score on every arc; equal objectives ⇒ optimal. */
  readonly workerValue: Float64Array;
  readonly offerPrice: Float64Array;
}

export interface AllocationOptions {
  /** Called now and then with the share of the work done, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
}
