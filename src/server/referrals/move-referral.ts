import type { Actor } from "../../core/access/roles.js";
import { CONSENT_REQUIRED_FOR } from "../../core/privacy/consent-effects.js";
import type { Referral, ReferralMove } from "../../core/referrals/referral-schemas.js";
import { canMoveReferral, isVisibleToEmployer } from "../../core/referrals/referral-stages.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findReferral, insertPlacement, insertReferralEvent, updateReferralStage } from "../../db/repositories/referral-repository.js";
import { hasConsent, insertConsent } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { scheduleCheckIns } from "../check-ins/schedule-check-ins.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";

/**
 * Moves a candidacy along its pipeline. The worker accepts or declines a proposal (accepting records their consent
 * to be referred); the employer interviews, hires (with the placement) or declines with a reason. `expectedVersion`
 * (from If-Match) makes sure nobody moved it since the mover read it.
 */
export async function moveReferral(
  db: Database,
  actor: Actor,
  referralId: string,
  move: ReferralMove,
  expectedVersion: number,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const current = await findReferral(tx, referralId);
    const hiddenFromEmployer =
      actor.role === "employer" &&
      current !== null &&
      (!isVisibleToEmployer(current.stage) || !(await hasConsent(tx, current.workerId, CONSENT_REQUIRED_FOR.employer_sharing)));
    authoriseRecord(
      actor,
      "referral.move",
      { type: "referral", id: referralId },
      current && !hiddenFromEmployer ? { centreId: current.centreId, workerId: current.workerId, employerId: current.employerId } : null,
    );
    const referral = current as Referral;
    checkExpectedVersion(expectedVersion, referral.version);
    if (!canMoveReferral(referral.stage, move.to, actor.role)) {
      throw new DomainError("invalid_transition", `A referral cannot move from ${referral.stage} to ${move.to}.`, [
        { path: ["to"], message: "errors.invalidReferralMove" },
      ]);
    }
    if (!(await updateReferralStage(tx, referral, move.to, move.to === "declined" ? (move.reason ?? null) : null))) throw staleVersion();
    if (referral.stage === "proposed" && move.to === "referred") {
      // The worker says yes in their portal, or tells staff in person or by phone, who record how.
      const method = actor.role === "worker" ? "portal" : move.consentMethod;
      if (!method) {
        throw new DomainError("validation_failed", "Say how the worker gave their consent.", [
          { path: ["consentMethod"], message: "errors.consentRequired" },
        ]);
      }
      await insertConsent(tx, {
        centreId: referral.centreId,
        workerId: referral.workerId,
        purpose: "referral_to_employers",
        granted: true,
        method,
        note: `offer ${referral.offerId}`,
        recordedBy: actor.userId,
      });
    }
    if (move.to === "hired" && move.placement) await scheduleCheckIns(tx, await insertPlacement(tx, referral, move.placement));
    await insertReferralEvent(tx, {
      centreId: referral.centreId,
      referralId,
      fromStage: referral.stage,
      toStage: move.to,
      byUserId: actor.userId,
      byRole: actor.role,
      reason: move.reason ?? null,
      note: move.note,
    });
    await recordAudit(tx, {
      actor,
      action: "referral.move",
      entityType: "referral",
      entityId: referralId,
      centreId: referral.centreId,
      outcome: "allowed",
      details: { from: referral.stage, to: move.to },
    });
    const moved = await findReferral(tx, referralId);
    if (!moved) throw new Error("referral vanished");
    return moved;
  });
}
