import type { Actor } from "../../core/access/roles.js";
import type { GrievanceAssignee } from "../../core/grievances/grievance-schemas.js";
import type { Database } from "../../db/database.js";
import { grievanceStaffOf } from "../../db/repositories/grievance-repository.js";
import { GRIEVANCE_HANDLER_ROLES } from "./triage-grievance.js";

/** The members of the actor's centre a case can be assigned to. */
export async function listGrievanceStaff(db: Database, actor: Actor): Promise<GrievanceAssignee[]> {
  if (!actor.centreId) return [];
  return grievanceStaffOf(db, actor.centreId, GRIEVANCE_HANDLER_ROLES);
}
