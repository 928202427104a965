// The season planner as a coordinator uses it, one step per test, in order: find it in the navigation, fill in the
// new-plan form (which says in words what is wrong with a season), run the plan, read its figures and fairness
// report, read a placement's reasons, accept two placements in bulk after a confirmation, open a worker's season on
// a calendar and a map, then the same page in Arabic, right to left. Serious accessibility problems fail.
import { and, inArray } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referrals } from "../../src/db/schema/referrals.js";
import { seriousAccessibilityProblems } from "./support/axe.js";
import { type E2eWorld, startE2eWorld } from "./support/e2e-world.js";
import { chooseLanguage, fillDate, showInLanguage, withScreenshot } from "./support/fields.js";
import { demoAccount, signInWithEmail } from "./support/sign-in.js";
import { text, textPattern } from "./support/texts.js";

const t = (key: string, values?: Record<string, string | number>) => text("en", "planning", key, values);
const tPattern = (key: string, values?: Record<string, string | number>) => textPattern("en", "planning", key, values);

function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
/** A season that covers the demo offers, which are dated from today on. */
const seasonStart = isoDaysFromToday(0);
const seasonEnd = isoDaysFromToday(360);

let world: E2eWorld;
let staff: Page;
const state: { planId?: string } = {};

beforeAll(async () => {
  world = await startE2eWorld();
  staff = await world.newPage("en");
  await signInWithEmail(staff, "en", demoAccount(world, "coordinator"));
  await showInLanguage(staff, "en");
});
afterAll(() => world?.close());

async function expectNoSeriousProblems(page: Page, where: string): Promise<void> {
  const problems = await seriousAccessibilityProblems(page, where);
  if (problems) throw new Error(problems);
}

const heading = () => staff.getByRole("heading", { level: 1 }).textContent();
const assignmentTable = () => staff.getByRole("table", { name: t("assignments.tableLabel") });

