// Accounts: a member of staff changes their password from the account menu (the browser's own checks, the server's
// refusals, then the change; afterwards the old password no longer signs in and the new one does), then the
// coordinator disables that account on the Users page, which ends its open session. The partner's account is used,
// which no other scenario signs in with.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityProblems } from "./support/axe.js";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.js";
import { withScreenshot } from "./support/fields.js";
import { demoAccount, signInWithEmail } from "./support/sign-in.js";
import { text } from "./support/texts.js";

const t = (namespace: string, key: string, values: Record<string, string | number> = {}) => text("en", namespace, key, values);

const NEW_PASSWORD = "Quince-Harbour-Lantern-1987";

let world: E2eWorld;
let page: Page;

beforeAll(async () => {
  world = await startE2eWorld();
  page = await world.newPage("en");
});
afterAll(() => world?.close());

const field = (key: string) => page.getByRole("textbox", { name: t("account", `changePassword.${key}`), exact: true });

async function fillForm(current: string, next: string, repeat = next): Promise<void> {
  await field("current").fill(current);
  await field("new").fill(next);
  await field("repeat").fill(repeat);
  await page.getByRole("button", { name: t("account", "changePassword.submit") }).click();
}

/** The refusal as the summary at the top of the form says it (the field says it too). */
const refusal = (message: string) => page.getByRole("alert").filter({ hasText: message }).first();

async function openAccountMenu(name: string): Promise<void> {
  await page.getByRole("button", { name: t("common", "user.menu", { name }) }).click();
}

describe("changing one's own password", () => {
  it("the partner changes the password from the account menu", async () => {
    const partner = demoAccount(world, "partner");
    await withScreenshot(page, "change-password", async () => {
      await signInWithEmail(page, "en", partner);
      await openAccountMenu(partner.name);
      await page.getByRole("menuitem", { name: t("common", "user.changePassword") }).click();
      await page.waitForURL(/\/staff\/account\/password$/);
      await page.getByRole("heading", { name: t("account", "changePassword.title"), level: 1 }).waitFor();
      // The account menu closes with a short transition: axe must not read its dropdown on the way out.
      await page.getByRole("menu").waitFor({ state: "hidden" });
      expect(await seriousAccessibilityProblems(page, "the change-password page")).toBe("");

      // Checked in the browser: too short, and typed differently the second time.
      await fillForm(partner.secret, "Short-pw-1", "Short-pw-2");
      await refusal(text("en", "auth", "error.passwordTooShort")).waitFor();
      await refusal(t("account", "changePassword.mismatch")).waitFor();
      expect(await field("new").getAttribute("aria-invalid")).toBe("true");

      // Refused by the server: a common password, then a wrong current one.
      await fillForm(partner.secret, "Password1234");
      await refusal(text("en", "auth", "error.passwordTooCommon")).waitFor();
      await fillForm("Not-My-Password-2026", NEW_PASSWORD);
      await refusal(t("account", "changePassword.wrongCurrent")).waitFor();

      await fillForm(partner.secret, NEW_PASSWORD);
      await page
        .getByRole("status")
        .filter({ hasText: t("account", "changePassword.done") })
        .waitFor();
      expect(await page.getByRole("textbox", { name: t("account", "changePassword.current"), exact: true }).count()).toBe(0);
      // This browser stays signed in (with a new session): back to the dashboard.
      await page.getByRole("link", { name: t("account", "changePassword.backHome") }).click();
      await page.waitForURL(/\/staff\/?$/);
    });
  });

  it("after signing out, the old password is refused and the new one signs in", async () => {
    const partner = demoAccount(world, "partner");
    await withScreenshot(page, "change-password-sign-in-again", async () => {
      await openAccountMenu(partner.name);
      await page.getByRole("menuitem", { name: t("common", "action.signOut") }).click();
      await page.waitForURL(/\/sign-in/);

      await page.getByText(text("en", "auth", "method.email"), { exact: true }).click();
      await page.getByRole("textbox", { name: t("auth", "email.label"), exact: true }).fill(partner.signIn);
      await page.getByRole("textbox", { name: t("auth", "password.label"), exact: true }).fill(partner.secret);
      await page.getByRole("button", { name: t("auth", "action.signIn") }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: t("auth", "error.invalidCredentials") })
        .waitFor();

      await signInWithEmail(page, "en", { ...partner, secret: NEW_PASSWORD });
      await openAccountMenu(partner.name);
      await page.getByRole("menuitem", { name: t("common", "user.changePassword") }).waitFor();
    });
  });

  it("the coordinator disables the partner's account on the Users page, which ends the partner's session", async () => {
    const coordinator = demoAccount(world, "coordinator");
    const partner = demoAccount(world, "partner");
    const desk = await world.newPage("en");
    try {
      await withScreenshot(desk, "users-disable", async () => {
        await signInWithEmail(desk, "en", coordinator);
        await desk.getByRole("link", { name: t("users", "nav"), exact: true }).click();
        await desk.getByRole("heading", { name: t("users", "title"), level: 1 }).waitFor();
        expect(await seriousAccessibilityProblems(desk, "the users page")).toBe("");
        await desk.getByRole("searchbox", { name: t("users", "filter.search") }).fill(partner.signIn);
        await expect.poll(() => desk.getByRole("row").count()).toBe(2);
        const row = desk.getByRole("row").filter({ hasText: partner.signIn });
        await row.getByRole("button", { name: t("users", "disableLabel", { name: partner.name }) }).click();
        await desk
          .getByRole("dialog")
          .getByRole("button", { name: t("users", "disable") })
          .click();
        await row.getByText(t("users", "status.disabled"), { exact: true }).waitFor();
      });
      await withScreenshot(page, "users-disabled-partner", async () => {
        await page.reload();
        await page.waitForURL(/\/sign-in/);
      });
    } finally {
      await desk.context().close();
    }
  });
});
