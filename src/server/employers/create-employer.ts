import type { Actor } from "../../core/access/roles.js";
import type { Employer, EmployerInput } from "../../core/employers/employer-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findEmployerByTaxId, insertEmployer } from "../../db/repositories/employer-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkReferenceCodes } from "../reference/check-reference-codes.js";
import { siteRegionCodes } from "./employer-reference-codes.js";
import { refusingTakenTaxId, taxIdTaken } from "./tax-id-taken.js";

/** Registers an employer and its sites at the staff member's centre; a tax id is registered once per centre. */
export async function createEmployer(db: Database, actor: Actor, input: EmployerInput): Promise<Employer> {
  const centreId = actor.centreId;
  if (!centreId) throw new DomainError("forbidden", "Only staff of a centre register employers.");
  checkReferenceCodes(siteRegionCodes(input.sites));
  return refusingTakenTaxId(
    db.transaction(async (tx) => {
      if (await findEmployerByTaxId(tx, centreId, input.taxId)) throw taxIdTaken();
      const employer = await insertEmployer(tx, centreId, input);
      await recordAudit(tx, {
        actor,
        action: "employer.create",
        entityType: "employer",
        entityId: employer.id,
        centreId,
        outcome: "allowed",
        details: { sites: employer.sites.length },
      });
      return employer;
    }),
  );
}
