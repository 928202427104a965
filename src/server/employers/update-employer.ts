import type { Actor } from "../../core/access/roles.js";
import { type Employer, type EmployerPatch, employerDetails } from "../../core/employers/employer-schemas.js";
import { fieldsOutsideEmployerSelfService } from "../../core/employers/self-service.js";
import { DomainError } from "../../core/shared/api-error.js";
import { parseInput } from "../../core/shared/parse-input.js";
import type { Database } from "../../db/database.js";
import { findEmployerByTaxId, updateEmployer as writeEmployer } from "../../db/repositories/employer-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { findAuthorisedEmployer } from "./find-authorised-employer.js";
import { refusingTakenTaxId, taxIdTaken } from "./tax-id-taken.js";

/**
 * Applies a partial change to an employer's profile (not its sites). `expectedVersion` (from If-Match) guards
 * against overwriting someone else's edit; an employer may not change the legal identity the centre vetted.
 */
export async function updateEmployer(
  db: Database,
  actor: Actor,
  employerId: string,
  patch: EmployerPatch,
  expectedVersion: number,
): Promise<Employer> {
  return refusingTakenTaxId(
    db.transaction(async (tx) => {
      const current = await findAuthorisedEmployer(tx, actor, "employer.update", employerId);
      if (actor.role === "employer") {
        const refused = fieldsOutsideEmployerSelfService(patch);
        if (refused.length > 0) {
          throw new DomainError(
            "forbidden",
            "Some of these fields are changed by the centre.",
            refused.map((field) => ({ path: [field], message: "errors.fieldStaffOnly" })),
          );
        }
      }
      checkExpectedVersion(expectedVersion, current.version);
      const { id, centreId, sites, createdAt, updatedAt, version, ...currentDetails } = current;
      const next = parseInput(employerDetails, { ...currentDetails, ...patch });
      if (next.taxId !== current.taxId && (await findEmployerByTaxId(tx, centreId, next.taxId))) throw taxIdTaken();
      const saved = await writeEmployer(tx, current, next);
      if (!saved) throw staleVersion();
      await recordAudit(tx, {
        actor,
        action: "employer.update",
        entityType: "employer",
        entityId: id,
        centreId,
        outcome: "allowed",
        details: { fields: Object.keys(patch).sort().join(",") },
      });
      return saved;
    }),
  );
}
