import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { declarationsInput, VettingFile } from "../../core/vetting/vetting-schemas.js";
import type { Database } from "../../db/database.js";
import { changeVetting } from "./vetting-file.js";

/** The employer's declarations on their honour, signed by whoever sends them (the employer, or staff for them). */
export async function declareVetting(
  db: Database,
  actor: Actor,
  employerId: string,
  input: z.output<typeof declarationsInput>,
  expectedVersion: number,
  now: Date,
): Promise<VettingFile> {
  return changeVetting(db, actor, {
    action: "vetting.declare",
    employerId,
    expectedVersion,
    now,
    change: () => ({
      declarations: input.declarations,
      collectiveAgreement: input.declarations.collective_agreement_applied ? input.collectiveAgreement : "",
      declaredBy: actor.userId,
      declaredAt: now,
    }),
    details: () => ({
      what: "declarations",
      denied: Object.values(input.declarations).filter((value) => !value).length,
    }),
  });
}
