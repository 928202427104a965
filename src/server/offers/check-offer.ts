import type { Actor } from "../../core/access/roles.js";
import { checkOfferAgainstRules, countryOfRegion } from "../../core/offers/offer-check.js";
import type { OfferCheckResult } from "../../core/offers/offer-check-schemas.js";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import { labourRulesOfCountry } from "../../db/repositories/labour-rule-repository.js";
import { findOfferWithSite } from "../../db/repositories/offer-repository.js";
import { findAuthorisedOffer } from "./find-authorised-offer.js";

/** The moves that put an offer before workers, or one step nearer: each runs the check and refuses a failing offer. */
const CHECKED_MOVES: readonly OfferStatus[] = ["submitted", "checked", "published"];

/** The offer against the labour rules of its site's country and its employer's sector, on its dates. */
export async function evaluateOfferCheck(db: Database | Transaction, offerId: string): Promise<OfferCheckResult> {
  const offer = await findOfferWithSite(db, offerId);
  if (!offer) throw new DomainError("not_found", "No such offer.");
  const place = { country: countryOfRegion(offer.regionCode), sector: offer.sector };
  const outcome = checkOfferAgainstRules(offer, place, await labourRulesOfCountry(db, place.country));
  return { ...outcome, ...place };
}

/** GET /api/offers/:id/check: what the employer must fix before the offer can be published. */
export async function checkOffer(db: Database, actor: Actor, offerId: string): Promise<OfferCheckResult> {
  await findAuthorisedOffer(db, actor, "offer.check", offerId);
  return evaluateOfferCheck(db, offerId);
}

/** Refuses a move to submitted, checked or published with 422 offer_check_failed, each problem in the details. */
export async function requirePassingCheck(db: Database | Transaction, offerId: string, to: OfferStatus): Promise<void> {
  if (!CHECKED_MOVES.includes(to)) return;
  const result = await evaluateOfferCheck(db, offerId);
  if (result.passes) return;
  throw new DomainError(
    "offer_check_failed",
    "The offer breaks a labour rule; fix the problems listed.",
    result.problems
      .filter((problem) => problem.severity === "error")
      .map((problem) => ({
        path: problem.path,
        message: `labourRules:${problem.message}`,
        params: { code: problem.code, ...problem.params },
      })),
  );
}
