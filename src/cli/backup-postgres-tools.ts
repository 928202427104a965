// Finding pg_dump and pg_restore of a suitable version, and running them without putting the password on the
// command line (where `ps` shows it).
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BackupError } from "./backup-file.js";

export type PostgresTool = "pg_dump" | "pg_restore";

/** The major version in `pg_dump (PostgreSQL) 15.20 (Debian …)` or in `select version()`; 0 when none. */
export function majorVersion(versionText: string): number {
  return Number(versionText.match(/(?:PostgreSQL\)?)\s+(\d+)/)?.[1] ?? 0);
}

function versionOf(binary: string): string | null {
  try {
    return execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

function candidateFolders(serverMajor: number): string[] {
  const folders = [process.env.PG_BINDIR, `/usr/lib/postgresql/${serverMajor}/bin`];
  try {
    folders.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // pg_config is not installed: the PATH is tried next.
  }
  return folders.filter((folder): folder is string => Boolean(folder));
}

/**
 * A pg_dump or pg_restore at least as new as `minimumMajor` (pg_dump refuses newer servers, pg_restore newer
 * archives). PG_BINDIR, the folder of the server's own version, pg_config's folder, then the PATH are tried.
 */
export function findPostgresTool(tool: PostgresTool, minimumMajor: number): { path: string; version: string } {
  const candidates = [
    ...candidateFolders(minimumMajor)
      .map((folder) => join(folder, tool))
      .filter((path) => existsSync(path)),
    tool,
  ];
  const found: string[] = [];
  for (const path of candidates) {
    const version = versionOf(path);
    if (!version) continue;
    if (majorVersion(version) >= minimumMajor) return { path, version };
    found.push(`${path} (${version})`);
  }
  throw new BackupError(
    found.length > 0
      ? `${tool} ${minimumMajor} or newer is needed, but only ${found.join(", ")} was found. Install the PostgreSQL ${minimumMajor} client tools or set PG_BINDIR to their folder.`
      : `${tool} was not found. Install the PostgreSQL client tools (version ${minimumMajor} or newer), or set PG_BINDIR to their folder.`,
  );
}

/** Runs a PostgreSQL tool against `databaseUrl`, the password handed over in PGPASSWORD; rejects with its error output. */
export function runPostgresTool(path: string, databaseUrl: string, args: string[]): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    execFile(path, [`--dbname=${url.toString()}`, ...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new BackupError(`${path.split("/").at(-1)} failed: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
}
