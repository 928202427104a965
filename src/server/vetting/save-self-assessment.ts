import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { SelfAssessmentAnswerInput, selfAssessmentInput, VettingFile } from "../../core/vetting/vetting-schemas.js";
import type { Database } from "../../db/database.js";
import { changeVetting } from "./vetting-file.js";

/** The self-assessment as it stands (it can be saved half-way); it replaces the answers saved before. */
export async function saveSelfAssessment(
  db: Database,
  actor: Actor,
  employerId: string,
  input: z.output<typeof selfAssessmentInput>,
  expectedVersion: number,
  now: Date,
): Promise<VettingFile> {
  const answers = Object.fromEntries(
    Object.entries(input.answers).filter((entry): entry is [string, SelfAssessmentAnswerInput] => entry[1] !== undefined),
  );
  return changeVetting(db, actor, {
    action: "vetting.declare",
    employerId,
    expectedVersion,
    now,
    change: () => ({ selfAssessment: answers, selfAssessedAt: now }),
    details: () => ({ what: "self_assessment", answered: Object.keys(answers).length }),
  });
}
