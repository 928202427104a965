import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isCommonPassword } from "../../src/server/auth/password-strength.js";
import { createTestWorld, PUBLIC_URL, signIn, TEST_PASSWORD, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
beforeAll(async () => {
  // The common-password lists load once per process (a fraction of a second); not inside a timed request here.
  isCommonPassword("warm-up");
  world = await createTestWorld();
});
afterAll(() => world.close());

const post = (url: string, payload: Record<string, unknown>, cookie?: string) =>
  world.app.inject({ method: "POST", url, headers: { origin: PUBLIC_URL, ...(cookie ? { cookie } : {}) }, payload });

describe("changing a password", () => {
  it("to a common one is refused with PASSWORD_TOO_COMMON and changes nothing", async () => {
    const email = world.centreA.emails.caseworker;
    const cookie = await signIn(world.app, email);
    const refused = await post("/api/auth/change-password", { currentPassword: TEST_PASSWORD, newPassword: "Password1234" }, cookie);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
    await expect(signIn(world.app, email, "Password1234")).rejects.toThrow();
    await signIn(world.app, email);
  });

  it("to one under 12 characters is refused as too short", async () => {
    const cookie = await signIn(world.app, world.centreA.emails.inspector);
    const refused = await post("/api/auth/change-password", { currentPassword: TEST_PASSWORD, newPassword: "Xq7-kz" }, cookie);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
  });

  it("to a strong one works", async () => {
    const email = world.centreA.emails.partner;
    const cookie = await signIn(world.app, email);
    const strong = "Olive-Grove-Tractor-1987";
    const changed = await post("/api/auth/change-password", { currentPassword: TEST_PASSWORD, newPassword: strong }, cookie);
    expect(changed.statusCode, changed.body).toBe(200);
    await signIn(world.app, email, strong);
  });
});

describe("resetting a password", () => {
  it("to a common one is refused before anything else is looked at", async () => {
    const refused = await post("/api/auth/reset-password", { token: "any-token", newPassword: "iloveyou12345" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
  });
});
