// Restore of a PostgreSQL database with pg_restore. The target must hold no rows (or --force): its schemas are
// dropped, the archive is restored in one transaction, checked against the manifest, migrated and cleaned of
// people erased since the backup. Objects belong to the account that restores (the one that runs migrations);
// the grants in the archive are kept. Stop the servers first: a restore is not an online operation.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { BackupError, type BackupManifest, extractPayload } from "./backup-file.js";
import { serverMajor } from "./backup-postgres.js";
import { findPostgresTool, majorVersion, runPostgresTool } from "./backup-postgres-tools.js";
import { readDatabaseState, totalRows } from "./backup-statistics.js";
import { erasuresToCarry, finishRestore, hasErasureList, verifyRestoredTables } from "./restore-checks.js";
import type { RestoreOutcome } from "./restore-pglite.js";

/** Drops every schema of the product and recreates an empty `public` as PostgreSQL 15+ makes it; all or nothing. */
async function emptyDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    "select nspname as name from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'",
  );
  await client.query("begin");
  try {
    for (const { name } of rows) await client.query(`drop schema "${name.replaceAll('"', '""')}" cascade`);
    await client.query("create schema public authorization pg_database_owner");
    await client.query("grant usage on schema public to public");
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw new BackupError(`Could not empty the target database (restore as its owner): ${(error as Error).message}`);
  }
}

export async function restorePostgres(
  databaseUrl: string,
  file: string,
  backup: { manifest: BackupManifest; payloadOffset: number },
  force: boolean,
): Promise<RestoreOutcome> {
  const { manifest } = backup;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const folder = await mkdtemp(join(tmpdir(), "primacenters-restore-"));
  try {
    const backupMajor = majorVersion(manifest.serverVersion);
    const targetMajor = await serverMajor(client);
    if (targetMajor < backupMajor) {
      throw new BackupError(
        `The backup comes from PostgreSQL ${backupMajor}; this server runs ${targetMajor}. Restore into PostgreSQL ${backupMajor} or newer.`,
      );
    }
    const pgRestore = findPostgresTool("pg_restore", majorVersion(manifest.dumpTool ?? "") || backupMajor);
    const existingRows = totalRows((await readDatabaseState(client)).tables);
    if (existingRows > 0 && !force) {
      throw new BackupError(
        `The target database is not empty (${existingRows} rows). Add --force to replace everything in it (back it up first).`,
      );
    }
    const carried = (await hasErasureList(client)) ? await erasuresToCarry({ kind: "postgres", url: databaseUrl, poolSize: 1 }) : [];
    const archive = join(folder, "database.dump");
    await extractPayload(file, backup.payloadOffset, archive);
    await emptyDatabase(client);
    await runPostgresTool(pgRestore.path, databaseUrl, ["--single-transaction", "--exit-on-error", "--no-owner", archive]).catch(
      (error: Error) => {
        throw new BackupError(`${error.message}\nNothing was restored; the target database was left empty.`);
      },
    );
    verifyRestoredTables(manifest, (await readDatabaseState(client)).tables);
    return { previous: null, erasures: await finishRestore({ kind: "postgres", url: databaseUrl, poolSize: 2 }, carried) };
  } finally {
    await client.end();
    await rm(folder, { recursive: true, force: true });
  }
}
