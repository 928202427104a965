// A PostgreSQL cluster of the bench's own: initdb into a temporary folder, its own free port, its unix socket in
// that folder; never the machine's shared server. PostgreSQL refuses to run as root, so as root it runs as the
// `postgres` account. The postmaster leads a process group of its own, so a crash kills it and every backend.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { freePort, waitFor } from "./wait.js";

function binFolder(): string {
  try {
    const folder = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (existsSync(join(folder, "initdb"))) return folder;
  } catch {
    // No pg_config: look in Debian's folders.
  }
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((folder) => existsSync(join(folder, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries (initdb, postgres) not found; install PostgreSQL.");
  return found;
}

/** Root runs PostgreSQL as the `postgres` account; anybody else as themselves. */
function osAccount(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
  };
}

export class PostgresCluster {
  readonly #bin = binFolder();
  readonly #account = osAccount();
  readonly #dataDir: string;
  #process: ChildProcess | null = null;
  port = 0;

  constructor(private readonly folder: string) {
    this.#dataDir = join(folder, "pgdata");
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async init(): Promise<void> {
    if (this.#account) chownSync(this.folder, this.#account.uid, this.#account.gid);
    execFileSync(
      join(this.#bin, "initdb"),
      ["-D", this.#dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"],
      {
        ...(this.#account ?? {}),
        stdio: "ignore",
      },
    );
    this.port = await freePort();
  }

  async start(): Promise<void> {
    const settings = ["listen_addresses=127.0.0.1", "max_connections=300"];
    // Counts the statements each request costs, to explain the load figures (in PostgreSQL's contrib, usually installed).
    if (existsSync(join(this.#bin, "..", "lib", "pg_stat_statements.so")))
      settings.push("shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track_planning=on");
    const args = ["-D", this.#dataDir, "-p", String(this.port), "-k", this.folder, ...settings.flatMap((setting) => ["-c", setting])];
    this.#process = spawn(join(this.#bin, "postgres"), args, { ...(this.#account ?? {}), detached: true, stdio: "ignore" });
    await waitFor("PostgreSQL", async () => {
      const client = new pg.Client({ connectionString: this.url("postgres") });
      await client.connect();
      await client.end();
    });
  }

  /** `kill -9` the postmaster and all its backends, as a power cut would. */
  crash(): void {
    const pid = this.#process?.pid;
    if (pid) process.kill(-pid, "SIGKILL");
    this.#process = null;
  }

  async createDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url("postgres") });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
  }

  stop(): void {
    try {
      this.crash();
    } catch {
      // Already gone.
    }
  }
}
