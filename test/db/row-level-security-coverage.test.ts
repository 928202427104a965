import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../src/db/database.js";
import { openTestDatabase } from "../support/test-database.js";

/** Tables with a centre_id that stay outside row-level security, and why. */
const UNPROTECTED = {
  // The sign-in library reads and writes accounts before anyone is known; users hold no file of a person.
  users: "sign-in",
};

describe("row-level security covers every table that belongs to a centre (docs/postgresql.md)", () => {
  let connection: DatabaseConnection;
  beforeAll(async () => {
    connection = await openTestDatabase();
  });
  afterAll(() => connection.close());

  async function tables(query: ReturnType<typeof sql>): Promise<string[]> {
    const result = (await connection.db.execute(query)) as unknown as { rows: { name: string }[] };
    return result.rows.map((row) => row.name).sort();
  }

  it("a table with a centre_id has its policy by centre, unless listed here with a reason", async () => {
    const unprotected = await tables(sql`
      select c.table_name as name from information_schema.columns c
      where c.table_schema = 'public' and c.column_name = 'centre_id'
        and not exists (select from pg_policies p where p.schemaname = 'public' and p.tablename = c.table_name)`);
    expect(unprotected).toEqual(Object.keys(UNPROTECTED).sort());
  });

  it("every policy is enforced: row-level security is switched on where a policy exists", async () => {
    const switchedOff = await tables(sql`
      select distinct p.tablename as name from pg_policies p join pg_class k on k.relname = p.tablename
      where p.schemaname = 'public' and not k.relrowsecurity`);
    expect(switchedOff).toEqual([]);
    expect(
      await tables(sql`select distinct tablename as name from pg_policies where tablename in ('audit_entries', 'idempotency_keys')`),
    ).toEqual(["audit_entries", "idempotency_keys"]);
  });
});