describe("the season planner, as a coordinator", () => {
  it("is in the navigation, and an empty list says what to do", async () => {
    await withScreenshot(staff, "planner-list", async () => {
      await staff.goto("/staff");
      await staff
        .getByRole("navigation")
        .getByRole("link", { name: t("nav") })
        .click();
      await expect.poll(heading).toBe(t("list.title"));
      await staff.getByText(t("list.empty")).waitFor();
    });
  });

  it("the new-plan form preselects the coordinator's centre and says in words what is wrong with a season", async () => {
    await withScreenshot(staff, "planner-form", async () => {
      await staff
        .getByRole("link", { name: t("list.new") })
        .first()
        .click();
      await expect.poll(heading).toBe(t("form.title"));
      const me = (await (await staff.request.get("/api/me")).json()) as { centreName: string };
      await staff.locator("form").getByText(me.centreName, { exact: true }).waitFor();
      const start = staff.getByRole("textbox", { name: t("form.seasonStart") });
      const end = staff.getByRole("textbox", { name: t("form.seasonEnd") });
      await fillDate(start, seasonStart);
      await fillDate(end, isoDaysFromToday(-10));
      await staff.getByRole("button", { name: t("form.submit") }).click();
      await staff
        .getByRole("alert")
        .getByText(text("en", "errors", "dateRangeReversed"))
        .waitFor();

      await fillDate(end, isoDaysFromToday(400));
      await staff.getByRole("button", { name: t("form.submit") }).click();
      await staff
        .getByRole("alert")
        .getByText(text("en", "errors", "seasonTooLong"))
        .waitFor();

      await fillDate(end, seasonEnd);
      await staff.getByRole("slider", { name: t("form.minScore") }).waitFor();
      // The plan opens at once: queued or running, with its progress bar, or already done (a plan of this size
      // reads its arcs from the candidate index and may end before the page draws), with its figures.
      await staff.getByRole("button", { name: t("form.submit") }).click();
      await staff.waitForURL(/\/staff\/season-planner\/[0-9a-f-]{36}$/);
      await staff
        .getByRole("region", { name: t("progress.label") })
        .or(staff.getByText(t("totals.assigned")))
        .first()
        .waitFor();
      state.planId = new URL(staff.url()).pathname.split("/").pop();
    });
  });

  it("runs, then shows the plan's figures and the fairness report by gender and by origin", async () => {
    await withScreenshot(staff, "planner-results", async () => {
      await staff.getByText(t("totals.assigned")).waitFor({ timeout: 30_000 });
      await staff.getByText(t("totals.idleDaysFirstCome")).waitFor();
      for (const caption of ["fairness.byGender", "fairness.byOrigin"]) {
        const table = staff.getByRole("table", { name: t(caption) });
        await expect.poll(() => table.getByRole("row").count()).toBeGreaterThan(1);
      }
      // The list of plans now has this one, ready.
      const plans = (await (await staff.request.get("/api/season-plans")).json()) as { items: { status: string }[] };
      expect(plans.items.map((plan) => plan.status)).toEqual(["done"]);
    });
  });

  it("lists the proposed placements with their score, and a placement's reasons on request", async () => {
    await withScreenshot(staff, "planner-reasons", async () => {
      await expect.poll(() => assignmentTable().getByRole("row").count()).toBeGreaterThan(2);
      await staff
        .getByRole("button", { name: tPattern("assignments.showReasonsOf") })
        .first()
        .click();
      const hide = staff.getByRole("button", { name: tPattern("assignments.hideReasonsOf") });
      await expect.poll(() => hide.getAttribute("aria-expanded")).toBe("true");
      await staff
        .getByRole("list", { name: text("en", "matching", "reasons") })
        .first()
        .waitFor();
    });
  });

  it("accepts two placements in bulk after a confirmation that says how many, and refers those workers", async () => {
    await withScreenshot(staff, "planner-accept", async () => {
      // The rows' boxes, not the header's "select every placement on this page".
      const boxes = assignmentTable()
        .locator("tbody")
        .getByRole("checkbox", { name: tPattern("assignments.select") });
      for (const index of [0, 1]) await boxes.nth(index).check();
      await staff.getByText(t("assignments.selected_other", { selected: 2 })).waitFor();
      await staff.getByRole("button", { name: t("decide.accept") }).click();
      const dialog = staff.getByRole("dialog", { name: t("decide.acceptTitle") });
      await dialog.getByText(t("decide.acceptMessage_other", { selected: 2 })).waitFor();
      await dialog.getByRole("button", { name: t("decide.accept") }).click();
      await dialog.waitFor({ state: "hidden" });

      // Each of the two is either referred now, or listed with the reason it could not be.
      const done = staff.getByText(tPattern("decide.acceptedDone_other")).or(staff.getByText(tPattern("decide.acceptedDone_one")));
      await done.first().waitFor();
      const refusedLines = await staff.getByText(tPattern("decide.refusedLine")).count();
      const accepted = staff.getByRole("cell").getByText(t("decision.accepted"));
      await expect.poll(() => accepted.count()).toBe(2 - refusedLines);

      const answer = await staff.request.get(`/api/season-plans/${state.planId}/assignments?decision=accepted`);
      const api = (await answer.json()) as {
        items: { worker: { id: string }; offer: { id: string }; referralId: string | null }[];
      };
      expect(api.items).toHaveLength(2 - refusedLines);
      const made = await world.connection.db
        .select({ id: referrals.id })
        .from(referrals)
        .where(
          and(
            inArray(
              referrals.workerId,
              api.items.map((item) => item.worker.id),
            ),
            inArray(
              referrals.offerId,
              api.items.map((item) => item.offer.id),
            ),
          ),
        );
      expect(made.map((row) => row.id).sort()).toEqual(api.items.map((item) => item.referralId).sort());
      // An accepted row is a referral now: it can no longer be ticked.
      const acceptedRow = assignmentTable()
        .getByRole("row")
        .filter({ hasText: t("decision.accepted") })
        .first();
      if (api.items.length > 0) expect(await acceptedRow.getByRole("checkbox").isDisabled()).toBe(true);
    });
  });

  it("opens a worker's season of several jobs: a calendar month by month, a map of the sites in order, and the same in words", async () => {
    await withScreenshot(staff, "planner-chain", async () => {
      // A worker whose planned season has more than one job, found through the API as the page reads it.
      type Row = { worker: { id: string; givenName: string; familyName: string } };
      const rows = (await (await staff.request.get(`/api/season-plans/${state.planId}/assignments?pageSize=100`)).json()) as {
        items: Row[];
      };
      let chosen: { row: Row; jobs: number; idleDays: number } | undefined;
      for (const row of rows.items) {
        const chain = (await (await staff.request.get(`/api/season-plans/${state.planId}/chains/${row.worker.id}`)).json()) as {
          jobs: unknown[];
          idleDays: number;
        };
        if (chain.jobs.length > 1) {
          chosen = { row, jobs: chain.jobs.length, idleDays: chain.idleDays };
          break;
        }
      }
      if (!chosen) throw new Error("the demo season plans no worker with more than one job");
      const name = text("en", "planning", "fullName", { given: chosen.row.worker.givenName, family: chosen.row.worker.familyName });

      await staff.getByRole("searchbox", { name: t("assignments.search") }).fill(chosen.row.worker.familyName);
      await staff
        .getByRole("button", { name: t("assignments.chainOf", { name }) })
        .first()
        .click();
      const drawer = staff.getByRole("dialog", { name: t("chain.titleOf", { name }) });
      await drawer.getByRole("region", { name: t("chain.calendar") }).waitFor();
      // The chain is planned apart from the placements, and the drawer says so.
      await drawer.getByText(t("chain.separateFromPlacements")).waitFor();
      const map = drawer.getByRole("img", { name: t("chain.mapLabel_other", { sites: chosen.jobs }) });
      await map.waitFor();
      // One line from each site to the next.
      await expect.poll(() => map.locator("line").count()).toBe(chosen.jobs - 1);
      const inWords = drawer.getByRole("region", { name: t("chain.inWords") });
      await expect.poll(() => inWords.getByText(tPattern("chain.jobNumber")).count()).toBe(chosen.jobs);
      await inWords.getByText(tPattern("chain.travelFromHome")).waitFor();
      await expect.poll(() => inWords.getByText(tPattern("chain.travelFromPrevious")).count()).toBe(chosen.jobs - 1);
      expect(new URL(staff.url()).searchParams.get("worker")).toBe(chosen.row.worker.id);
      await expectNoSeriousProblems(staff, "season plan with a worker's season open (en)");
    });
  });

  it("reads right to left in Arabic: the calendar's months run from the right", async () => {
    await withScreenshot(staff, "planner-arabic", async () => {
      await staff.keyboard.press("Escape");
      await chooseLanguage(staff, "en", "ar");
      await expect.poll(() => staff.locator("html").getAttribute("dir")).toBe("rtl");
      await staff
        .getByRole("button", { name: textPattern("ar", "planning", "assignments.chainOf") })
        .first()
        .click();
      const calendar = staff.getByRole("region", { name: text("ar", "planning", "chain.calendar") });
      await calendar.waitFor();
      const months = calendar.locator("[data-month]");
      await expect.poll(() => months.count()).toBeGreaterThan(2);
      const first = await months.first().boundingBox();
      const last = await months.last().boundingBox();
      expect(first && last && first.x > last.x).toBe(true);
      await expectNoSeriousProblems(staff, "season plan with a worker's season open (ar)");
    });
  });
});
