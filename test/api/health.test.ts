import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

describe("system endpoints", () => {
  it("health says the service and its database are up", async () => {
    const response = await world.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
  });

  it("the OpenAPI 3.1 description lists the routes", async () => {
    const response = await world.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/workers");
  });

  it("every endpoint the API notes document is served and described in OpenAPI", async () => {
    const notes = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    const documented = [...notes.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/api\/[^`\s?]+)/g)]
      .map(([, method, path]) => ({ method: (method as string).toLowerCase(), path: (path as string).replace(/:(\w+)/g, "{$1}") }))
      .filter(({ path }) => !path.startsWith("/api/auth/") && !path.startsWith("/api/openapi") && !path.startsWith("/api/docs"));
    const doc = (await world.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(documented.length).toBeGreaterThan(20);
    const missing = documented.filter(({ method, path }) => !doc.paths[path]?.[method]).map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
  });

  it("the API reference is readable at /api/docs", async () => {
    const response = await world.app.inject({ method: "GET", url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
  });

  it("an unknown API path answers 404 in the error shape, with security headers", async () => {
    const response = await world.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: expect.any(String), details: [] } });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("a signed-in staff member can read who they are", async () => {
    const { signIn, as } = await import("../support/test-app.js");
    const cookie = await signIn(world.app, world.centreA.emails.caseworker);
    const response = await as(world.app, cookie)({ method: "GET", url: "/api/me" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: "caseworker", centreId: world.centreA.id, centreName: "Centre A" });
  });

  it("anonymous requests to personal data are refused with 401", async () => {
    const response = await world.app.inject({ method: "GET", url: "/api/workers" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("unauthenticated");
  });
});
