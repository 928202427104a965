import type { z } from "zod";
import { isAllowed } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { Breach, breachInput } from "../../core/breaches/breach-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/repositories/unique-violation.js";
import { recordAudit } from "../audit/record-audit.js";
import { centreExists, insertBreach, nextReference, toBreach } from "./breach-store.js";

/** Staff of a centre record for their own centre; a network-wide role names the centre. */
async function centreOf(db: Database, actor: Actor, requested: string | undefined): Promise<string> {
  const centreId = actor.centreId ?? requested;
  const refuse = (message: string) =>
    new DomainError("validation_failed", "Say which centre the breach belongs to.", [{ path: ["centreId"], message }]);
  if (!centreId) throw refuse("errors.required");
  if (requested && requested !== centreId) throw refuse("errors.invalidValue");
  if (!isAllowed(actor, "breach.record", { centreId }) || !(await centreExists(db, centreId))) throw refuse("errors.invalidValue");
  return centreId;
}

/**
 * Records a breach in the centre's register under the next reference (BR-<year>-<n>). Two breaches recorded at
 * the same moment may reach for the same number: the loser takes the next one.
 */
export async function recordBreach(db: Database, actor: Actor, input: z.output<typeof breachInput>, now: Date): Promise<Breach> {
  const { centreId: requested, ...facts } = input;
  const centreId = await centreOf(db, actor, requested);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const reference = await nextReference(tx, centreId, new Date(facts.discoveredAt).getUTCFullYear());
        const row = await insertBreach(tx, { ...facts, status: "open", centreId, reference, createdBy: actor.userId });
        await recordAudit(tx, {
          actor,
          action: "breach.record",
          entityType: "breach",
          entityId: row.id,
          centreId,
          outcome: "allowed",
          details: { riskLevel: row.riskLevel },
        });
        return toBreach(row, now);
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === 5) throw error;
    }
  }
}
