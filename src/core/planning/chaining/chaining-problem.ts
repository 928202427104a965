import type { GeoPoint } from "../../matching/match-inputs.js";

/** Days are whole day numbers (days since 1970-01-01, UTC); both ends inclusive. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

export interface ChainOffer {
  readonly startDay: number;
  readonly endDay: number;
  /** Positions the whole network may fill on this offer. */
  readonly capacity: number;
  readonly location: GeoPoint | null;
}

export interface ChainWorker {
  readonly availability: readonly DayWindow[];
  readonly location: GeoPoint | null;
}

/** The season, its workers and its offers across a year: what a chain is read against (see chainOf). */
export interface ChainSetting {
  /** The season planned: idle days and employed days are counted inside it only. */
  readonly season: DayWindow;
  readonly workers: readonly ChainWorker[];
  readonly offers: readonly ChainOffer[];
}

/**
 * The setting and the eligible pairs (the same arcs as the allocation: eligible and at least the plan's minimum
 * score). A worker may hold several offers one after another, never two at once, with the travel between sites
 * fitting between them.
 */
export interface ChainingProblem extends ChainSetting {
  readonly arcWorker: Int32Array;
  readonly arcOffer: Int32Array;
  readonly arcScore: Int32Array;
}

export interface ChainPlan {
  /** For each worker, the offers in the order they are worked (indexes into offers). */
  readonly chains: readonly Int32Array[];
  readonly employedDays: number;
  readonly idleDays: number;
  readonly travelKm: number;
}

export interface ChainingOptions {
  /** Called now and then with the share of the work done, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * Stop improving the plan once this many milliseconds have passed since the start; the plan is complete and valid
   * at every step, so it is returned as it stands. Without it the improvement runs to its end (deterministic).
   */
  readonly timeLimitMs?: number;
}
