import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupDatabase } from "../../src/cli/backup-command.js";
import { readDatabaseState, type TableStatistics } from "../../src/cli/backup-statistics.js";
import { restoreDatabase } from "../../src/cli/restore-command.js";
import type { Database } from "../../src/db/database.js";
import { type DatabaseTarget, openDatabase } from "../../src/db/open-database.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { insertCentre } from "../../src/db/repositories/centre-repository.js";
import { insertWorker } from "../../src/db/repositories/worker-repository.js";
import { users } from "../../src/db/schema/auth.js";
import { centres } from "../../src/db/schema/centres.js";
import { workers } from "../../src/db/schema/workers.js";
import { eraseWorkerFile } from "../../src/server/privacy/erase-worker-file.js";
import { workerInput } from "../support/fixtures.js";
import { adminUrl, databaseUrl } from "../support/postgres-urls.js";

const folder = mkdtempSync(join(tmpdir(), "primacenters-backup-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function withDatabase<T>(target: DatabaseTarget, work: (db: Database) => Promise<T>): Promise<T> {
  const connection = await openDatabase(target);
  try {
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

/** Three centres with an account each, and a worker at the first: the rows the backup must bring back. */
async function seed(db: Database): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, region] of [
    ["Centre Ilia", "EL633"],
    ["Centre Huelva", "ES615"],
    ["Centre Latina", "ITI44"],
  ] as const) {
    const id = await insertCentre(db, { name, country: region.slice(0, 2), regionCode: region, timezone: "Europe/Athens" });
    await insertPasswordAccount(db, {
      name: `Coordinator ${name}`,
      email: `${id}@centre.test`,
      passwordHash: "x",
      role: "coordinator",
      centreId: id,
    });
    ids.push(id);
  }
  await insertWorker(db, ids[0] as string, workerInput());
  return ids;
}

/** Renames one centre and deletes another centre's account: what the restore must undo. */
async function damage(db: Database, [changed, emptied]: string[]): Promise<void> {
  await db
    .update(centres)
    .set({ name: "Renamed after the backup" })
    .where(eq(centres.id, changed as string));
  await db.delete(users).where(eq(users.centreId, emptied as string));
}

/** Erases the worker in the live database, as an art. 17 request would, after the backup was taken. */
async function eraseTheWorker(db: Database): Promise<string> {
  const [worker] = await db.select().from(workers);
  if (!worker) throw new Error("no worker");
  await db.transaction((tx) => eraseWorkerFile(tx, null, { workerId: worker.id, centreId: worker.centreId, reason: "retention_expired" }));
  return worker.id;
}

/** After restoring a backup that predates the erasure, the worker's personal data are gone again. */
async function expectErasedAgain(target: DatabaseTarget, file: string): Promise<void> {
  const workerId = await withDatabase(target, eraseTheWorker);
  const outcome = await restoreDatabase(target, file, { force: true });
  expect(outcome.erasures).toMatchObject({ listed: 1, erased: 1 });
  const [worker] = await withDatabase(target, (db) => db.select().from(workers).where(eq(workers.id, workerId)));
  expect(worker).toMatchObject({ phone: `erased:${workerId}`, givenName: "" });
}

const rowsOf = (tables: TableStatistics[], name: string) => tables.find((t) => t.table === name)?.rows;

const testDatabase = inject("testDatabase");

