import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Database, DatabaseConnection } from "./database.js";
import { APP_ROLE, ScopedPool } from "./postgres-pool.js";
import { loadDefaultLabourRules } from "./repositories/labour-rule-repository.js";
import * as tables from "./schema/all-tables.js";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export type DatabaseTarget =
  /**
   * url: the owner, who migrates. appUrl: a login role of the application's own for the server's queries; without
   * it the server's connections log in with url and switch to the application's role (docs/postgresql.md).
   */
  | { kind: "postgres"; url: string; appUrl?: string; poolSize?: number }
  | { kind: "pglite"; dataDir: string }
  /** A PGlite database started from a dumped data directory (tests copy one migrated template). */
  | { kind: "pglite-image"; image: Blob };

interface OpenedDatabase {
  connection: DatabaseConnection;
  migrate(): Promise<void>;
}

/** Opens the database and brings its schema up to date with the migrations shipped in the repository. */
export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean } = {}): Promise<DatabaseConnection> {
  const opened = target.kind === "postgres" ? openPostgres(target) : await openPglite(target);
  if (options.migrate !== false) {
    await opened.migrate();
    // Reference data every install needs, loaded once into an empty table (docs/decent-work.md).
    await loadDefaultLabourRules(opened.connection.db);
  }
  return opened.connection;
}

function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): OpenedDatabase {
  const pool = new ScopedPool(
    { connectionString: target.appUrl ?? target.url, max: target.poolSize ?? 10 },
    target.appUrl ? null : APP_ROLE,
  );
  const db = drizzlePostgres({ client: pool, schema: tables, casing: "snake_case" });
  return {
    connection: { db: db as unknown as Database, kind: "postgres", close: () => pool.end() },
    // As the owner, on a connection of its own: the application's role may not change the schema.
    migrate: async () => {
      const owner = new pg.Client({ connectionString: target.url });
      await owner.connect();
      try {
        await migratePostgres(drizzlePostgres({ client: owner, casing: "snake_case" }), { migrationsFolder });
      } finally {
        await owner.end();
      }
    },
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
  const db = drizzlePglite({ client, schema: tables, casing: "snake_case" });
  await migratePglite(db, { migrationsFolder });
  await loadDefaultLabourRules(db as unknown as Database);
  const image = await client.dumpDataDir("none");
  await client.close();
  return image;
}
