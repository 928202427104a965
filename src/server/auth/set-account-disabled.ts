import { eq } from "drizzle-orm";
import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { deleteSessionsOfUser } from "../../db/repositories/session-repository.js";
import { users } from "../../db/schema/auth.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { forgetCachedSessions } from "./session-cache.js";

/** Network-wide accounts (administrators, analysts) belong to no centre: only a network-wide role may touch them. */
const NO_CENTRE = "";

/**
 * Disables an account (every session ends at once and no new one can start) or enables it again. A coordinator
 * acts on accounts of their own centre, an administrator on any; nobody disables their own account.
 */
export async function setAccountDisabled(db: Database, actor: Actor, userId: string, disabled: boolean) {
  const [user] = await db.select({ id: users.id, centreId: users.centreId }).from(users).where(eq(users.id, userId));
  authoriseRecord(actor, "user.disable", { type: "user", id: userId }, user ? { centreId: user.centreId ?? NO_CENTRE } : null);
  if (userId === actor.userId) throw new DomainError("forbidden", "You cannot disable your own account.");
  const result = await db.transaction(async (tx) => {
    await tx.update(users).set({ disabled, updatedAt: new Date() }).where(eq(users.id, userId));
    const sessionsEnded = disabled ? await deleteSessionsOfUser(tx, userId) : 0;
    await recordAudit(tx, {
      actor,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
      centreId: user?.centreId ?? null,
      outcome: "allowed",
      details: { sessionsEnded },
    });
    return { id: userId, disabled };
  });
  // Once committed, so that no request re-reads the session in between.
  forgetCachedSessions();
  return result;
}
