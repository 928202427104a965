import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../src/db/database.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { centres } from "../../src/db/schema/centres.js";
import { buildApp } from "../../src/server/app.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { workerInput } from "../support/fixtures.js";
import { as, PUBLIC_URL, signIn, TEST_PASSWORD } from "../support/test-app.js";
import { openTestDatabase } from "../support/test-database.js";

const lines: string[] = [];
let connection: DatabaseConnection;

beforeAll(async () => {
  connection = await openTestDatabase();
});
afterAll(() => connection.close());

describe("the server's logs", () => {
  it("hold no names, phone numbers, passwords, codes or cookies, even at debug level", async () => {
    const app = await buildApp({
      connection,
      publicUrl: PUBLIC_URL,
      authSecret: "log-test-secret-log-test-secret-000000",
      demo: false,
      rateLimit: false,
      logLevel: "debug",
      logStream: { write: (line) => lines.push(line) },
    });
    const [centre] = await connection.db
      .insert(centres)
      .values({ name: "Centre", country: "EL", regionCode: "EL63", timezone: "Europe/Athens" })
      .returning();
    await insertPasswordAccount(connection.db, {
      name: "Staff",
      email: "staff@logs.test",
      passwordHash: await hashPassword(TEST_PASSWORD),
      role: "caseworker",
      centreId: centre?.id ?? null,
    });
    const cookie = await signIn(app, "staff@logs.test");
    const request = as(app, cookie);
    const worker = workerInput({ givenName: "Zeynep", familyName: "Yilmazoglu", phone: "+306912312399" });
    const created = await request({ method: "POST", url: "/api/workers", payload: worker });
    expect(created.statusCode).toBe(201);
    await request({ method: "GET", url: "/api/workers?q=Yilmazoglu" });
    await request({ method: "GET", url: `/api/workers?q=${encodeURIComponent("+306912312399")}` });
    await app.inject({
      method: "POST",
      url: "/api/auth/phone-number/send-otp",
      headers: { origin: PUBLIC_URL },
      payload: { phoneNumber: worker.phone },
    });
    // The privacy routes: a person's export, the record and retention schedule, and an erasure confirmed by name.
    await insertPasswordAccount(connection.db, {
      name: "Officer",
      email: "dpo@logs.test",
      passwordHash: await hashPassword(TEST_PASSWORD),
      role: "dpo",
      centreId: centre?.id ?? null,
    });
    const officer = as(app, await signIn(app, "dpo@logs.test"));
    const workerId = created.json().id;
    expect((await officer({ method: "GET", url: `/api/workers/${workerId}/export` })).statusCode).toBe(200);
    await officer({ method: "GET", url: "/api/privacy/record-of-processing" });
    await officer({ method: "GET", url: "/api/privacy/retention" });
    await officer({ method: "POST", url: "/api/privacy/retention/apply", payload: { dryRun: true } });
    await officer({
      method: "POST",
      url: `/api/workers/${workerId}/erase`,
      payload: { reason: "subject_request", confirmation: "Zeynep Wrongname" },
    });
    const erased = await officer({
      method: "POST",
      url: `/api/workers/${workerId}/erase`,
      payload: { reason: "subject_request", confirmation: "Zeynep Yilmazoglu" },
    });
    expect(erased.statusCode).toBe(200);
    await app.close();

    const log = lines.join("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of ["Zeynep", "Yilmazoglu", "306912312399", TEST_PASSWORD, cookie.split("=")[1] ?? "cookie", "sign-in code"]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
