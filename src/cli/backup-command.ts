import { resolve } from "node:path";
import type { DatabaseTarget } from "../db/open-database.js";
import { configFromEnvironment } from "../server/config.js";
import { BackupError, type BackupManifest } from "./backup-file.js";
import { backupPglite } from "./backup-pglite.js";
import { backupPostgres } from "./backup-postgres.js";
import { totalRows } from "./backup-statistics.js";

/** Backs up the configured database (embedded or PostgreSQL) into one file with a manifest. */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<BackupManifest> {
  if (target.kind === "postgres") return backupPostgres(target.url, file);
  if (target.kind === "pglite") return backupPglite(target.dataDir, file);
  throw new BackupError("Only a database on disk or on a PostgreSQL server can be backed up.");
}

/** `primacenters backup <file>` */
export async function backupCommand(file: string | undefined): Promise<void> {
  await reportingBackupErrors(async () => {
    if (!file) throw new BackupError("Name the backup file: primacenters backup <file>");
    const manifest = await backupDatabase(configFromEnvironment().database, resolve(file));
    process.stdout.write(
      `Backup of the ${manifest.engine} database written to ${resolve(file)}: ${manifest.tables.length} tables, ` +
        `${totalRows(manifest.tables)} rows, schema ${manifest.migration?.tag ?? "none"}, ${manifest.payload.bytes} bytes.\n`,
    );
  });
}

/** Prints a BackupError's message alone and exits with status 1; anything else is a bug and keeps its stack. */
export async function reportingBackupErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
