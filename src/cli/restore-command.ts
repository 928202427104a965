import { resolve } from "node:path";
import type { DatabaseTarget } from "../db/open-database.js";
import { configFromEnvironment } from "../server/config.js";
import { reportingBackupErrors } from "./backup-command.js";
import { BackupError, type BackupManifest, readBackupFile } from "./backup-file.js";
import { checkMigrationIsKnown, totalRows } from "./backup-statistics.js";
import { type RestoreOutcome, restorePglite } from "./restore-pglite.js";
import { restorePostgres } from "./restore-postgres.js";

/**
 * Restores a backup into the configured database after checking the file against its manifest. A database that
 * holds rows is replaced only with `force`.
 */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: { force: boolean },
): Promise<RestoreOutcome & { manifest: BackupManifest }> {
  const backup = await readBackupFile(file);
  const { manifest } = backup;
  checkMigrationIsKnown(manifest.migration);
  const targetEngine = target.kind === "postgres" ? "postgres" : "pglite";
  if (manifest.engine !== targetEngine) {
    throw new BackupError(
      `The backup is of a ${manifest.engine} database but the target is ${targetEngine} ` +
        `(${target.kind === "postgres" ? "DATABASE_URL is set" : "DATABASE_URL is not set"}). Restore into the same kind of database.`,
    );
  }
  if (target.kind === "postgres") return { manifest, ...(await restorePostgres(target.url, file, backup, options.force)) };
  if (target.kind === "pglite") return { manifest, ...(await restorePglite(target.dataDir, file, backup, options.force)) };
  throw new BackupError("Only a database on disk or on a PostgreSQL server can be restored.");
}

/** `primacenters restore <file> [--force]` */
export async function restoreCommand(file: string | undefined, options: { force: boolean }): Promise<void> {
  await reportingBackupErrors(async () => {
    if (!file) throw new BackupError("Name the backup file: primacenters restore <file> [--force]");
    const outcome = await restoreDatabase(configFromEnvironment().database, resolve(file), options);
    const { manifest } = outcome;
    process.stdout.write(
      `Restored the backup of ${manifest.createdAt}: ${manifest.tables.length} tables and ${totalRows(manifest.tables)} rows, ` +
        `identical to its manifest; schema brought up to date; ${outcome.erasures.listed} erasures on the list applied again.\n` +
        (outcome.previous ? `The data that were replaced are kept in ${outcome.previous}.\n` : ""),
    );
  });
}
