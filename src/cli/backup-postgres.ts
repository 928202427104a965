// Online backup of a PostgreSQL database: one repeatable-read snapshot is exported, the manifest's counts and
// checksums are read in it, and pg_dump dumps exactly that snapshot, so both describe the same moment while the
// servers keep writing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { BACKUP_FORMAT, type BackupManifest, writeBackupFile } from "./backup-file.js";
import { findPostgresTool, runPostgresTool } from "./backup-postgres-tools.js";
import { appliedMigration, setStableTextForms, tableStatistics } from "./backup-statistics.js";

/** The server's major version, e.g. 15. */
export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>("show server_version_num");
  return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const folder = await mkdtemp(join(tmpdir(), "primacenters-backup-"));
  try {
    const pgDump = findPostgresTool("pg_dump", await serverMajor(client));
    await client.query("begin isolation level repeatable read read only");
    const { rows } = await client.query<{ snapshot: string }>("select pg_export_snapshot() as snapshot");
    await setStableTextForms(client);
    const { rows: version } = await client.query<{ version: string }>("select version()");
    const migration = await appliedMigration(client);
    const tables = await tableStatistics(client);
    const archive = join(folder, "database.dump");
    await runPostgresTool(pgDump.path, databaseUrl, ["--format=custom", `--snapshot=${rows[0]?.snapshot}`, `--file=${archive}`]);
    await client.query("commit");
    return await writeBackupFile(
      file,
      {
        format: BACKUP_FORMAT,
        engine: "postgres",
        createdAt: new Date().toISOString(),
        serverVersion: version[0]?.version ?? "",
        dumpTool: pgDump.version,
        migration,
        tables,
      },
      archive,
    );
  } finally {
    await client.end();
    await rm(folder, { recursive: true, force: true });
  }
}
