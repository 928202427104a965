// What every restore does after the engine has put the data back: prove it is what the manifest promised, bring
// the schema up to this version, and erase again the people erased after the backup was taken.
import { type DatabaseTarget, openDatabase } from "../db/open-database.js";
import { type ErasureEntry, listErasures, reapplyErasures } from "../server/privacy/reapply-erasures.js";
import { BackupError, type BackupManifest } from "./backup-file.js";
import { differingTables, type SqlClient, type TableStatistics } from "./backup-statistics.js";

export type ErasureOutcome = Awaited<ReturnType<typeof reapplyErasures>>;

export function verifyRestoredTables(manifest: BackupManifest, restored: TableStatistics[]): void {
  const differing = differingTables(manifest.tables, restored);
  if (differing.length > 0) {
    throw new BackupError(`The restored data differ from the backup's manifest in ${differing.join(", ")}. Do not use this database.`);
  }
}

/** Whether the database `client` is connected to keeps an erasure list (an empty or new one does not). */
export async function hasErasureList(client: SqlClient): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>("select to_regclass('public.erasures') is not null as present");
  return rows[0]?.present ?? false;
}

/**
 * The erasure list of the database a restore is about to replace: people erased after the backup was taken are
 * on it, not in the backup.
 */
export async function erasuresToCarry(target: DatabaseTarget): Promise<ErasureEntry[]> {
  const connection = await openDatabase(target, { migrate: false });
  try {
    return await listErasures(connection.db);
  } finally {
    await connection.close();
  }
}

/** Migrates the restored database to this version, then erases again everyone on the carried and restored lists. */
export async function finishRestore(target: DatabaseTarget, carried: ErasureEntry[]): Promise<ErasureOutcome> {
  const connection = await openDatabase(target);
  try {
    return await reapplyErasures(connection.db, carried);
  } finally {
    await connection.close();
  }
}
