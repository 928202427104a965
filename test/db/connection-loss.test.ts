import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../src/db/database.js";
import { openPostgresTestDatabase } from "../support/test-database.js";

describe.skipIf(!process.env.DATABASE_URL)("a database connection lost in the middle of a transaction", () => {
  let connection: DatabaseConnection;
  let owner: pg.Client;

  beforeAll(async () => {
    const opened = await openPostgresTestDatabase();
    connection = opened.connection;
    owner = new pg.Client({ connectionString: opened.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await connection.close();
  });

  it("fails that transaction only: the process lives on and the next query gets a fresh connection", async () => {
    const { db } = connection;
    const lostTransaction = db.transaction(async (tx) => {
      const result = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] };
      // The server ends this connection while the transaction waits between two statements (as a crash would).
      await owner.query("select pg_terminate_backend($1)", [result.rows[0]?.pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.execute(sql`select 1`);
    });
    await expect(lostTransaction).rejects.toThrow();
    const after = (await db.execute(sql`select 1 as one`)) as unknown as { rows: { one: number }[] };
    expect(after.rows[0]?.one).toBe(1);
  });
});
