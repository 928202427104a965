import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/schema/audit.js";
import { sessions, users } from "../../src/db/schema/auth.js";
import { forgetCachedSessions } from "../../src/server/auth/session-cache.js";
import { as, cookieHeader, createTestWorld, PUBLIC_URL, signIn, TEST_PASSWORD, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const tokenOf = (cookie: string) => decodeURIComponent(cookie.split("=")[1] ?? "").split(".")[0] ?? "";
const me = (cookie: string) => as(world.app, cookie)({ method: "GET", url: "/api/me" });

async function sessionRow(cookie: string) {
  const [row] = await world.connection.db
    .select()
    .from(sessions)
    .where(eq(sessions.token, tokenOf(cookie)));
  return row;
}
/** Moves a session back in time, as if that time had passed (the server's few seconds of session cache too). */
async function setSessionTimes(cookie: string, times: { createdAt?: Date; updatedAt?: Date }) {
  await world.connection.db
    .update(sessions)
    .set(times)
    .where(eq(sessions.token, tokenOf(cookie)));
  forgetCachedSessions();
}
const userId = async (email: string) =>
  (await world.connection.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? "";

describe("idle time-out", () => {
  it("a staff session unused for 30 minutes is ended on the server", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    await setSessionTimes(cookie, { updatedAt: minutesAgo(31) });
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await sessionRow(cookie)).toBeUndefined();
  });

  it("a request records activity, so a session in use stays", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    await setSessionTimes(cookie, { updatedAt: minutesAgo(25) });
    expect((await me(cookie)).statusCode).toBe(200);
    const row = await sessionRow(cookie);
    expect(Date.now() - (row?.updatedAt.getTime() ?? 0)).toBeLessThan(60_000);
  });
});

describe("absolute time-out", () => {
  it("a session ends 12 hours after sign-in even when in use, and its expiry is never pushed back", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.inspector);
    const row = await sessionRow(cookie);
    expect((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)).toBeLessThanOrEqual(12 * 3600_000 + 1000);
    await setSessionTimes(cookie, { updatedAt: minutesAgo(2) });
    await me(cookie);
    expect((await sessionRow(cookie))?.expiresAt).toEqual(row?.expiresAt);

    await setSessionTimes(cookie, { createdAt: minutesAgo(12 * 60 + 1), updatedAt: minutesAgo(1) });
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await sessionRow(cookie)).toBeUndefined();
  });
});

describe("signing out", () => {
  it("ends the session on the server", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await as(world.app, cookie)({ method: "POST", url: "/api/auth/sign-out", payload: {} });
    expect(out.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await sessionRow(cookie)).toBeUndefined();
  });
});

describe("disabling an account", () => {
  const setDisabled = (actorCookie: string, targetId: string, disabled: boolean) =>
    as(world.app, actorCookie)({ method: "PUT", url: `/api/users/${targetId}/disabled`, payload: { disabled } });

  it("by the centre's coordinator ends every session of it at once; enabling lets it sign in again", async () => {
    const email = world.centreA.emails.partner;
    const onDesk = await signIn(world.app, email);
    const onPhone = await signIn(world.app, email);
    const coordinator = await signIn(world.app, world.centreA.emails.coordinator);
    const target = await userId(email);
    // In use a moment ago, so the server holds it in its few seconds of session cache.
    expect((await me(onDesk)).statusCode).toBe(200);

    const disabled = await setDisabled(coordinator, target, true);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toEqual({ id: target, disabled: true });
    expect((await me(onDesk)).statusCode).toBe(401);
    expect((await me(onPhone)).statusCode).toBe(401);
    expect(await world.connection.db.select().from(sessions).where(eq(sessions.userId, target))).toEqual([]);
    await expect(signIn(world.app, email)).rejects.toThrow(/401/);
    const [audit] = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.action, "user.disable"));
    expect(audit).toMatchObject({ entityId: target, outcome: "allowed", details: { sessionsEnded: 2 } });

    expect((await setDisabled(coordinator, target, false)).statusCode).toBe(200);
    expect((await me(await signIn(world.app, email))).statusCode).toBe(200);
  });

  it("by an administrator works for any centre", async () => {
    const email = world.centreB.emails.inspector;
    const session = await signIn(world.app, email);
    const admin = await signIn(world.app, world.emails.admin);
    expect((await setDisabled(admin, await userId(email), true)).statusCode).toBe(200);
    expect((await me(session)).statusCode).toBe(401);
  });

  it("of another centre's account looks like an unknown account to a coordinator, and changes nothing", async () => {
    const email = world.centreB.emails.caseworker;
    const session = await signIn(world.app, email);
    const coordinator = await signIn(world.app, world.centreA.emails.coordinator);
    expect((await setDisabled(coordinator, await userId(email), true)).statusCode).toBe(404);
    expect((await setDisabled(coordinator, await userId(world.emails.admin), true)).statusCode).toBe(404);
    expect((await me(session)).statusCode).toBe(200);
  });

  it("is not for caseworkers, and nobody disables themselves", async () => {
    const caseworker = await signIn(world.app, world.centreA.emails.caseworker);
    expect((await setDisabled(caseworker, await userId(world.centreA.emails.inspector), true)).statusCode).toBe(403);
    const coordinator = await signIn(world.app, world.centreA.emails.coordinator);
    expect((await setDisabled(coordinator, await userId(world.centreA.emails.coordinator), true)).statusCode).toBe(403);
    expect((await me(coordinator)).statusCode).toBe(200);
  });
});

describe("cross-site requests (CSRF)", () => {
  const localePut = (cookie: string, headers: Record<string, string>) =>
    world.app.inject({ method: "PUT", url: "/api/me/locale", headers: { cookie, ...headers }, payload: { locale: "fr" } });

  it("a change from another site's page is refused with 403, whether it says so by Origin or by Sec-Fetch-Site", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    const byOrigin = await localePut(cookie, { origin: "https://evil.example" });
    expect(byOrigin.statusCode).toBe(403);
    expect(byOrigin.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await localePut(cookie, { "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
    expect((await localePut(cookie, { "sec-fetch-site": "same-site", origin: PUBLIC_URL })).statusCode).toBe(403);
    expect((await localePut(cookie, { origin: "null" })).statusCode).toBe(403);
    const [row] = await world.connection.db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, world.centreA.emails.caseworker));
    expect(row?.locale).toBe("en");
  });

  it("signing in from another site's page is refused too (no login CSRF)", async () => {
    const response = await world.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      payload: { email: world.centreA.emails.caseworker, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers["set-cookie"]).toBeUndefined();
  });

  it("the product's own pages, and clients that are not browsers, are let through", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    expect((await localePut(cookie, { origin: PUBLIC_URL, "sec-fetch-site": "same-origin" })).statusCode).toBe(204);
    expect((await localePut(cookie, {})).statusCode).toBe(204);
    const signedIn = await world.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: PUBLIC_URL, "sec-fetch-site": "same-origin" },
      payload: { email: world.centreA.emails.caseworker, password: TEST_PASSWORD },
    });
    expect(signedIn.statusCode).toBe(200);
    expect(cookieHeader(signedIn)).toContain("__Host-primacenters.session_token=");
  });
});
