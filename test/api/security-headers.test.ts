import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "../../src/server/plugins/sign-in-rate-limit.js";
import { as, createTestWorld, PUBLIC_URL, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let webRoot: string;
beforeAll(async () => {
  // A stand-in for the built web app: a page and a script.
  webRoot = mkdtempSync(join(tmpdir(), "primacenters-web-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Primacenters</title>");
  writeFileSync(join(webRoot, "assets", "app.js"), "console.log('app');");
  world = await createTestWorld({ rateLimit: true, webRoot });
  world.app.get("/api/test/failure", { config: { action: "public" } }, async () => {
    throw new Error("a bug");
  });
});
afterAll(async () => {
  await world.close();
  rmSync(webRoot, { recursive: true, force: true });
});

function expectSecurityHeaders(response: LightMyRequestResponse, expectedStatus: number) {
  expect(response.statusCode).toBe(expectedStatus);
  const csp = String(response.headers["content-security-policy"]);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["referrer-policy"]).toBe("no-referrer");
  expect(response.headers["x-frame-options"]).toBe("DENY");
}
const expectNoStore = (response: LightMyRequestResponse) => expect(response.headers["cache-control"]).toBe("no-store");

describe("security headers on every kind of API answer", () => {
  it("200 with personal data: never cached", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    const response = await as(world.app, cookie)({ method: "GET", url: "/api/me" });
    expectSecurityHeaders(response, 200);
    expectNoStore(response);
  });

  it("401, 403, 404 and 500", async () => {
    const caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
    const answers: [LightMyRequestResponse, number][] = [
      [await as(world.app, null)({ method: "GET", url: "/api/me" }), 401],
      [await caseworker({ method: "GET", url: "/api/audit" }), 403],
      [
        await caseworker({ method: "PUT", url: "/api/me/locale", headers: { origin: "https://evil.example" }, payload: { locale: "fr" } }),
        403,
      ],
      [await caseworker({ method: "GET", url: "/api/no-such-thing" }), 404],
      [await world.app.inject({ method: "GET", url: "/api/test/failure" }), 500],
    ];
    for (const [response, status] of answers) {
      expectSecurityHeaders(response, status);
      expectNoStore(response);
      expect(response.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
  });

  it("429 from the sign-in limits", async () => {
    const attempt = () =>
      world.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        remoteAddress: "203.0.113.99",
        headers: { origin: PUBLIC_URL },
        payload: { email: world.centreB.emails.partner, password: "not-the-password-123" },
      });
    for (let i = 0; i < SIGN_IN_LIMITS.credential.accountAddress.limit; i++) await attempt();
    const limited = await attempt();
    expectSecurityHeaders(limited, 429);
    expectNoStore(limited);
  });

  it("the sign-in library's own answers, success and refusal", async () => {
    const ok = await world.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: PUBLIC_URL },
      payload: { email: world.centreA.emails.inspector, password: "Field-Test-Password-2026" },
    });
    expectSecurityHeaders(ok, 200);
    expect(ok.headers["cache-control"]).toContain("no-store");
    const session = await world.app.inject({ method: "GET", url: "/api/auth/get-session" });
    expectSecurityHeaders(session, 200);
    expect(session.headers["cache-control"]).toContain("no-store");
  });
});

describe("security headers on the web app's files", () => {
  it("the page, a script, a client-side route and a missing file", async () => {
    for (const url of ["/", "/assets/app.js", "/staff/workers", "/assets/missing.js"]) {
      expectSecurityHeaders(await world.app.inject({ method: "GET", url }), 200);
    }
  });
});

// The only API test world that serves a web build, so the web app's own serving is checked here too.
describe("the web app's files", () => {
  it("a client-side route or a missing file gets index.html without a failed file read first (no listener leak warning)", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      for (const url of ["/staff/workers", "/assets/missing.js"]) {
        const response = await world.app.inject({ method: "GET", url });
        expect(response.headers["content-type"]).toContain("text/html");
      }
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });
});
