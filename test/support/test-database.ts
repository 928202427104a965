import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseConnection } from "../../src/db/database.js";
import { openDatabase } from "../../src/db/open-database.js";
import { adminUrl, databaseUrl } from "./postgres-urls.js";

/** A fresh, migrated, empty database of its own for one test file: a copy of the run's template. */
export async function openTestDatabase(): Promise<DatabaseConnection> {
  const setup = inject("testDatabase");
  if (setup.kind === "pglite") {
    return openDatabase({ kind: "pglite-image", image: new Blob([readFileSync(setup.imagePath)]) }, { migrate: false });
  }
  return (await openPostgresTestDatabase()).connection;
}

/** PostgreSQL only: a copy of the template and its owner's URL (the connection itself runs as the application's role). */
export async function openPostgresTestDatabase(): Promise<{ connection: DatabaseConnection; ownerUrl: string }> {
  const setup = inject("testDatabase");
  if (setup.kind !== "postgres") throw new Error("not testing on PostgreSQL");
  const name = `${setup.templateName}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl(setup.serverUrl) });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${setup.templateName}`);
  } finally {
    await admin.end();
  }
  const ownerUrl = databaseUrl(setup.serverUrl, name);
  return { connection: await openDatabase({ kind: "postgres", url: ownerUrl, poolSize: 4 }, { migrate: false }), ownerUrl };
}
