import type { Actor } from "../../core/access/roles.js";
import type { LabourRule, LabourRuleFacts } from "../../core/labour-rules/labour-rule-schemas.js";
import type { Database } from "../../db/database.js";
import { insertLabourRule } from "../../db/repositories/labour-rule-repository.js";
import { recordAudit } from "../audit/record-audit.js";

/** An administrator adds a rule (a new floor from its date, a limit); the rule and its audit entry are written together. */
export async function createLabourRule(db: Database, actor: Actor, facts: LabourRuleFacts): Promise<LabourRule> {
  return db.transaction(async (tx) => {
    const created = await insertLabourRule(tx, facts, actor.userId);
    await recordAudit(tx, {
      actor,
      action: "labour_rule.update",
      entityType: "labour_rule",
      entityId: created.id,
      centreId: null,
      outcome: "allowed",
      details: { change: "create", country: created.country, kind: created.kind },
    });
    return created;
  });
}
