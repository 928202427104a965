import type { Actor } from "../../core/access/roles.js";
import type { EmployerInput, EmployerSite } from "../../core/employers/employer-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { insertEmployerSite } from "../../db/repositories/employer-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkReferenceCodes } from "../reference/check-reference-codes.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { findAuthorisedEmployer } from "./find-authorised-employer.js";

/** The same limit as at registration, so a profile stays printable and a site list stays pickable. */
const MAX_SITES = 50;

/** Adds a farm, field or packing house where the employer's work takes place; the employer's version moves on. */
export async function addEmployerSite(
  db: Database,
  actor: Actor,
  employerId: string,
  site: EmployerInput["sites"][number],
  expectedVersion: number,
): Promise<EmployerSite> {
  checkReferenceCodes({ regions: [{ path: ["regionCode"], code: site.regionCode }] });
  return db.transaction(async (tx) => {
    const employer = await findAuthorisedEmployer(tx, actor, "employer.update", employerId);
    checkExpectedVersion(expectedVersion, employer.version);
    if (employer.sites.length >= MAX_SITES) {
      throw new DomainError("validation_failed", "This employer has as many sites as allowed.", [
        { path: ["sites"], message: "errors.tooManySites", params: { max: MAX_SITES } },
      ]);
    }
    const added = await insertEmployerSite(tx, employer, site);
    if (!added) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "employer.update",
      entityType: "employer",
      entityId: employerId,
      centreId: employer.centreId,
      outcome: "allowed",
      details: { siteAdded: added.site.id },
    });
    return added.site;
  });
}
