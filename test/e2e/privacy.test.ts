// The data protection officer at the desk: the record of processing and the retention schedule, a worker's copy of
// their data (printable, right to left in Arabic) and an erasure confirmed by typing the worker's name; and a worker
// downloading their own data in the portal.
import { eq, like } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { centres } from "../../src/db/schema/centres.js";
import { erasures } from "../../src/db/schema/privacy.js";
import { workers } from "../../src/db/schema/workers.js";
import { seriousAccessibilityProblems } from "./support/axe.js";
import { type E2eWorld, PHONE, startE2eWorld } from "./support/e2e-world.js";
import { chooseOption, showInLanguage, withScreenshot } from "./support/fields.js";
import { demoAccount, signInWithEmail, signInWithPhone } from "./support/sign-in.js";
import { text } from "./support/texts.js";

const t = (namespace: string, key: string, values: Record<string, string | number> = {}) => text("en", namespace, key, values);

let world: E2eWorld;
let page: Page;

beforeAll(async () => {
  world = await startE2eWorld();
  page = await world.newPage("en");
  await signInWithEmail(page, "en", demoAccount(world, "dpo"));
});
afterAll(() => world.close());

/** A worker of the officer's centre (Peloponnese), read from the database: the officer sees files only through exports. */
async function someWorker(offset: number) {
  const [worker] = await world.connection.db
    .select({ id: workers.id, givenName: workers.givenName, familyName: workers.familyName })
    .from(workers)
    .innerJoin(centres, eq(centres.id, workers.centreId))
    .where(like(centres.name, "%Peloponnese%"))
    .orderBy(workers.id)
    .offset(offset)
    .limit(1);
  if (!worker) throw new Error("no demo worker");
  return worker;
}

describe("the privacy pages of the console", () => {
  it("the officer reads the record of processing and previews the retention schedule", async () => {
    await withScreenshot(page, "privacy-record", async () => {
      await page.getByRole("link", { name: t("privacy", "nav") }).click();
      await page.getByRole("heading", { name: t("privacy", "record.title"), level: 1 }).waitFor();
      await page.getByRole("heading", { name: t("privacy", "purpose.referral_to_employers") }).waitFor();
      expect(await seriousAccessibilityProblems(page, "the record of processing")).toBe("");

      await page.getByRole("link", { name: t("privacy", "retention.title") }).click();
      await page.getByRole("heading", { name: t("privacy", "retention.title"), level: 1 }).waitFor();
      await page.getByRole("button", { name: t("privacy", "retention.dryRun") }).click();
      await page.getByRole("status").getByText(t("privacy", "retention.previewResult")).waitFor();
    });
  });

  it("a worker's copy of their data reads right to left in Arabic and prints without the console around it", async () => {
    const arabic = await world.newPage("en");
    await signInWithEmail(arabic, "en", demoAccount(world, "dpo"));
    const worker = await someWorker(3);
    await withScreenshot(arabic, "privacy-export-ar", async () => {
      await arabic.goto(`/staff/workers/${worker.id}/export`);
      await showInLanguage(arabic, "ar");
      await arabic.getByRole("heading", { name: text("ar", "privacy", "export.consents") }).waitFor();
      expect(await arabic.locator("html").getAttribute("dir")).toBe("rtl");
      expect(await arabic.getByRole("navigation").first().isVisible()).toBe(true);
      await arabic.emulateMedia({ media: "print" });
      expect(await arabic.getByRole("navigation").first().isVisible()).toBe(false);
      expect(await arabic.getByRole("button", { name: text("ar", "privacy", "action.print") }).isVisible()).toBe(false);
      expect(await arabic.getByRole("heading", { name: text("ar", "privacy", "export.consents") }).isVisible()).toBe(true);
    });
    await arabic.context().close();
  });

  it("the officer opens an erasure by the file reference and confirms it by typing the worker's name", async () => {
    const worker = await someWorker(4);
    await withScreenshot(page, "privacy-erase", async () => {
      await page.goto("/staff/privacy");
      // The account remembers the language chosen in the test before.
      await showInLanguage(page, "en");
      await page.getByRole("textbox", { name: t("privacy", "request.reference") }).fill(worker.id);
      await page.getByRole("link", { name: t("privacy", "erase.link") }).click();
      const submit = page.getByRole("button", { name: t("privacy", "erase.submit") });
      await submit.waitFor();
      await chooseOption(page, page.getByLabel(t("privacy", "erase.reason")).first(), t("privacy", "erasureReason.subject_request"));
      const confirmation = page.getByRole("textbox", { name: t("privacy", "erase.confirmLabel") });
      await confirmation.fill("someone else");
      await submit.click();
      await page.getByRole("alert").getByText(t("errors", "code.validation_failed")).waitFor();
      await confirmation.fill(`${worker.givenName} ${worker.familyName}`);
      await submit.click();
      await page.waitForURL(/\/staff\/privacy$/);
      expect(await world.connection.db.select().from(erasures).where(eq(erasures.subjectId, worker.id))).toHaveLength(1);
    });
  });
});

describe("the worker portal", () => {
  it("the worker opens and downloads their own data from their profile", async () => {
    const worker = demoAccount(world, "worker");
    const phone = await world.newPage("en", PHONE);
    await signInWithPhone(world, phone, "en", worker.signIn);
    await withScreenshot(phone, "privacy-my-data", async () => {
      // The demo worker reads Arabic: once he is signed in, the portal speaks his account's language.
      await phone.goto("/me/profile");
      await phone.getByRole("link", { name: text("ar", "privacy", "export.myLink") }).click();
      await phone.getByRole("heading", { name: text("ar", "privacy", "export.myTitle"), level: 1 }).waitFor();
      expect(await phone.locator("html").getAttribute("dir")).toBe("rtl");
      const download = phone.waitForEvent("download");
      await phone.getByRole("button", { name: text("ar", "privacy", "action.download") }).click();
      expect((await download).suggestedFilename()).toMatch(/^personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    });
    await phone.context().close();
  });
});
