// A coordinator keeps a worker's documents (a phone photo loses its GPS position on the way in) and the centre's
// breach register, as they would at the desk.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments } from "../../src/db/schema/attachments.js";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.js";
import { chooseOption, withScreenshot } from "./support/fields.js";
import { demoAccount, signInWithEmail } from "./support/sign-in.js";
import { text } from "./support/texts.js";

const t = (namespace: string, key: string, values: Record<string, string | number> = {}) => text("en", namespace, key, values);

let world: E2eWorld;
let page: Page;

beforeAll(async () => {
  world = await startE2eWorld();
  page = await world.newPage("en");
  await signInWithEmail(page, "en", demoAccount(world, "coordinator"));
});
afterAll(() => world.close());

describe("a worker's documents", () => {
  it("a photo is uploaded, listed without its GPS position, opened through a link and deleted after a confirmation", async () => {
    await withScreenshot(page, "documents", async () => {
      const { items } = (await (await page.request.get("/api/workers?pageSize=1")).json()) as { items: { id: string }[] };
      const workerId = items[0]?.id as string;
      await page.goto(`/staff/workers/${workerId}?tab=documents`);
      await page.getByRole("button", { name: t("attachments", "upload") }).click();
      const dialog = page.getByRole("dialog", { name: t("attachments", "uploadTitle") });

      // A text file that calls itself a JPEG is refused with a clear message.
      await chooseOption(page, dialog.getByRole("combobox", { name: t("attachments", "kind") }), t("attachments", "kindLabel.photo"));
      await dialog
        .locator('input[type="file"]')
        .setInputFiles({ name: "fake.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image") });
      await dialog.getByRole("button", { name: t("attachments", "uploadSubmit") }).click();
      await dialog.getByRole("alert").getByText(t("attachments", "error.unsupported")).waitFor();

      const photo = await sharp({ create: { width: 30, height: 20, channels: 3, background: "green" } })
        .jpeg()
        .withExifMerge({ IFD0: { Make: "FieldPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 5/1 0/1" } })
        .toBuffer();
      await dialog.locator('input[type="file"]').setInputFiles({ name: "passport.jpg", mimeType: "image/jpeg", buffer: photo });
      await dialog.getByRole("button", { name: t("attachments", "uploadSubmit") }).click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByRole("cell", { name: "passport.jpg", exact: true }).waitFor();
      const [stored] = await world.connection.db.select().from(attachments).where(eq(attachments.workerId, workerId));
      expect(stored?.bytes.includes("FieldPhone")).toBe(false);

      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: t("attachments", "openLabel", { name: "passport.jpg" }) }).click();
      expect((await download).suggestedFilename()).toBe("passport.jpg");

      await page.getByRole("button", { name: t("attachments", "deleteLabel", { name: "passport.jpg" }) }).click();
      const confirm = page.getByRole("dialog", { name: t("attachments", "confirmDeleteTitle") });
      await confirm.getByRole("button", { name: t("attachments", "delete") }).click();
      await page.getByText(t("attachments", "emptyTitle")).waitFor();
    });
  });
});

describe("the breach register", () => {
  it("starts empty, explains what is missing, records a breach and warns about an overdue one", async () => {
    await withScreenshot(page, "breaches", async () => {
      await page.goto("/staff");
      await page.getByRole("link", { name: t("breaches", "nav") }).click();
      await page.getByText(t("breaches", "emptyTitle")).waitFor();
      await page
        .getByRole("button", { name: t("breaches", "record") })
        .first()
        .click();
      const dialog = page.getByRole("dialog", { name: t("breaches", "form.createTitle") });
      await dialog.getByRole("button", { name: t("breaches", "form.record") }).click();
      expect(await dialog.getByText(t("errors", "required")).count()).toBeGreaterThanOrEqual(3);

      await dialog.getByRole("textbox", { name: t("breaches", "field.description") }).fill("A phone with the contact list was stolen.");
      // A MultiSelect's input sits under its pills box: click where a person clicks, then the option.
      await dialog.getByLabel(t("breaches", "field.dataCategories")).click({ force: true });
      await page.getByRole("option", { name: t("breaches", "category.contact"), exact: true }).click();
      await page.keyboard.press("Escape");
      await dialog.getByRole("textbox", { name: t("breaches", "field.peopleAffected") }).fill("35");
      await dialog.getByRole("button", { name: t("breaches", "form.record") }).click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByRole("cell", { name: /^BR-\d{4}-0001$/ }).waitFor();
      await page.getByText(/^Report by /).waitFor();

      const discoveredAt = new Date(Date.now() - 100 * 3_600_000).toISOString();
      const overdue = await page.request.post("/api/breaches", {
        data: { discoveredAt, description: "Lost list", dataCategories: ["identity"], peopleAffected: 3, riskLevel: "high" },
      });
      expect(overdue.status()).toBe(201);
      await page.reload();
      await page.getByRole("alert").getByText(t("breaches", "overdue.title")).waitFor();
    });
  });
});
