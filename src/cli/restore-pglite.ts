// Restore of the embedded database: the image is unpacked into a folder beside DATA_DIR/pglite, checked, migrated
// and cleaned of erased people there, and only then swapped in; the previous folder is kept aside, never deleted.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ErasureEntry } from "../server/privacy/reapply-erasures.js";
import { BackupError, type BackupManifest } from "./backup-file.js";
import { assertEmbeddedDatabaseIsStopped } from "./backup-pglite.js";
import { readDatabaseState, totalRows } from "./backup-statistics.js";
import { type ErasureOutcome, erasuresToCarry, finishRestore, hasErasureList, verifyRestoredTables } from "./restore-checks.js";

export interface RestoreOutcome {
  /** Where the data that were replaced are kept, if there were any. */
  previous: string | null;
  erasures: ErasureOutcome;
}

/** How many rows the embedded database to be replaced holds, and its erasure list. */
async function currentEmbeddedDatabase(dataDir: string): Promise<{ rows: number; erasures: ErasureEntry[] }> {
  if (!existsSync(join(dataDir, "PG_VERSION"))) return { rows: 0, erasures: [] };
  const client = await PGlite.create(dataDir);
  let rows: number;
  let keepsErasures: boolean;
  try {
    rows = totalRows((await readDatabaseState(client)).tables);
    keepsErasures = await hasErasureList(client);
  } finally {
    await client.close();
  }
  return { rows, erasures: keepsErasures ? await erasuresToCarry({ kind: "pglite", dataDir }) : [] };
}

export async function restorePglite(
  dataDir: string,
  file: string,
  backup: { manifest: BackupManifest; payloadOffset: number },
  force: boolean,
): Promise<RestoreOutcome> {
  assertEmbeddedDatabaseIsStopped(dataDir);
  const current = await currentEmbeddedDatabase(dataDir);
  const existingRows = current.rows;
  if (existingRows > 0 && !force) {
    throw new BackupError(
      `The embedded database in ${dataDir} is not empty (${existingRows} rows). Add --force to replace it; it will be kept aside, not deleted.`,
    );
  }
  const staging = `${dataDir}.restoring-${randomBytes(4).toString("hex")}`;
  await mkdir(dirname(dataDir), { recursive: true });
  try {
    const image = new Blob([(await readFile(file)).subarray(backup.payloadOffset)]);
    const client = await PGlite.create(staging, { loadDataDir: image }).catch((error: Error) => {
      throw new BackupError(
        `This version of the embedded database cannot open the backup (${backup.manifest.serverVersion}): ${error.message}`,
      );
    });
    try {
      verifyRestoredTables(backup.manifest, (await readDatabaseState(client)).tables);
    } finally {
      await client.close();
    }
    const erasures = await finishRestore({ kind: "pglite", dataDir: staging }, current.erasures);
    const previous = existingRows > 0 ? `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}` : null;
    if (previous) await rename(dataDir, previous);
    else await rm(dataDir, { recursive: true, force: true });
    await rename(staging, dataDir);
    return { previous, erasures };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
