// `generateNetwork`: a seeded, realistic synthetic network of employment centres, workers and job offers for
// the matching bench and the planning tests. The same seed and sizes give the same network on every machine.
import type { OffersMatchContext } from "../../src/core/matching/match-inputs.js";
import { SeededRandom } from "../../src/db/seed/seeded-random.js";
import { shippedReferenceKnowledge } from "../../src/server/matching/shipped-reference-knowledge.js";
import { buildCentres, type SyntheticCentre } from "./centres.js";
import { OfferDrawer, type SyntheticOffer } from "./offers.js";
import { seasonDays } from "./permits.js";
import { type SyntheticWorker, WorkerDrawer } from "./workers.js";

export type { SyntheticCentre } from "./centres.js";
export type { SyntheticOffer } from "./offers.js";
export type { SyntheticWorker } from "./workers.js";

export interface NetworkOptions {
  readonly workers: number;
  readonly offers: number;
  readonly seed: number;
  /** The calendar year planned: every offer and availability window falls inside it. Default 2027. */
  readonly year?: number;
}

export interface SyntheticNetwork {
  readonly workers: SyntheticWorker[];
  readonly offers: SyntheticOffer[];
  readonly centres: SyntheticCentre[];
  /** ESCO knowledge as the server builds it (shippedReferenceKnowledge), for scoreMatch and rankOffers. */
  readonly context: OffersMatchContext;
  /** The season planned, the calendar year: every offer and availability window falls inside it (ISO dates). */
  readonly season: { readonly start: string; readonly end: string };
}

export const DEFAULT_SEASON_YEAR = 2027;

export function generateNetwork(options: NetworkOptions): SyntheticNetwork {
  const year = options.year ?? DEFAULT_SEASON_YEAR;
  const random = new SeededRandom(options.seed);
  const centres = buildCentres(random);
  const days = seasonDays(year);
  // Workers and offers draw from streams of their own, so the offers of a seed do not change with the number of workers.
  const workerRandom = random.fork("workers");
  const offerRandom = random.fork("offers");
  const workerDrawer = new WorkerDrawer(centres, days, year);
  const offerDrawer = new OfferDrawer(centres, year);
  const knowledge = shippedReferenceKnowledge();
  return {
    workers: Array.from({ length: options.workers }, () => workerDrawer.draw(workerRandom)),
    offers: Array.from({ length: options.offers }, () => offerDrawer.draw(offerRandom)),
    centres,
    context: { occupationSkillsOf: knowledge.occupationSkillsOf, iscoOf: knowledge.iscoOf },
    season: { start: `${year}-01-01`, end: `${year}-12-31` },
  };
}
