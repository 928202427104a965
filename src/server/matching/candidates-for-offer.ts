import type { Actor } from "../../core/access/roles.js";
import type { EmployerNotMatchable } from "../../core/fair-work/fair-work-schemas.js";
import type { CandidateMatch } from "../../core/matching/match-schemas.js";
import { rankCandidates } from "../../core/matching/rank.js";
import type { Database } from "../../db/database.js";
import { loadWorkersForMatching, referralStatesFor } from "../../db/repositories/matching-repository.js";
import { findOfferWithSite } from "../../db/repositories/offer-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { todayIso } from "../clock.js";
import { fairWorkOf, notMatchableReason } from "../fair-work/employer-fair-work.js";
import type { ReferenceKnowledge } from "./reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "./to-match-inputs.js";

/**
 * Ranked candidates of the offer's centre, each with the reasons a caseworker can read and any referral so far. An
 * employer that is not matched (on hold, or below the fair-work bar) gets no candidates, and the answer says why.
 */
export async function candidatesForOffer(
  db: Database,
  knowledge: ReferenceKnowledge,
  actor: Actor,
  offerId: string,
  options: { includeExcluded: boolean; limit: number },
): Promise<{ items: CandidateMatch[]; employerNotMatchable: EmployerNotMatchable | null }> {
  const offer = await findOfferWithSite(db, offerId);
  authoriseRecord(
    actor,
    "offer.matches",
    { type: "offer", id: offerId },
    offer && { centreId: offer.centreId, employerId: offer.employerId },
  );
  if (!offer) return { items: [], employerNotMatchable: null };
  const employerNotMatchable = notMatchableReason((await fairWorkOf(db, [offer.employerId], todayIso())).get(offer.employerId));
  if (employerNotMatchable) return { items: [], employerNotMatchable };
  const workerRows = await loadWorkersForMatching(db, { centreId: offer.centreId });
  const byId = new Map(workerRows.map((w) => [w.id, w]));
  const results = rankCandidates(
    toMatchOffer(offer, knowledge),
    workerRows.map((w) => toMatchWorker(w, knowledge)),
    { occupationSkills: knowledge.occupationSkillsOf(offer.occupationUri), iscoOf: knowledge.iscoOf },
    options,
  );
  const referrals = await referralStatesFor(db, { offerIds: [offerId] });
  const items = results.map((result) => {
    const worker = byId.get(result.workerId);
    if (!worker) throw new Error("ranked an unknown worker");
    return {
      worker: {
        id: worker.id,
        givenName: worker.givenName,
        familyName: worker.familyName,
        regionCode: worker.regionCode,
        languages: worker.languages,
      },
      eligible: result.eligible,
      score: result.score,
      reasons: [...result.reasons],
      referral: referrals.get(`${offerId}:${worker.id}`) ?? null,
    };
  });
  return { items, employerNotMatchable: null };
}