// Each half runs in the test run of its engine (the suite runs once on PGlite, once with DATABASE_URL).
// Every step opens the embedded database afresh (a second or two each): a longer time limit than the API tests.
describe.skipIf(testDatabase.kind !== "pglite")("backup and restore of the embedded database", { timeout: 120_000 }, () => {
  const target = { kind: "pglite", dataDir: join(folder, "data", "pglite") } as const;
  const file = join(folder, "embedded.backup");
  beforeAll(async () => {
    if (testDatabase.kind !== "pglite") return;
    mkdirSync(join(folder, "data"));
    // The run's migrated template, unpacked into a folder: much faster than a first start (initdb) on disk.
    const client = await PGlite.create(target.dataDir, { loadDataDir: new Blob([readFileSync(testDatabase.imagePath)]) });
    await client.close();
  });
  const stateOf = async () => {
    const client = await PGlite.create(target.dataDir);
    try {
      return await readDatabaseState(client);
    } finally {
      await client.close();
    }
  };

  it("a backup holds every row with counts and checksums; a restore brings back exactly that, then erases again who was erased since", async () => {
    const ids = await withDatabase(target, seed);
    const manifest = await backupDatabase(target, file);
    expect(manifest).toMatchObject({ format: 1, engine: "pglite", migration: { tag: expect.any(String) } });
    expect(rowsOf(manifest.tables, "public.centres")).toBe(3);
    expect(readFileSync(file).subarray(0, 20).toString()).toBe("PRIMACENTERS-BACKUP ");

    await withDatabase(target, (db) => damage(db, ids));
    expect((await stateOf()).tables).not.toEqual(manifest.tables);

    await expect(restoreDatabase(target, file, { force: false })).rejects.toThrow(/not empty.*--force/);
    const outcome = await restoreDatabase(target, file, { force: true });
    expect((await stateOf()).tables).toEqual(manifest.tables);
    expect(outcome.previous && existsSync(outcome.previous)).toBeTruthy();

    await expectErasedAgain(target, file);
  });

  it("refuses while a server has the database open, and refuses a damaged file", async () => {
    const open = await openDatabase(target);
    try {
      await expect(backupDatabase(target, join(folder, "refused.backup"))).rejects.toThrow(/is open/);
      await expect(restoreDatabase(target, file, { force: true })).rejects.toThrow(/is open/);
    } finally {
      await open.close();
    }
    const damaged = join(folder, "damaged.backup");
    const bytes = readFileSync(file);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 100));
    await expect(restoreDatabase(target, damaged, { force: true })).rejects.toThrow(/damaged or incomplete/);
    await expect(restoreDatabase({ kind: "postgres", url: "postgres://nobody@127.0.0.1:1/none" }, file, { force: true })).rejects.toThrow(
      /backup is of a pglite database/,
    );
  });
});

const serverUrl = testDatabase.kind === "postgres" ? testDatabase.serverUrl : "postgres://unused@127.0.0.1/unused";

describe.skipIf(testDatabase.kind !== "postgres")("backup and restore of a PostgreSQL database", () => {
  const names = [1, 2].map(() => `primacenters_backup_${randomBytes(4).toString("hex")}`);
  const [source, scratch] = names.map((name) => ({ kind: "postgres", url: databaseUrl(serverUrl, name), poolSize: 2 }) as const);
  const admin = async (work: (client: pg.Client) => Promise<void>) => {
    const client = new pg.Client({ connectionString: adminUrl(serverUrl) });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  const stateOf = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await readDatabaseState(client);
    } finally {
      await client.end();
    }
  };
  afterAll(() =>
    admin(async (client) => void (await Promise.all(names.map((name) => client.query(`drop database if exists ${name} with (force)`))))),
  );

  it("an online backup restores into an empty database and over a changed one, identical to the manifest; erasures since are applied again", async () => {
    await admin(async (client) => void (await Promise.all(names.map((name) => client.query(`create database ${name}`)))));
    if (!source || !scratch) throw new Error("no databases");
    const file = join(folder, "postgres.backup");
    const ids = await withDatabase(source, seed);
    const manifest = await backupDatabase(source, file);
    expect(manifest).toMatchObject({ engine: "postgres", dumpTool: expect.stringContaining("pg_dump") });
    expect(rowsOf(manifest.tables, "public.users")).toBe(3);

    await restoreDatabase(scratch, file, { force: false });
    expect((await stateOf(scratch.url)).tables).toEqual(manifest.tables);

    await withDatabase(source, (db) => damage(db, ids));
    await expect(restoreDatabase(source, file, { force: false })).rejects.toThrow(/not empty.*--force/);
    await restoreDatabase(source, file, { force: true });
    expect((await stateOf(source.url)).tables).toEqual(manifest.tables);

    await expectErasedAgain(source, file);
  });
});
