import { readFileSync } from "node:fs";
import { count, eq, ne, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededAccounts, seedDemoData } from "../../src/cli/demo/seed-demo-data.js";
import type { DatabaseConnection } from "../../src/db/database.js";
import { employers } from "../../src/db/schema/employers.js";
import { jobOffers } from "../../src/db/schema/offers.js";
import { referrals } from "../../src/db/schema/referrals.js";
import { workers } from "../../src/db/schema/workers.js";
import { buildApp } from "../../src/server/app.js";
import { as, PUBLIC_URL, signIn } from "../support/test-app.js";
import { openTestDatabase } from "../support/test-database.js";

let connection: DatabaseConnection;
let accounts: SeededAccounts;

beforeAll(async () => {
  connection = await openTestDatabase();
  accounts = await seedDemoData(connection.db, { log: () => {} });
});
afterAll(() => connection.close());

const total = async (table: typeof workers | typeof employers | typeof jobOffers | typeof referrals) =>
  (await connection.db.select({ n: count() }).from(table))[0]?.n;

describe("the demo data, loaded through the product's own use cases", () => {
  it("has two centres' worth of workers, employers, offers and referrals", async () => {
    expect(await total(workers)).toBe(200);
    expect(await total(employers)).toBe(40);
    expect(await total(jobOffers)).toBeGreaterThanOrEqual(60);
    expect(await total(referrals)).toBeGreaterThanOrEqual(35);
  });

  it("never links a worker to an offer of another centre", async () => {
    const [crossing] = await connection.db
      .select({ n: count() })
      .from(referrals)
      .innerJoin(workers, eq(workers.id, referrals.workerId))
      .innerJoin(jobOffers, eq(jobOffers.id, referrals.offerId))
      .where(or(ne(workers.centreId, referrals.centreId), ne(jobOffers.centreId, referrals.centreId)));
    expect(crossing?.n).toBe(0);
  });

  it("the README lists the demo accounts exactly as the first start prints them", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const account of accounts) {
      expect(readme).toContain(`\`${account.signIn}\``);
      if (account.role !== "worker") expect(readme).toContain(`\`${account.secret}\``);
    }
  });

  it("gives one account per role, each able to sign in with what is printed", async () => {
    expect(new Set(accounts.map((a) => a.role))).toEqual(
      new Set(["admin", "coordinator", "caseworker", "inspector", "partner", "dpo", "analyst", "employer", "worker"]),
    );
    const app = await buildApp({
      connection,
      publicUrl: PUBLIC_URL,
      authSecret: "demo-test-secret-demo-test-secret-0000",
      demo: true,
      logLevel: "silent",
      rateLimit: false,
    });
    for (const account of accounts.filter((a) => a.role !== "worker")) {
      const me = await as(app, await signIn(app, account.signIn, account.secret))({ method: "GET", url: "/api/me" });
      expect(me.json().role).toBe(account.role);
    }
    await app.close();
  });
});
