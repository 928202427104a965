import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInLimits } from "../../src/db/schema/auth.js";
import { SIGN_IN_LIMITS } from "../../src/server/plugins/sign-in-rate-limit.js";
import { cookieHeader, createTestWorld, PUBLIC_URL, TEST_PASSWORD, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let proxied: TestWorld;
beforeAll(async () => {
  world = await createTestWorld({ rateLimit: true });
  proxied = await createTestWorld({ rateLimit: true, trustProxy: ["127.0.0.1"] });
});
afterAll(async () => {
  await world.close();
  await proxied.close();
});

const WRONG = "not-the-password-123";
const credential = SIGN_IN_LIMITS.credential;

function attempt(
  target: TestWorld,
  url: string,
  payload: Record<string, unknown>,
  from: { address?: string; forwardedFor?: string; cookie?: string } = {},
) {
  return target.app.inject({
    method: "POST",
    url,
    remoteAddress: from.address ?? "127.0.0.1",
    headers: {
      origin: PUBLIC_URL,
      ...(from.forwardedFor ? { "x-forwarded-for": from.forwardedFor } : {}),
      ...(from.cookie ? { cookie: from.cookie } : {}),
    },
    payload,
  });
}
const signInFrom = (email: string, password: string, from: Parameters<typeof attempt>[3], target = world) =>
  attempt(target, "/api/auth/sign-in/email", { email, password }, from);

async function failTimes(times: number, email: string, from: Parameters<typeof attempt>[3], target = world) {
  for (let i = 0; i < times; i++) expect((await signInFrom(email, WRONG, from, target)).statusCode).toBe(401);
}

function expectRateLimited(response: Awaited<ReturnType<typeof attempt>>) {
  expect(response.statusCode).toBe(429);
  expect(response.json()).toEqual({ error: { code: "rate_limited", message: expect.any(String), details: [] } });
  const retryAfter = Number(response.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(credential.account.windowSeconds);
}

describe("wrong passwords for one account from one address", () => {
  it("are refused with 429 and Retry-After once over the limit, even with the right password", async () => {
    const email = world.centreA.emails.caseworker;
    const from = { address: "203.0.113.10" };
    await failTimes(credential.accountAddress.limit, email, from);
    expectRateLimited(await signInFrom(email, TEST_PASSWORD, from));
  });

  it("do not lock the owner out: from another address the account signs in", async () => {
    const email = world.centreA.emails.caseworker;
    expect((await signInFrom(email, TEST_PASSWORD, { address: "198.51.100.7" })).statusCode).toBe(200);
  });

  it("are forgiven by a successful sign-in (typos of the owner do not add up)", async () => {
    const email = world.centreA.emails.inspector;
    const from = { address: "203.0.113.11" };
    await failTimes(credential.accountAddress.limit - 1, email, from);
    expect((await signInFrom(email, TEST_PASSWORD, from)).statusCode).toBe(200);
    await failTimes(credential.accountAddress.limit - 1, email, from);
    expect((await signInFrom(email, TEST_PASSWORD, from)).statusCode).toBe(200);
  });

  it("count the same with a forged X-Forwarded-For: the address is the connection's", async () => {
    const email = world.centreA.emails.partner;
    for (let i = 0; i < credential.accountAddress.limit; i++) {
      await signInFrom(email, WRONG, { address: "203.0.113.12", forwardedFor: `192.0.2.${i + 1}` });
    }
    expectRateLimited(await signInFrom(email, TEST_PASSWORD, { address: "203.0.113.12", forwardedFor: "192.0.2.200" }));
  });

  it("are counted per client behind a proxy named in TRUST_PROXY", async () => {
    const email = proxied.centreA.emails.caseworker;
    await failTimes(credential.accountAddress.limit, email, { forwardedFor: "192.0.2.1" }, proxied);
    expectRateLimited(await signInFrom(email, TEST_PASSWORD, { forwardedFor: "192.0.2.1" }, proxied));
    expect((await signInFrom(email, TEST_PASSWORD, { forwardedFor: "192.0.2.2" }, proxied)).statusCode).toBe(200);
  });
});

describe("a flood of wrong passwords for one account from many addresses", () => {
  it("blocks new browsers for a while, never the browser the owner signed in with before", async () => {
    const email = world.centreB.emails.caseworker;
    // The owner signed in last week from their desk; the browser keeps the known-device cookie.
    const desk = await signInFrom(email, TEST_PASSWORD, { address: "198.51.100.20" });
    const deskCookie = cookieHeader(desk)
      .split("; ")
      .find((c) => c.startsWith("__Host-primacenters.known_device="));
    expect(deskCookie).toBeDefined();

    for (let i = 0; i < credential.account.limit; i++) {
      expect((await signInFrom(email, WRONG, { address: `10.1.0.${i + 1}` })).statusCode).toBe(401);
    }
    expectRateLimited(await signInFrom(email, TEST_PASSWORD, { address: "10.1.0.250" }));
    // The owner at a new address, with their known browser, gets in.
    expect((await signInFrom(email, TEST_PASSWORD, { address: "198.51.100.21", cookie: deskCookie })).statusCode).toBe(200);
    // A known-device cookie of another account does not help.
    const forged = deskCookie?.replace(/=.*/, "=bm90LXRoZS1yaWdodC1vbmU");
    expectRateLimited(await signInFrom(email, TEST_PASSWORD, { address: "10.1.0.251", cookie: forged }));

    // The block lasts one window, not for ever: once it is over, a new browser signs in again.
    await world.connection.db.update(signInLimits).set({ resetAt: new Date(Date.now() - 1000) });
    expect((await signInFrom(email, TEST_PASSWORD, { address: "10.1.0.252" })).statusCode).toBe(200);
  });
});

describe("one address trying many accounts", () => {
  it("is refused once its wrong attempts pass the address limit", async () => {
    const from = { address: "203.0.113.30" };
    for (let i = 0; i < credential.address.limit; i++) {
      expect((await signInFrom(`guess-${i}@nowhere.test`, WRONG, from)).statusCode).toBe(401);
    }
    expectRateLimited(await signInFrom(world.emails.analyst, TEST_PASSWORD, from));
  });
});

describe("one-time codes", () => {
  it("sending: a phone number gets a limited number of codes; the limit answers 429", async () => {
    const phoneNumber = "+306900000555";
    const sending = SIGN_IN_LIMITS["code-sending"];
    for (let i = 0; i < sending.account.limit; i++) {
      const sent = await attempt(world, "/api/auth/phone-number/send-otp", { phoneNumber }, { address: `10.2.0.${i + 1}` });
      expect(sent.statusCode).toBe(200);
    }
    const over = await attempt(world, "/api/auth/phone-number/send-otp", { phoneNumber }, { address: "10.2.0.99" });
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("verifying: wrong codes for one phone from one address are limited", async () => {
    const phoneNumber = "+306900000556";
    const from = { address: "203.0.113.40" };
    for (let i = 0; i < credential.accountAddress.limit; i++) {
      const response = await attempt(world, "/api/auth/phone-number/verify", { phoneNumber, code: "000000" }, from);
      expect(response.statusCode).not.toBe(429);
    }
    expect((await attempt(world, "/api/auth/phone-number/verify", { phoneNumber, code: "000000" }, from)).statusCode).toBe(429);
  });

  it("second-step codes: wrong codes from one address are limited", async () => {
    const from = { address: "203.0.113.50" };
    for (let i = 0; i < credential.address.limit; i++) {
      const response = await attempt(world, "/api/auth/two-factor/verify-totp", { code: "000000" }, from);
      expect(response.statusCode).not.toBe(429);
    }
    expect((await attempt(world, "/api/auth/two-factor/verify-totp", { code: "000000" }, from)).statusCode).toBe(429);
  });
});

describe("the counters", () => {
  it("hold neither e-mail addresses nor IP addresses, only keyed hashes", async () => {
    const rows = await world.connection.db.select().from(signInLimits);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
