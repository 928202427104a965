import type { Actor } from "../../core/access/roles.js";
import type { Transaction } from "../../db/database.js";
import { withdrawOpenReferrals } from "../../db/repositories/open-referrals-repository.js";

/** Why open candidacies ended: the worker withdrew the consent they rest on, or the file was erased. */
export type EndReason = "consent_withdrawn" | "erased";

/** Withdraws a worker's open candidacies; work done by the system (a restore) is signed "system". */
export async function endOpenReferrals(tx: Transaction, actor: Actor | null, workerId: string, reason: EndReason): Promise<number> {
  return withdrawOpenReferrals(tx, workerId, { userId: actor?.userId ?? "system", role: actor?.role ?? "system", reason });
}
