// Backup of the embedded database. PGlite runs inside the server process and has no lock of its own, so the
// server must be stopped: PGlite writes `postmaster.pid` into its folder while open and removes it on a clean close.
// The backup is PGlite's own image of its data directory (dumpDataDir): an exact copy, with the migration history
// and sequences, restored by PGlite itself without any PostgreSQL tools on the machine.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { BACKUP_FORMAT, BackupError, type BackupManifest, writeBackupFile } from "./backup-file.js";
import { readDatabaseState } from "./backup-statistics.js";

/** Refuses while a server has the embedded database open (or was killed without closing it). */
export function assertEmbeddedDatabaseIsStopped(dataDir: string): void {
  if (existsSync(join(dataDir, "postmaster.pid"))) {
    throw new BackupError(
      `The embedded database in ${dataDir} is open: a Primacenters server is running on it, or it was stopped without closing it. ` +
        "Stop the server (Ctrl-C or SIGTERM) and try again. If no server is running, start it once and stop it with Ctrl-C so it closes cleanly.",
    );
  }
}

export async function backupPglite(dataDir: string, file: string): Promise<BackupManifest> {
  if (!existsSync(join(dataDir, "PG_VERSION"))) throw new BackupError(`There is no embedded database in ${dataDir}.`);
  assertEmbeddedDatabaseIsStopped(dataDir);
  const client = await PGlite.create(dataDir);
  const folder = await mkdtemp(join(tmpdir(), "primacenters-backup-"));
  try {
    const { rows } = await client.query<{ version: string }>("select version()");
    const { migration, tables } = await readDatabaseState(client);
    const image = join(folder, "pglite.tar.gz");
    await writeFile(image, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
    return await writeBackupFile(
      file,
      {
        format: BACKUP_FORMAT,
        engine: "pglite",
        createdAt: new Date().toISOString(),
        serverVersion: rows[0]?.version ?? "",
        migration,
        tables,
      },
      image,
    );
  } finally {
    await client.close();
    await rm(folder, { recursive: true, force: true });
  }
}
