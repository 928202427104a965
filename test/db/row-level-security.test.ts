import { eq, sql } from "drizzle-orm";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/access/roles.js";
import type { DatabaseConnection } from "../../src/db/database.js";
import { type DatabaseScope, withDatabaseScope } from "../../src/db/database-scope.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { centres } from "../../src/db/schema/centres.js";
import { employers } from "../../src/db/schema/employers.js";
import { registerDatabaseScope } from "../../src/server/plugins/database-scope.js";
import { openPostgresTestDatabase } from "../support/test-database.js";

async function rows<T>(query: PromiseLike<T[]>): Promise<T[]> {
  return await query;
}

describe.skipIf(!process.env.DATABASE_URL)(
  "on PostgreSQL the application runs as a role that owns nothing, under row-level security",
  () => {
    let connection: DatabaseConnection;
    let centreA: string;
    let centreB: string;
    const scopeOf = (centreId: string): DatabaseScope => ({ kind: "centre", centreId, userId: null });

    beforeAll(async () => {
      ({ connection } = await openPostgresTestDatabase());
      const { db } = connection;
      const made = await db
        .insert(centres)
        .values(["A", "B"].map((key) => ({ name: `Centre ${key}`, country: "EL", regionCode: "EL65", timezone: "Europe/Athens" })))
        .returning();
      centreA = made[0]?.id ?? "";
      centreB = made[1]?.id ?? "";
      for (const [centreId, legalName] of [
        [centreA, "Olive Grove A"],
        [centreB, "Fishery B"],
        [centreB, "Forestry B"],
      ] as const) {
        await db.insert(employers).values({
          centreId,
          legalName,
          taxId: legalName,
          sector: "A01",
          size: "micro",
          contactName: "Contact",
          contactPhone: "+30 210 000 0000",
          contactEmail: "contact@example.test",
        });
      }
      for (const centreId of [centreA, centreB, null])
        await db.insert(auditEntries).values({ centreId, action: "employer.read", entityType: "employer", outcome: "allowed" });
    });
    afterAll(() => connection.close());

    it("the server's role owns no table, may not change the schema and may not rewrite the audit trail", async () => {
      const [facts] = (
        (await connection.db.execute(sql`
        select current_user as "user",
          (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user)::int as owned,
          (select count(*) from pg_tables where schemaname = 'public' and tableowner <> current_user)::int as others,
          has_schema_privilege('public', 'CREATE') as "createInSchema",
          has_table_privilege('audit_entries', 'INSERT') as "auditInsert",
          has_table_privilege('audit_entries', 'SELECT') as "auditSelect",
          has_table_privilege('audit_entries', 'UPDATE') as "auditUpdate",
          has_table_privilege('audit_entries', 'DELETE') as "auditDelete",
          has_table_privilege('workers', 'DELETE') as "workersDelete"`)) as unknown as { rows: Record<string, unknown>[] }
      ).rows;
      expect(facts).toMatchObject({ user: "primacenters_app", owned: 0, createInSchema: false, auditInsert: true, auditSelect: true });
      expect(facts).toMatchObject({ auditUpdate: false, auditDelete: false, workersDelete: true });
      expect(facts?.others).toBeGreaterThan(10);
    });

    it("a query with no centre filter at all sees only the scope's centre, in or out of a transaction", async () => {
      const { db } = connection;
      const inA = await withDatabaseScope(scopeOf(centreA), () => rows(db.select().from(employers)));
      expect(inA.map((e) => e.legalName)).toEqual(["Olive Grove A"]);
      const inB = await withDatabaseScope(scopeOf(centreB), () => db.transaction((tx) => rows(tx.select().from(employers))));
      expect(inB.map((e) => e.legalName).sort()).toEqual(["Fishery B", "Forestry B"]);
      const aById = await withDatabaseScope(scopeOf(centreA), () =>
        rows(db.select().from(employers).where(eq(employers.centreId, centreB))),
      );
      expect(aById).toEqual([]);
      const audit = await withDatabaseScope(scopeOf(centreA), () => rows(db.select().from(auditEntries)));
      expect(audit.map((e) => e.centreId)).toEqual([centreA]);
    });

    it("everything for network-wide and system work, nothing without a scope", async () => {
      const { db } = connection;
      const all = await withDatabaseScope({ kind: "all", userId: null }, () => rows(db.select().from(employers)));
      expect(all).toHaveLength(3);
      expect(await rows(db.select().from(employers))).toHaveLength(3);
      expect(await withDatabaseScope({ kind: "none", userId: null }, () => rows(db.select().from(employers)))).toEqual([]);
      expect(await withDatabaseScope({ kind: "none", userId: null }, () => rows(db.select().from(auditEntries)))).toEqual([]);
    });

    it("another centre's rows can be neither written, changed nor deleted", async () => {
      const { db } = connection;
      await withDatabaseScope(scopeOf(centreA), async () => {
        const insert = db.insert(employers).values({
          centreId: centreB,
          legalName: "Planted",
          taxId: "planted",
          sector: "A01",
          size: "micro",
          contactName: "x",
          contactPhone: "+30 210 000 0001",
          contactEmail: "x@example.test",
        });
        await expect(insert).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
        expect(await db.update(employers).set({ legalName: "Renamed" }).where(eq(employers.centreId, centreB)).returning()).toEqual([]);
        expect(await db.delete(employers).where(eq(employers.centreId, centreB)).returning()).toEqual([]);
        // Nor moved out of the centre.
        const moving = db.update(employers).set({ centreId: centreB }).where(eq(employers.centreId, centreA));
        await expect(moving).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
      });
      const names = (await rows(db.select().from(employers))).map((e) => e.legalName).sort();
      expect(names).toEqual(["Fishery B", "Forestry B", "Olive Grove A"]);
    });

    it("work in different scopes at once never borrows another's scope from the shared connections", async () => {
      const { db } = connection;
      const counts = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          withDatabaseScope(scopeOf(i % 2 === 0 ? centreA : centreB), async () => (await rows(db.select().from(employers))).length),
        ),
      );
      expect(counts).toEqual(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 1 : 2)));
    });

    it("a request's actor reaches its queries, the body read or not", async () => {
      const app = Fastify();
      app.decorateRequest("actor", null);
      app.addHook("preValidation", async (request) => {
        const centreId = request.headers["x-centre"] === "b" ? centreB : centreA;
        request.actor = { userId: "u-1", role: "caseworker", centreId, workerId: null, employerId: null } satisfies Actor;
      });
      registerDatabaseScope(app, connection);
      const handler = async () => (await rows(connection.db.select().from(employers))).map((e) => e.legalName).sort();
      app.get("/api/probe", { config: { action: "employer.list" } }, handler);
      app.post("/api/probe", { config: { action: "employer.list" } }, handler);
      try {
        // Over a real socket, with and without a body to read.
        const base = await app.listen({ port: 0, host: "127.0.0.1" });
        expect(await (await fetch(`${base}/api/probe`)).json()).toEqual(["Olive Grove A"]);
        const posted = await fetch(`${base}/api/probe`, {
          method: "POST",
          headers: { "x-centre": "b", "content-type": "application/json" },
          body: JSON.stringify({ any: "body" }),
        });
        expect(await posted.json()).toEqual(["Fishery B", "Forestry B"]);
      } finally {
        await app.close();
      }
    });
  },
);
