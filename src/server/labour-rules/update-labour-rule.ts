import type { Actor } from "../../core/access/roles.js";
import { type LabourRule, type LabourRulePatch, labourRuleInput } from "../../core/labour-rules/labour-rule-schemas.js";
import { parseInput } from "../../core/shared/parse-input.js";
import type { Database } from "../../db/database.js";
import { findLabourRule, updateLabourRuleRow } from "../../db/repositories/labour-rule-repository.js";
import { notFound } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";

/**
 * An administrator corrects a rule or ends it (validTo): rules are never deleted, since offers were checked
 * against them. The change is checked as a whole rule (a pay floor keeps an amount, a limit a value).
 */
export async function updateLabourRule(
  db: Database,
  actor: Actor,
  id: string,
  patch: LabourRulePatch,
  expectedVersion: number,
): Promise<LabourRule> {
  return db.transaction(async (tx) => {
    const current = await findLabourRule(tx, id);
    if (!current) throw notFound("labour rule");
    checkExpectedVersion(expectedVersion, current.version);
    const { id: _, updatedBy, createdAt, updatedAt, version, ...facts } = current;
    const next = parseInput(labourRuleInput, { ...facts, ...patch });
    const saved = await updateLabourRuleRow(tx, current, next, actor.userId);
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "labour_rule.update",
      entityType: "labour_rule",
      entityId: id,
      centreId: null,
      outcome: "allowed",
      details: { change: "update", fields: Object.keys(patch).sort().join(","), country: saved.country, kind: saved.kind },
    });
    return saved;
  });
}
