import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, cookieHeader, createTestWorld, PUBLIC_URL, signIn, TEST_PASSWORD, type TestWorld } from "../support/test-app.js";
import { totpCodeFor } from "../support/totp.js";

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const post = (url: string, payload: unknown, cookie?: string) =>
  world.app.inject({
    method: "POST",
    url,
    headers: { origin: PUBLIC_URL, ...(cookie ? { cookie } : {}) },
    payload: payload as Record<string, unknown>,
  });

describe("signing in", () => {
  it("a wrong password and an unknown account get the same answer", async () => {
    const wrong = await post("/api/auth/sign-in/email", { email: world.centreA.emails.caseworker, password: "not-the-password-123" });
    const unknown = await post("/api/auth/sign-in/email", { email: "nobody@nowhere.test", password: "not-the-password-123" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.json().code).toBe(wrong.json().code);
  });

  it("nobody can sign themselves up", async () => {
    const response = await post("/api/auth/sign-up/email", {
      email: "intruder@example.test",
      password: "Intruder-Password-2026",
      name: "Intruder",
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
  });

  it("a staff member turns on two-step verification; from then on signing in needs the authenticator code", async () => {
    const email = world.centreA.emails.coordinator;
    const cookie = await signIn(world.app, email);
    const enabled = await post("/api/auth/two-factor/enable", { password: TEST_PASSWORD }, cookie);
    expect(enabled.statusCode, enabled.body).toBe(200);
    const { totpURI } = enabled.json();
    const confirmed = await post("/api/auth/two-factor/verify-totp", { code: totpCodeFor(totpURI) }, cookie);
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const first = await post("/api/auth/sign-in/email", { email, password: TEST_PASSWORD });
    expect(first.json()).toMatchObject({ twoFactorRedirect: true });
    const pending = cookieHeader(first);
    expect((await as(world.app, pending)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    expect((await post("/api/auth/two-factor/verify-totp", { code: "000000" }, pending)).statusCode).toBe(401);
    const second = await post("/api/auth/two-factor/verify-totp", { code: totpCodeFor(totpURI) }, pending);
    expect(second.statusCode, second.body).toBe(200);
    const me = await as(world.app, cookieHeader(second))({ method: "GET", url: "/api/me" });
    expect(me.json()).toMatchObject({ role: "coordinator", twoFactorEnabled: true });
  });

  it("every sign-in is on the audit trail, without the address or device", async () => {
    await signIn(world.app, world.centreA.emails.inspector);
    const { auditEntries } = await import("../../src/db/schema/audit.js");
    const { eq } = await import("drizzle-orm");
    const starts = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.action, "session.start"));
    const inspector = starts.find((e) => e.actorRole === "inspector");
    expect(inspector).toMatchObject({ centreId: world.centreA.id, outcome: "allowed", details: {} });
  });

  it("signing out ends the session", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    expect((await post("/api/auth/sign-out", {}, cookie)).statusCode).toBe(200);
    expect((await as(world.app, cookie)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
  });
});

describe("a phone with no account", () => {
  it("even with the right code, gets a refusal in the API's error shape, never the library's internals", async () => {
    const phoneNumber = "+306900000999";
    await post("/api/auth/phone-number/send-otp", { phoneNumber });
    const { verifications } = await import("../../src/db/schema/auth.js");
    const rows = await world.connection.db.select().from(verifications);
    const code = rows.find((r) => r.identifier.includes(phoneNumber))?.value.split(":")[0];
    expect(code).toMatch(/^\d{6}$/);
    const response = await post("/api/auth/phone-number/verify", { phoneNumber, code });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: "internal", message: expect.any(String), details: [] } });
    expect(response.headers["set-cookie"]).toBeUndefined();
  });
});
