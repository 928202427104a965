import type { Actor } from "../../core/access/roles.js";
import { type Breach, type BreachPatch, breachRecord } from "../../core/breaches/breach-schemas.js";
import { parseInput } from "../../core/shared/parse-input.js";
import type { Database } from "../../db/database.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { findBreach, toBreach, updateBreachRow } from "./breach-store.js";

/** Completes or corrects a breach (the report to the authority, people informed, measures, closing it). */
export async function updateBreach(
  db: Database,
  actor: Actor,
  id: string,
  patch: BreachPatch,
  expectedVersion: number,
  now: Date,
): Promise<Breach> {
  return db.transaction(async (tx) => {
    const row = await findBreach(tx, id);
    authoriseRecord(actor, "breach.update", { type: "breach", id }, row);
    const current = toBreach(row as NonNullable<typeof row>, now);
    checkExpectedVersion(expectedVersion, current.version);
    const { id: _, centreId, reference, version, createdBy, createdAt, updatedAt, authorityDeadline, authorityNotice, ...facts } = current;
    const next = parseInput(breachRecord, { ...facts, ...patch });
    const saved = await updateBreachRow(tx, row as NonNullable<typeof row>, next);
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "breach.update",
      entityType: "breach",
      entityId: id,
      centreId,
      outcome: "allowed",
      details: { fields: Object.keys(patch).sort().join(","), status: next.status },
    });
    return toBreach(saved, now);
  });
}
