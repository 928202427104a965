// Someone without an account reports a problem in Arabic on a phone, gets a follow-up code, the centre answers, and
// the reporter reads the answer with the code.
import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grievances } from "../../src/db/schema/grievances.js";
import { type E2eWorld, PHONE, startE2eWorld } from "./support/e2e-world.js";
import { withScreenshot } from "./support/fields.js";
import { demoAccount, signInWithEmail } from "./support/sign-in.js";
import { text } from "./support/texts.js";

const ar = (namespace: string, key: string, values: Record<string, string | number> = {}) => text("ar", namespace, key, values);

let world: E2eWorld;
let reporter: Page;

beforeAll(async () => {
  world = await startE2eWorld();
  reporter = await world.newPage("ar", PHONE);
});
afterAll(() => world.close());

describe("an anonymous grievance", () => {
  it("is reported in Arabic without an account, answered by the centre and followed with the code", async () => {
    const coordinator = demoAccount(world, "coordinator");
    const code = await withScreenshot(reporter, "anonymous-grievance-report", async () => {
      await reporter.goto("/sign-in");
      await reporter
        .getByRole("link", { name: ar("grievanceReport", "entry.report") })
        .first()
        .click();
      await reporter.getByRole("heading", { name: ar("grievanceReport", "what.title") }).waitFor();
      expect(await reporter.evaluate(() => document.documentElement.dir)).toBe("rtl");

      await reporter.getByRole("button", { name: ar("grievanceCodes", "category.unpaid_wages") }).click();
      await reporter.getByRole("button", { name: ar("grievanceCodes", "category.retention_of_identity_documents") }).click();
      await reporter.getByRole("button", { name: ar("grievanceReport", "flow.next") }).click();
      // Several centres in the demo: the coordinator's one.
      const centreTitle = reporter.getByRole("heading", { name: ar("grievanceReport", "centre.title") });
      if (await centreTitle.isVisible()) {
        await reporter.getByRole("button", { name: coordinator.centre ?? "" }).click();
        await reporter.getByRole("button", { name: ar("grievanceReport", "flow.next") }).click();
      }
      await reporter.getByRole("textbox", { name: ar("grievanceReport", "where.label") }).fill("دفيئات الفراولة، مانولادا");
      await reporter.getByRole("button", { name: ar("grievanceReport", "flow.next") }).click();
      await reporter
        .getByRole("textbox", { name: ar("grievanceReport", "story.label") })
        .fill("لم نتقاضَ أجرنا منذ ثلاثة أسابيع ورئيس العمال يحتفظ بجوازاتنا.");
      await reporter.getByRole("button", { name: ar("grievanceReport", "flow.next") }).click();
      // Anonymous is the choice already made on the public page.
      await reporter.getByRole("button", { name: ar("grievanceReport", "who.send") }).click();
      await reporter.getByRole("heading", { name: ar("grievanceReport", "done.title") }).waitFor();
      return ((await reporter.getByTestId("follow-up-code").textContent()) ?? "").trim();
    });
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

    // The coordinator of the centre answers the reporter through the staff API.
    const staff = await world.newPage("en");
    await signInWithEmail(staff, "en", coordinator);
    const [row] = await world.connection.db
      .select({ id: grievances.id })
      .from(grievances)
      .where(and(eq(grievances.channel, "web"), eq(grievances.workplaceGiven, "دفيئات الفراولة، مانولادا")));
    const answer = "تلقينا بلاغكم. سنتصل بالمزرعة هذا الأسبوع.";
    const note = await staff.request.post(`/api/grievances/${row?.id}/notes`, {
      data: { body: answer, visibleToReporter: true },
      headers: { origin: world.baseUrl },
    });
    expect(note.status(), await note.text()).toBe(201);

    await withScreenshot(reporter, "anonymous-grievance-follow", async () => {
      await reporter.getByRole("link", { name: ar("grievanceReport", "done.follow") }).click();
      await reporter.getByRole("textbox", { name: ar("grievanceReport", "follow.codeLabel") }).fill(code.toLowerCase());
      await reporter.getByRole("button", { name: ar("grievanceReport", "follow.open") }).click();
      await reporter.getByTestId("case-status").waitFor();
      expect(((await reporter.getByTestId("case-status").textContent()) ?? "").trim()).toBe(ar("grievanceCodes", "status.received"));
      await reporter.getByText(answer).waitFor();
      await reporter.getByText(ar("grievanceReport", "case.fromCentre")).waitFor();
    });
  });
});
