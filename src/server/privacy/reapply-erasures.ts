import type { Database } from "../../db/database.js";
import { type ErasureEntry, insertErasures, listErasures } from "../../db/repositories/erasure-repository.js";
import { eraseWorkerFile } from "./erase-worker-file.js";

export type { ErasureEntry } from "../../db/repositories/erasure-repository.js";
export { listErasures } from "../../db/repositories/erasure-repository.js";

/**
 * After a backup is restored, erases again everyone on the erasure list: a backup taken before an erasure still
 * holds the person's data. A restore reads the list from the database it replaces (`listErasures`) and passes it
 * here, because the restored database's own list predates those erasures. Idempotent; safe to run at any time.
 */
export async function reapplyErasures(db: Database, carried: readonly ErasureEntry[] = []): Promise<{ listed: number; erased: number }> {
  return db.transaction(async (tx) => {
    await insertErasures(tx, carried);
    const list = await listErasures(tx);
    let erased = 0;
    for (const entry of list) {
      if (await eraseWorkerFile(tx, null, { workerId: entry.subjectId, centreId: entry.centreId, reason: entry.reason })) erased += 1;
    }
    return { listed: list.length, erased };
  });
}
