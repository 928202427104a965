import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { registerAccessCheck } from "./access-check.js";

describe("the access check", () => {
  it("refuses to start an app with an API route that declares no policy action", async () => {
    const app = Fastify();
    registerAccessCheck(app, {} as Database);
    expect(() => app.get("/api/forgotten", async () => "oops")).toThrow(/declares no access action/);
    app.get("/api/declared", { config: { action: "public" } }, async () => "fine");
    await app.close();
  });
});
