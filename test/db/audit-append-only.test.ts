import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../src/db/database.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { openPostgresTestDatabase, openTestDatabase } from "../support/test-database.js";

const onPostgres = Boolean(process.env.DATABASE_URL);

/** What the database answered when it refused (Drizzle wraps the driver's error). */
async function refusal(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
  }
  throw new Error("the database accepted it");
}

describe("the audit table is append-only", () => {
  let connection: DatabaseConnection;
  let ownerUrl: string | null = null;
  beforeAll(async () => {
    if (onPostgres) ({ connection, ownerUrl } = await openPostgresTestDatabase());
    else connection = await openTestDatabase();
    await connection.db.insert(auditEntries).values({ action: "worker.read", entityType: "worker", entityId: "w-1", outcome: "allowed" });
  });
  afterAll(() => connection.close());

  it("takes new entries but refuses to change, delete or empty them, and keeps them", async () => {
    const { db } = connection;
    await db.insert(auditEntries).values({ action: "worker.update", entityType: "worker", entityId: "w-1", outcome: "denied" });
    // Through the application's connection: its role lacks the privilege on PostgreSQL; the trigger refuses on PGlite.
    const refused = onPostgres ? /permission denied/ : /append-only/;
    expect(await refusal(db.update(auditEntries).set({ outcome: "allowed" }))).toMatch(refused);
    expect(await refusal(db.delete(auditEntries))).toMatch(refused);
    expect(await refusal(db.execute(sql`truncate audit_entries`))).toMatch(onPostgres ? /permission denied|must be owner/ : /append-only/);
    const entries = await db.select().from(auditEntries);
    expect(entries.map((e) => e.outcome).sort()).toEqual(["allowed", "denied"]);
  });

  it.skipIf(!onPostgres)("refuses the table's owner too, by trigger", async () => {
    const owner = new pg.Client({ connectionString: ownerUrl ?? "" });
    await owner.connect();
    try {
      for (const statement of ["update audit_entries set outcome = 'denied'", "delete from audit_entries", "truncate audit_entries"]) {
        await expect(owner.query(statement)).rejects.toThrow(/append-only/);
      }
      const { rows } = await owner.query<{ count: string }>("select count(*) from audit_entries");
      expect(Number(rows[0]?.count)).toBe(2);
    } finally {
      await owner.end();
    }
  });
});
