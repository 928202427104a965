import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Database, DatabaseConnection } from "./database.js";
import * as tables from "./schema/all-tables.js";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir: string }
  /** A PGlite database started from a dumped data directory (tests copy one migrated template). */
  | { kind: "pglite-image"; image: Blob };

interface OpenedDatabase {
  connection: DatabaseConnection;
  migrate(): Promise<void>;
}

/** Opens the database and brings its schema up to date with the migrations shipped in the repository. */
export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean } = {}): Promise<DatabaseConnection> {
  const opened = target.kind === "postgres" ? openPostgres(target.url, target.poolSize) : await openPglite(target);
  if (options.migrate !== false) await opened.migrate();
  return opened.connection;
}

function openPostgres(url: string, poolSize = 10): OpenedDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePostgres({ client: pool, schema: tables, casing: "snake_case" });
  return {
    connection: { db: db as unknown as Database, kind: "postgres", close: () => pool.end() },
    migrate: () => migratePostgres(db, { migrationsFolder }),
  };
}

async function openPglite(target: Exclude<DatabaseTarget, { kind: "postgres" }>): Promise<OpenedDatabase> {
  let client: PGlite;
  if (target.kind === "pglite") {
    mkdirSync(target.dataDir, { recursive: true });
    client = await PGlite.create(target.dataDir);
  } else {
    client = await PGlite.create({ loadDataDir: target.image });
  }
  const db = drizzlePglite({ client, schema: tables, casing: "snake_case" });
  return {
    connection: { db: db as unknown as Database, kind: "pglite", close: () => client.close() },
    migrate: () => migratePglite(db, { migrationsFolder }),
  };
}

/** A migrated, empty PGlite data directory as a tarball, to start many test databases quickly. */
export async function createPgliteImage(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite({ client, schema: tables, casing: "snake_case" }), { migrationsFolder });
  const image = await client.dumpDataDir("none");
  await client.close();
  return image;
}
