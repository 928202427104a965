import type { Actor } from "../../core/access/roles.js";
import { scoreMatch } from "../../core/matching/score.js";
import { isOfferOpenForReferrals } from "../../core/offers/offer-lifecycle.js";
import type { ReferralCreate } from "../../core/referrals/referral-schemas.js";
import { isReferralOpen } from "../../core/referrals/referral-stages.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { loadWorkersForMatching, referralStatesFor } from "../../db/repositories/matching-repository.js";
import { findOfferWithSite } from "../../db/repositories/offer-repository.js";
import { insertReferral, insertReferralEvent } from "../../db/repositories/referral-repository.js";
import { findWorker, insertConsent } from "../../db/repositories/worker-repository.js";
import { authoriseRecord, notFound } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { todayIso } from "../clock.js";
import { fairWorkOf, notMatchableReason } from "../fair-work/employer-fair-work.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "../matching/to-match-inputs.js";

/**
 * Puts a worker forward for a published offer. Hard rules never bend: an excluded worker is refused with the
 * reasons, and so is any worker for an offer whose employer is not matched (fair-work hold or score). The employer sees the candidate only with the worker's consent: either the worker gave it to the
 * caseworker (mode "refer", recorded now) or the worker is asked in their portal (mode "propose").
 */
export async function createReferral(db: Database, knowledge: ReferenceKnowledge, actor: Actor, input: ReferralCreate): Promise<string> {
  const centreId = actor.centreId;
  if (!centreId) throw notFound("offer");
  return db.transaction(async (tx) => {
    const offer = await findOfferWithSite(tx, input.offerId);
    authoriseRecord(actor, "referral.create", { type: "offer", id: input.offerId }, offer && { centreId: offer.centreId });
    const [workerRow] = await loadWorkersForMatching(tx, { centreId, workerIds: [input.workerId] });
    if (!workerRow || !offer) {
      const worker = await findWorker(tx, input.workerId);
      // A worker of another centre is answered like one that does not exist, and the attempt is audited.
      const ownership = worker && { centreId: worker.centreId, workerId: worker.id };
      authoriseRecord(actor, "referral.create", { type: "worker", id: input.workerId }, ownership);
      // A worker of this centre who withdrew consent to process their file cannot be put forward.
      if (offer) {
        throw new DomainError("consent_missing", "The worker withdrew consent to process their file.", [
          { path: ["workerId"], message: "errors.code.consent_missing" },
        ]);
      }
      throw notFound("worker");
    }
    if (!isOfferOpenForReferrals(offer.status)) {
      throw new DomainError("offer_not_open", "Workers can be referred only to a published offer.", [
        { path: ["offerId"], message: "errors.offerNotOpen" },
      ]);
    }
    // An employer on hold or below the fair-work bar is not matched: nobody is put forward for its offers.
    const notMatchable = notMatchableReason((await fairWorkOf(tx, [offer.employerId], todayIso())).get(offer.employerId));
    if (notMatchable) {
      throw new DomainError("not_eligible", "The offer's employer is not matched at the moment (fair-work hold or score).", [
        { path: ["offerId"], message: "errors.employerNotMatchable", params: { score: notMatchable.score, bar: notMatchable.bar } },
      ]);
    }
    const existing = (await referralStatesFor(tx, { offerIds: [input.offerId], workerIds: [input.workerId] })).get(
      `${input.offerId}:${input.workerId}`,
    );
    if (existing && isReferralOpen(existing.stage)) {
      throw new DomainError("conflict", "This worker is already put forward for this offer.", [
        { path: ["workerId"], message: "errors.alreadyReferred" },
      ]);
    }
    const match = scoreMatch(toMatchWorker(workerRow, knowledge), toMatchOffer(offer, knowledge), {
      occupationSkills: knowledge.occupationSkillsOf(offer.occupationUri),
      iscoOf: knowledge.iscoOf,
    });
    if (!match.eligible) {
      const excluded = match.reasons.filter((r) => r.kind === "excluded");
      throw new DomainError(
        "not_eligible",
        "A hard rule excludes this worker from this offer.",
        excluded.map((r) => ({ path: [r.criterion], message: `reasons.${r.code}`, params: { ...r.params } })),
      );
    }
    const stage = input.mode === "refer" ? "referred" : "proposed";
    if (input.mode === "refer") {
      await insertConsent(tx, {
        centreId,
        workerId: input.workerId,
        purpose: "referral_to_employers",
        granted: true,
        method: input.consentMethod ?? "in_person",
        note: `offer ${input.offerId}`,
        recordedBy: actor.userId,
      });
    }
    const id = await insertReferral(tx, {
      centreId,
      offerId: input.offerId,
      workerId: input.workerId,
      stage,
      score: match.score,
      note: input.note,
      createdBy: actor.userId,
    });
    await insertReferralEvent(tx, {
      centreId,
      referralId: id,
      fromStage: null,
      toStage: stage,
      byUserId: actor.userId,
      byRole: actor.role,
      note: input.note,
    });
    await recordAudit(tx, {
      actor,
      action: "referral.create",
      entityType: "referral",
      entityId: id,
      centreId,
      outcome: "allowed",
      details: { stage, score: match.score },
    });
    return id;
  });
}
