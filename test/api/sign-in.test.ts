import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/schema/audit.js";
import { sessions, twoFactors, users, verifications } from "../../src/db/schema/auth.js";
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

const signInEmail = (email: string, password: string, cookie?: string) => post("/api/auth/sign-in/email", { email, password }, cookie);

const setCookies = (response: { headers: Record<string, unknown> }): string[] => {
  const raw = response.headers["set-cookie"];
  return Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
};

/** The session token inside a cookie header ("name=token.signature; …"). */
const tokenOf = (cookie: string) => decodeURIComponent(cookie.split("=")[1] ?? "").split(".")[0];

/** Median time of each of two requests, taken in turns so that a busy machine slows both alike. */
async function medianMsInTurns(first: () => Promise<unknown>, second: () => Promise<unknown>, runs = 7): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [index, attempt] of [first, second].entries()) {
      const start = performance.now();
      await attempt();
      times[index]?.push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  return [median(times[0]), median(times[1])];
}

describe("signing in tells nobody which accounts exist", () => {
  it("a wrong password, an unknown account and a disabled account (right password) get the same answer", async () => {
    await world.connection.db.update(users).set({ disabled: true }).where(eq(users.email, world.centreB.emails.partner));
    const wrong = await signInEmail(world.centreA.emails.caseworker, "not-the-password-123");
    const unknown = await signInEmail("nobody@nowhere.test", "not-the-password-123");
    const disabled = await signInEmail(world.centreB.emails.partner, TEST_PASSWORD);
    expect(wrong.statusCode).toBe(401);
    for (const response of [unknown, disabled]) {
      expect(response.statusCode).toBe(wrong.statusCode);
      expect(response.json()).toEqual(wrong.json());
      expect(setCookies(response).some((c) => c.includes("session_token=") && !c.includes("Max-Age=0"))).toBe(false);
    }
  });

  it("an unknown account takes as long as a wrong password: the password is hashed either way", async () => {
    await signInEmail("warm-up@nowhere.test", "not-the-password-123");
    const [known, unknown] = await medianMsInTurns(
      () => signInEmail(world.centreA.emails.inspector, "not-the-password-123"),
      () => signInEmail("nobody-else@nowhere.test", "not-the-password-123"),
    );
    // argon2id with 19 MiB takes tens of milliseconds; an answer that skipped it would take a few.
    expect(known).toBeGreaterThan(5);
    expect(unknown).toBeGreaterThan(known * 0.4);
  });

  it("nobody can sign themselves up", async () => {
    const response = await post("/api/auth/sign-up/email", {
      email: "intruder@example.test",
      password: "Intruder-Password-2026",
      name: "Intruder",
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
  });
});

describe("two-step sign-in with an authenticator app", () => {
  it("a staff member turns it on; from then on signing in needs a code, and each code works once", async () => {
    const email = world.centreA.emails.coordinator;
    const cookie = await signIn(world.app, email);
    const enabled = await post("/api/auth/two-factor/enable", { password: TEST_PASSWORD }, cookie);
    expect(enabled.statusCode, enabled.body).toBe(200);
    const { totpURI } = enabled.json();
    const setupCode = totpCodeFor(totpURI);
    const confirmed = await post("/api/auth/two-factor/verify-totp", { code: setupCode }, cookie);
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const first = await signInEmail(email, TEST_PASSWORD);
    expect(first.json()).toMatchObject({ twoFactorRedirect: true });
    const pending = cookieHeader(first);
    expect((await as(world.app, pending)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    expect((await post("/api/auth/two-factor/verify-totp", { code: "000000" }, pending)).statusCode).toBe(401);
    // The code that confirmed the set-up was used: it cannot sign in, though it is still within its 30 seconds.
    const replayed = await post("/api/auth/two-factor/verify-totp", { code: setupCode }, pending);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json()).toMatchObject({ code: "INVALID_CODE" });

    const nextStepAt = Date.now() + 30_000;
    const nextCode = totpCodeFor(totpURI, nextStepAt);
    const second = await post("/api/auth/two-factor/verify-totp", { code: nextCode }, pending);
    expect(second.statusCode, second.body).toBe(200);
    const me = await as(world.app, cookieHeader(second))({ method: "GET", url: "/api/me" });
    expect(me.json()).toMatchObject({ role: "coordinator", twoFactorEnabled: true });

    // A new sign-in challenge does not make the used code good again.
    const again = cookieHeader(await signInEmail(email, TEST_PASSWORD));
    expect((await post("/api/auth/two-factor/verify-totp", { code: nextCode }, again)).statusCode).toBe(401);
    const [row] = await world.connection.db.select().from(twoFactors);
    expect(row?.lastUsedTimeStep).toBe(Math.floor(nextStepAt / 30_000));
  });
});

describe("sessions start fresh", () => {
  it("every sign-in gets a new session token", async () => {
    const first = await signIn(world.app, world.centreA.emails.partner);
    const second = await signIn(world.app, world.centreA.emails.partner);
    expect(tokenOf(first)).not.toBe(tokenOf(second));
  });

  it("a session planted in the browser before sign-in is replaced and ended (no session fixation)", async () => {
    // An attacker plants their own session cookie in the victim's browser, then the victim signs in.
    const planted = await signIn(world.app, world.centreB.emails.caseworker);
    const victim = await signInEmail(world.centreB.emails.coordinator, TEST_PASSWORD, planted);
    expect(victim.statusCode).toBe(200);
    const victimCookie = cookieHeader(victim);
    expect(tokenOf(victimCookie)).not.toBe(tokenOf(planted));
    expect((await as(world.app, victimCookie)({ method: "GET", url: "/api/me" })).json()).toMatchObject({ role: "coordinator" });
    // The planted token gives the attacker nothing: not the victim's account, not even their own any more.
    expect((await as(world.app, planted)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    const left = await world.connection.db
      .select()
      .from(sessions)
      .where(eq(sessions.token, tokenOf(planted) ?? ""));
    expect(left).toEqual([]);
  });

  it("a made-up session token is no session at all", async () => {
    const forged = "__Host-primacenters.session_token=made-up-token.c2lnbmF0dXJl";
    expect((await as(world.app, forged)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
  });
});

describe("sign-in cookies", () => {
  it("are __Host- cookies: Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain", async () => {
    const response = await signInEmail(world.centreA.emails.caseworker, TEST_PASSWORD);
    const cookies = setCookies(response);
    expect(cookies.length).toBeGreaterThan(0);
    expect(cookies.some((c) => c.startsWith("__Host-primacenters.session_token="))).toBe(true);
    for (const cookie of cookies) {
      const attributes = cookie.split(";").map((part) => part.trim().toLowerCase());
      expect(cookie.startsWith("__Host-")).toBe(true);
      expect(attributes).toContain("secure");
      expect(attributes).toContain("httponly");
      expect(attributes).toContain("samesite=lax");
      expect(attributes).toContain("path=/");
      expect(attributes.some((a) => a.startsWith("domain="))).toBe(false);
    }
  });
});

describe("the sign-in trail", () => {
  it("every sign-in is on the audit trail, without the address or device", async () => {
    await signIn(world.app, world.centreA.emails.inspector);
    const starts = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.action, "session.start"));
    const inspector = starts.find((e) => e.actorRole === "inspector");
    expect(inspector).toMatchObject({ centreId: world.centreA.id, outcome: "allowed", details: {} });
  });

  it("sessions keep no IP address", async () => {
    await signIn(world.app, world.centreA.emails.inspector);
    const rows = await world.connection.db.select({ ipAddress: sessions.ipAddress }).from(sessions);
    expect(rows.every((row) => !row.ipAddress)).toBe(true);
  });
});

describe("a phone with no account", () => {
  it("even with the right code, gets a refusal in the API's error shape, never the library's internals", async () => {
    const phoneNumber = "+306900000999";
    await post("/api/auth/phone-number/send-otp", { phoneNumber });
    const rows = await world.connection.db.select().from(verifications);
    const code = rows.find((r) => r.identifier.includes(phoneNumber))?.value.split(":")[0];
    expect(code).toMatch(/^\d{6}$/);
    const response = await post("/api/auth/phone-number/verify", { phoneNumber, code });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: "internal", message: expect.any(String), details: [] } });
    expect(response.headers["set-cookie"]).toBeUndefined();
  });
});
