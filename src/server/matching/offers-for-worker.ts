import type { Actor } from "../../core/access/roles.js";
import type { MatchResult } from "../../core/matching/match-result.js";
import type { OfferMatch } from "../../core/matching/match-schemas.js";
import { rankOffers } from "../../core/matching/rank.js";
import { summariseOffer } from "../../core/offers/offer-summary.js";
import type { Database } from "../../db/database.js";
import { loadWorkersForMatching, referralStatesFor, type WorkerForMatching } from "../../db/repositories/matching-repository.js";
import { listPublishedOffersForMatching, type OfferWithSite } from "../../db/repositories/offer-repository.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { todayIso } from "../clock.js";
import { fairWorkOf } from "../fair-work/employer-fair-work.js";
import type { MatchingServices } from "./matching-services.js";
import { toMatchOffer, toMatchWorker } from "./to-match-inputs.js";

interface Ranked {
  results: MatchResult[];
  offers: Map<string, OfferWithSite>;
}

/**
 * Published offers of the worker's centre, best first, with the reasons; the worker sees this list in their portal.
 * Offers that have already ended and offers of employers that are not matched (on hold, or below the fair-work
 * bar) are left out. The eligible come from the in-memory index; with the excluded, all are ranked from the database.
 */
export async function offersForWorker(
  services: MatchingServices,
  actor: Actor,
  workerId: string,
  options: { includeExcluded: boolean; limit: number },
): Promise<OfferMatch[]> {
  const { db } = services;
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "worker.matches", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
  if (!worker) return [];
  const [workerRow] = await loadWorkersForMatching(db, { centreId: worker.centreId, workerIds: [workerId] });
  if (!workerRow) return [];
  const { results, offers } = options.includeExcluded
    ? await fromDatabase(services, workerRow, options)
    : await fromIndex(services, workerRow, options.limit);
  const referrals = await referralStatesFor(db, { workerIds: [workerId] });
  return results.flatMap((result) => {
    const offer = offers.get(result.offerId);
    return offer
      ? [
          {
            offer: summariseOffer(offer),
            eligible: result.eligible,
            score: result.score,
            reasons: [...result.reasons],
            referral: referrals.get(`${result.offerId}:${workerId}`) ?? null,
          },
        ]
      : [];
  });
}

/** An offer that has already ended is of no use to anyone, even if nobody closed it yet. */
async function offeredNow(db: Database, offers: readonly OfferWithSite[]): Promise<Map<string, OfferWithSite>> {
  const today = todayIso();
  const live = offers.filter((o) => o.endDate >= today);
  const fairWork = await fairWorkOf(
    db,
    live.map((o) => o.employerId),
    today,
  );
  return new Map(live.filter((o) => fairWork.get(o.employerId)?.matchable).map((o) => [o.id, o]));
}

/** Asks the index for more until enough of its offers are still offered now, or it has no more. */
async function fromIndex({ db, matchIndex }: MatchingServices, worker: WorkerForMatching, limit: number): Promise<Ranked> {
  const index = await matchIndex.current();
  for (let wanted = limit; ; wanted *= 2) {
    const found = index.topOffers(worker.id, { k: wanted, centreIds: [worker.centreId] });
    const offers = await offeredNow(db, await listPublishedOffersForMatching(db, { ids: found.map((r) => r.offerId) }));
    const results = found.filter((r) => offers.has(r.offerId));
    if (results.length >= limit || found.length < wanted) return { results: results.slice(0, limit), offers };
  }
}

async function fromDatabase(
  { db, knowledge }: MatchingServices,
  worker: WorkerForMatching,
  options: { includeExcluded: boolean; limit: number },
): Promise<Ranked> {
  const offers = await offeredNow(db, await listPublishedOffersForMatching(db, { centreId: worker.centreId }));
  const results = rankOffers(
    toMatchWorker(worker, knowledge),
    [...offers.values()].map((o) => toMatchOffer(o, knowledge)),
    { occupationSkillsOf: knowledge.occupationSkillsOf, iscoOf: knowledge.iscoOf },
    options,
  );
  return { results, offers };
}
