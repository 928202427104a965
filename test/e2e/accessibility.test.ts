// axe-core on the screens people use most, in English and in Arabic (right to left): the sign-in page, the staff
// workers list and a worker's page, the worker portal and the public grievance report on a phone, and the staff
// grievance list. Serious and critical violations fail.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "../../src/db/schema/workers.js";
import { seriousAccessibilityProblems } from "./support/axe.js";
import { DESK, type E2eWorld, PHONE, startE2eWorld } from "./support/e2e-world.js";
import { showInLanguage, withScreenshot } from "./support/fields.js";
import { demoAccount, signInWithEmail, signInWithPhone } from "./support/sign-in.js";
import { text } from "./support/texts.js";

let world: E2eWorld;
/** The demo worker who uses the portal: his file is the worker page checked in the staff console. */
let portalWorker: { id: string; name: string; phone: string };

beforeAll(async () => {
  world = await startE2eWorld();
  const account = demoAccount(world, "worker");
  const [row] = await world.connection.db.select({ id: workers.id }).from(workers).where(eq(workers.phone, account.signIn));
  if (!row) throw new Error("the demo worker has no file");
  portalWorker = { id: row.id, name: account.name, phone: account.signIn };
});
afterAll(() => world?.close());

/** Fails with every serious or critical problem in words, and a screenshot of the page. */
async function expectNoSeriousProblems(page: Page, where: string): Promise<void> {
  await withScreenshot(page, `axe-${where.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "")}`, async () => {
    const problems = await seriousAccessibilityProblems(page, where);
    if (problems) throw new Error(problems);
  });
}

describe.each(["en", "ar"])("accessibility of the main screens, in %s", (language) => {
  let staff: Page;
  beforeAll(async () => {
    staff = await world.newPage(language, DESK);
    await signInWithEmail(staff, language, demoAccount(world, "caseworker"));
    await showInLanguage(staff, language);
  });
  afterAll(() => staff?.context().close());

  it("the sign-in page", async () => {
    const page = await world.newPage(language, PHONE);
    try {
      await page.goto("/sign-in");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(text(language, "auth", "title"));
      await page.getByRole("button", { name: text(language, "auth", "phone.sendCode") }).waitFor();
      await expectNoSeriousProblems(page, `sign-in (${language})`);
    } finally {
      await page.context().close();
    }
  });

  it("the staff workers list", async () => {
    await staff.goto("/staff/workers");
    await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(text(language, "workers", "list.title"));
    const table = staff.getByRole("table", { name: text(language, "workers", "list.tableLabel") });
    await expect.poll(() => table.getByRole("row").count()).toBeGreaterThan(2);
    await expectNoSeriousProblems(staff, `staff workers list (${language})`);
  });

  it("a worker's page", async () => {
    await staff.goto(`/staff/workers/${portalWorker.id}`);
    await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(portalWorker.name);
    const profile = staff.getByRole("tabpanel", { name: text(language, "workers", "tab.profile") });
    await profile.getByRole("region", { name: text(language, "workers", "form.languages"), exact: true }).waitFor();
    await expectNoSeriousProblems(staff, `worker page (${language})`);
  });

  it("the worker portal home, on a phone", async () => {
    const page = await world.newPage(language, PHONE);
    try {
      await signInWithPhone(world, page, language, portalWorker.phone);
      await showInLanguage(page, language);
      const t = (key: string, values?: Record<string, string>) => text(language, "workerPortal", key, values);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(t("home.greeting", { name: portalWorker.name }));
      await page.getByRole("region", { name: t("proposals.title") }).waitFor();
      await page.getByRole("region", { name: t("otherJobs.title") }).waitFor();
      await expectNoSeriousProblems(page, `worker portal home (${language})`);
    } finally {
      await page.context().close();
    }
  });

  it("the public grievance report, on a phone", async () => {
    const page = await world.newPage(language, PHONE);
    try {
      await page.goto("/report");
      await page.locator(`html[lang="${language}"]`).waitFor({ state: "attached" });
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe(text(language, "grievanceReport", "report.title"));
      await expectNoSeriousProblems(page, `grievance report (${language})`);
    } finally {
      await page.context().close();
    }
  });

  it("the staff grievance list", async () => {
    await staff.goto("/staff/grievances");
    await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(text(language, "grievances", "list.title"));
    const table = staff.getByRole("table", { name: text(language, "grievances", "list.title") });
    await expect.poll(() => table.getByRole("row").count()).toBeGreaterThan(1);
    await expectNoSeriousProblems(staff, `staff grievance list (${language})`);
  });
});
