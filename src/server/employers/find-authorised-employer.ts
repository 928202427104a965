import type { Action } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { Employer } from "../../core/employers/employer-schemas.js";
import type { Database, Transaction } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";

/** The employer if the actor may take the action on it, else the same 404 as for no employer at all. */
export async function findAuthorisedEmployer(
  db: Database | Transaction,
  actor: Actor,
  action: Action,
  employerId: string,
): Promise<Employer> {
  const employer = await findEmployer(db, employerId);
  authoriseRecord(
    actor,
    action,
    { type: "employer", id: employerId },
    employer && { centreId: employer.centreId, employerId: employer.id },
  );
  return employer as Employer;
}
