import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../src/db/database.js";
import { type DatabaseScope, withDatabaseScope } from "../../src/db/database-scope.js";
import { openDatabase } from "../../src/db/open-database.js";
import { centres } from "../../src/db/schema/centres.js";
import { employers } from "../../src/db/schema/employers.js";
import { openPostgresTestDatabase } from "../support/test-database.js";

describe.skipIf(!process.env.DATABASE_URL)("on PostgreSQL each connection prepares the statements it runs", () => {
  let fixtures: DatabaseConnection;
  /** One connection only, so every query below runs on the same PostgreSQL session. */
  let single: DatabaseConnection;
  let owner: pg.Client;
  const scopes: Record<"A" | "B", DatabaseScope> = {
    A: { kind: "all", userId: null },
    B: { kind: "all", userId: null },
  };

  const legalNames = (scope: DatabaseScope) =>
    withDatabaseScope(scope, async () =>
      (await single.db.select({ legalName: employers.legalName }).from(employers)).map((row) => row.legalName).sort(),
    );

  beforeAll(async () => {
    const opened = await openPostgresTestDatabase();
    fixtures = opened.connection;
    single = await openDatabase({ kind: "postgres", url: opened.ownerUrl, poolSize: 1 }, { migrate: false });
    owner = new pg.Client({ connectionString: opened.ownerUrl });
    await owner.connect();
    for (const key of ["A", "B"] as const) {
      const [centre] = await fixtures.db
        .insert(centres)
        .values({ name: `Centre ${key}`, country: "EL", regionCode: "EL65", timezone: "Europe/Athens" })
        .returning();
      const centreId = centre?.id ?? "";
      scopes[key] = { kind: "centre", centreId, userId: null };
      await fixtures.db.insert(employers).values({
        centreId,
        legalName: `Olive Grove ${key}`,
        taxId: `EL-${key}`,
        sector: "A01",
        size: "micro",
        contactName: "Contact",
        contactPhone: "+30 210 000 0000",
        contactEmail: "contact@example.test",
      });
    }
  });
  afterAll(async () => {
    await owner.end();
    await single.close();
    await fixtures.close();
  });

  it("parses a statement once, then runs it by name", async () => {
    for (let run = 0; run < 3; run++) expect(await legalNames(scopes.A)).toEqual(["Olive Grove A"]);
    const prepared = (await single.db.execute(sql`select name, statement from pg_prepared_statements`)) as unknown as {
      rows: { name: string; statement: string }[];
    };
    const employerStatements = prepared.rows.filter((row) => row.statement.includes('from "employers"'));
    expect(employerStatements).toHaveLength(1);
    expect(employerStatements[0]?.name).toMatch(/^pc_/);
  });

  it("answers for the scope of the request that runs it, also once PostgreSQL reuses a generic plan", async () => {
    // PostgreSQL may switch a prepared statement to a generic plan after five runs.
    for (let run = 0; run < 8; run++) expect(await legalNames(scopes.A)).toEqual(["Olive Grove A"]);
    expect(await legalNames(scopes.B)).toEqual(["Olive Grove B"]);
    expect(await legalNames(scopes.A)).toEqual(["Olive Grove A"]);
    expect(await legalNames({ kind: "none", userId: null })).toEqual([]);
  });

  it("keeps working when a migration changes the table under a prepared statement", async () => {
    expect(await legalNames(scopes.B)).toEqual(["Olive Grove B"]);
    await owner.query("alter table employers add column prepared_statement_probe text");
    expect(await legalNames(scopes.B)).toEqual(["Olive Grove B"]);
    await owner.query("alter table employers drop column prepared_statement_probe");
    expect(await legalNames(scopes.B)).toEqual(["Olive Grove B"]);
  });
});
