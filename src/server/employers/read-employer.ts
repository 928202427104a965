import type { Actor } from "../../core/access/roles.js";
import type { Employer } from "../../core/employers/employer-schemas.js";
import type { Database } from "../../db/database.js";
import { findAuthorisedEmployer } from "./find-authorised-employer.js";

/** Staff and inspectors of the centre read its employers; an employer account reads its own company. */
export async function readEmployer(db: Database, actor: Actor, employerId: string): Promise<Employer> {
  return findAuthorisedEmployer(db, actor, "employer.read", employerId);
}
