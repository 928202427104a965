import type { Actor } from "../../core/access/roles.js";
import type { VettingFile } from "../../core/vetting/vetting-schemas.js";
import type { Database } from "../../db/database.js";
import { findVetting } from "../../db/repositories/vetting-repository.js";
import { findAuthorisedEmployer } from "../employers/find-authorised-employer.js";
import { vettingFileOf } from "./vetting-file.js";

/**
 * An employer's vetting file with its history, documents (no contents) and what is still missing. Reading never
 * writes: a file never opened reads as pending, and is opened by its first change.
 */
export async function readVetting(db: Database, actor: Actor, employerId: string): Promise<VettingFile> {
  const employer = await findAuthorisedEmployer(db, actor, "vetting.read", employerId);
  return vettingFileOf(db, employer, await findVetting(db, employerId));
}
