import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import { findSiteOwner } from "../../db/repositories/employer-repository.js";

/** The work happens at one of the employer's own sites: a site of another employer (or none) is refused. */
export async function checkOfferSite(db: Database | Transaction, employerId: string, siteId: string): Promise<void> {
  const owner = await findSiteOwner(db, siteId);
  if (owner?.employerId !== employerId) {
    throw new DomainError("validation_failed", "The site is not one of this employer's sites.", [
      { path: ["siteId"], message: "errors.siteNotOfEmployer" },
    ]);
  }
}
