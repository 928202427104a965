// Every column of every table is classified in src/core/privacy/data-classification.ts: a new column cannot slip in
// without saying what it holds, why, on which basis, who sees it and for how long.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classificationOf, TABLES } from "../../src/core/privacy/data-classification.js";
import type { DatabaseConnection } from "../../src/db/database.js";
import { openTestDatabase } from "../support/test-database.js";

let connection: DatabaseConnection;
let columns: { table: string; column: string }[];

beforeAll(async () => {
  connection = await openTestDatabase();
  const result = await connection.db.execute(
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
        order by table_name, ordinal_position`,
  );
  const { rows } = result as unknown as { rows: { table_name: string; column_name: string }[] };
  columns = rows.map((r) => ({ table: r.table_name, column: r.column_name }));
});
afterAll(() => connection.close());

describe("the data classification covers the database", () => {
  it("classifies every column of every table the migrations create", () => {
    expect(columns.length).toBeGreaterThan(100);
    const unclassified = columns.filter((c) => classificationOf(c.table, c.column) === null).map((c) => `${c.table}.${c.column}`);
    expect(unclassified).toEqual([]);
  });

  it("classifies no table or column that does not exist", () => {
    const existing = new Set(columns.map((c) => `${c.table}.${c.column}`));
    const stale = Object.entries(TABLES).flatMap(([table, t]) =>
      t.groups.flatMap((g) => g.columns.map((column) => `${table}.${column}`)).filter((name) => !existing.has(name)),
    );
    expect(stale).toEqual([]);
  });
});
