import type { Actor } from "../../core/access/roles.js";
import type { EmployerNotMatchable } from "../../core/fair-work/fair-work-schemas.js";
import type { MatchResult } from "../../core/matching/match-result.js";
import type { CandidateMatch } from "../../core/matching/match-schemas.js";
import { rankCandidates } from "../../core/matching/rank.js";
import { loadWorkersForMatching, referralStatesFor, type WorkerForMatching } from "../../db/repositories/matching-repository.js";
import { findOfferWithSite, type OfferWithSite } from "../../db/repositories/offer-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { todayIso } from "../clock.js";
import { fairWorkOf, notMatchableReason } from "../fair-work/employer-fair-work.js";
import type { MatchingServices } from "./matching-services.js";
import { toMatchOffer, toMatchWorker } from "./to-match-inputs.js";

/**
 * Ranked candidates of the offer's centre, each with the reasons a caseworker can read and any referral so far. An
 * employer that is not matched (on hold, or below the fair-work bar) gets no candidates, and the answer says why.
 * A published offer's eligible candidates come from the in-memory index; the excluded (shown on request, to say
 * why someone is not proposed) and the candidates of an offer no longer published are ranked from the database.
 */
export async function candidatesForOffer(
  services: MatchingServices,
  actor: Actor,
  offerId: string,
  options: { includeExcluded: boolean; limit: number },
): Promise<{ items: CandidateMatch[]; employerNotMatchable: EmployerNotMatchable | null }> {
  const { db } = services;
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
  const { results, workers } =
    offer.status === "published" && !options.includeExcluded
      ? await fromIndex(services, offer, options.limit)
      : await fromDatabase(services, offer, options);
  const referrals = await referralStatesFor(db, { offerIds: [offerId] });
  const items = results.flatMap((result) => {
    const worker = workers.get(result.workerId);
    // Withdrew consent between the search and this read: no longer a candidate.
    if (!worker) return [];
    return [
      {
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
      },
    ];
  });
  return { items, employerNotMatchable: null };
}

interface Ranked {
  results: MatchResult[];
  workers: Map<string, WorkerForMatching>;
}

async function fromIndex({ db, matchIndex }: MatchingServices, offer: OfferWithSite, limit: number): Promise<Ranked> {
  const results = (await matchIndex.current()).topCandidates(offer.id, { k: limit, centreIds: [offer.centreId] });
  const rows = await loadWorkersForMatching(db, { centreId: offer.centreId, workerIds: results.map((r) => r.workerId) });
  return { results, workers: byId(rows) };
}

async function fromDatabase(
  { db, knowledge }: MatchingServices,
  offer: OfferWithSite,
  options: { includeExcluded: boolean; limit: number },
): Promise<Ranked> {
  const rows = await loadWorkersForMatching(db, { centreId: offer.centreId });
  const results = rankCandidates(
    toMatchOffer(offer, knowledge),
    rows.map((w) => toMatchWorker(w, knowledge)),
    { occupationSkills: knowledge.occupationSkillsOf(offer.occupationUri), iscoOf: knowledge.iscoOf },
    options,
  );
  return { results, workers: byId(rows) };
}

function byId(rows: readonly WorkerForMatching[]): Map<string, WorkerForMatching> {
  return new Map(rows.map((row) => [row.id, row]));
}
