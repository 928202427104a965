import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.js";
import { text } from "./support/texts.js";

let world: E2eWorld;
beforeAll(async () => {
  world = await startE2eWorld();
});
afterAll(() => world?.close());

const account = (role: string) => {
  const found = world.accounts.find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
};

describe("signing in, in the browser", () => {
  it("a caseworker signs in with e-mail and password and lands in the staff console", async () => {
    const page = await world.newPage("en");
    await page.goto("/sign-in");
    await page.getByText(text("en", "auth", "method.email")).click();
    const caseworker = account("caseworker");
    await page.getByLabel(text("en", "auth", "email.label")).fill(caseworker.signIn);
    await page
      .getByLabel(text("en", "auth", "password.label"))
      .and(page.locator("input[type=password]"))
      .fill(caseworker.secret);
    await page.getByRole("button", { name: text("en", "auth", "action.signIn") }).click();
    await page.waitForURL(/\/staff/);
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await page.context().close();
  });

  it("the sign-in page in Arabic reads right to left", async () => {
    const page = await world.newPage("ar");
    await page.goto("/sign-in");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(text("ar", "auth", "title"));
    await expect.poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ar");
    await page.context().close();
  });
});
