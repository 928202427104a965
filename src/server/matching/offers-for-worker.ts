import type { Actor } from "../../core/access/roles.js";
import type { OfferMatch } from "../../core/matching/match-schemas.js";
import { rankOffers } from "../../core/matching/rank.js";
import { summariseOffer } from "../../core/offers/offer-summary.js";
import type { Database } from "../../db/database.js";
import { loadWorkersForMatching, referralStatesFor } from "../../db/repositories/matching-repository.js";
import { listPublishedOffersForMatching } from "../../db/repositories/offer-repository.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { todayIso } from "../clock.js";
import { fairWorkOf } from "../fair-work/employer-fair-work.js";
import type { ReferenceKnowledge } from "./reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "./to-match-inputs.js";

/**
 * Published offers of the worker's centre, best first, with the reasons; the worker sees this list in their portal.
 * Offers of employers that are not matched (on hold, or below the fair-work bar) are left out.
 */
export async function offersForWorker(
  db: Database,
  knowledge: ReferenceKnowledge,
  actor: Actor,
  workerId: string,
  options: { includeExcluded: boolean; limit: number },
): Promise<OfferMatch[]> {
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "worker.matches", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
  if (!worker) return [];
  const [workerRow] = await loadWorkersForMatching(db, { centreId: worker.centreId, workerId });
  if (!workerRow) return [];
  const today = todayIso();
  // An offer that has already ended is of no use to anyone, even if nobody closed it yet.
  const liveOffers = (await listPublishedOffersForMatching(db, worker.centreId)).filter((o) => o.endDate >= today);
  const fairWork = await fairWorkOf(
    db,
    liveOffers.map((o) => o.employerId),
    today,
  );
  const offerRows = liveOffers.filter((o) => fairWork.get(o.employerId)?.matchable);
  const byId = new Map(offerRows.map((o) => [o.id, o]));
  const results = rankOffers(
    toMatchWorker(workerRow, knowledge),
    offerRows.map((o) => toMatchOffer(o, knowledge)),
    { occupationSkillsOf: knowledge.occupationSkillsOf, iscoOf: knowledge.iscoOf },
    options,
  );
  const referrals = await referralStatesFor(db, { workerIds: [workerId] });
  return results.map((result) => {
    const offer = byId.get(result.offerId);
    if (!offer) throw new Error("ranked an unknown offer");
    return {
      offer: summariseOffer(offer),
      eligible: result.eligible,
      score: result.score,
      reasons: [...result.reasons],
      referral: referrals.get(`${result.offerId}:${workerId}`) ?? null,
    };
  });
}
