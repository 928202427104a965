// The main scenario of the product, one step per test, in order: a caseworker registers a worker, records and
// publishes a job offer, refers the worker with their consent; the employer sees the referral; the worker, on a
// phone and in Arabic, accepts a job the caseworker proposed, which sends it to the employer.
import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employerSites, employers } from "../../src/db/schema/employers.js";
import { OCCUPATIONS } from "../../src/db/seed/demo-occupations.js";
import { type E2eWorld, PHONE, startE2eWorld } from "./support/e2e-world.js";
import { literally, withScreenshot } from "./support/fields.js";
import { fillOfferForm, type NewOffer } from "./support/offer-form.js";
import { demoAccount, signInWithEmail, signInWithPhone } from "./support/sign-in.js";
import { text, textPattern } from "./support/texts.js";
import { fillWorkerForm, type NewWorker } from "./support/worker-form.js";

const nextYear = new Date().getUTCFullYear() + 1;
const PICKER = OCCUPATIONS.picker.uri;

const worker: NewWorker = {
  givenName: "Amira",
  familyName: "Haddad",
  phone: "+306900000123",
  gender: "woman",
  birthYear: 1994,
  nationality: "SY",
  preferredLanguage: "ar",
  regionCode: "EL633",
  languages: [
    { language: "ar", level: "native" },
    { language: "el", level: "A2" },
  ],
  authorisations: [{ type: "seasonal_work_permit", validFrom: `${nextYear}-02-01`, validUntil: `${nextYear}-07-31` }],
  occupations: [{ occupationUri: PICKER, yearsExperience: 3 }],
  availability: [{ start: `${nextYear}-02-01`, end: `${nextYear}-06-30` }],
  accommodationNeeded: true,
};
const workerName = text("en", "workers", "fullName", { given: worker.givenName, family: worker.familyName });

/** Inside the worker's availability (Feb–Jun) and permit (Feb–Jul); 92 days, paid above the Greek floor of €39.30 a day. */
const OFFER_DAYS = 92;
const offerTitle = `Strawberry pickers for the spring, ${nextYear} (e2e)`;

let world: E2eWorld;
let staff: Page;
/** Filled in as the scenario goes. */
const state: {
  workerId?: string;
  offerId?: string;
  employer?: { id: string; name: string; siteId: string };
  proposedOfferId?: string;
  proposedOfferTitle?: string;
} = {};

/** A second published offer of the employer, when the demo data has none that fits: set up through the API. */
async function publishThroughApi(page: Page, employer: { id: string; siteId: string }): Promise<{ id: string; title: string }> {
  const title = `Strawberry grading, ${nextYear} (e2e)`;
  const created = await page.request.post("/api/offers", {
    data: {
      employerId: employer.id,
      siteId: employer.siteId,
      occupationUri: PICKER,
      title,
      tasks: "",
      startDate: `${nextYear}-04-01`,
      endDate: `${nextYear}-06-15`,
      positions: 2,
      payAmountCents: 4300,
      payUnit: "day",
      pieceUnit: null,
      piecesPerHour: null,
      hoursPerWeek: 40,
      contractType: "seasonal",
      accommodationProvided: true,
      accommodationDeductionCents: 0,
      transportProvided: false,
      mealsProvided: false,
      mealsDeductionCents: 0,
      requiredSkills: [],
      requiredLanguages: [],
      requiredCertificates: [],
      drivingLicenceRequired: false,
      minYearsExperience: 0,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, version: first } = (await created.json()) as { id: string; version: number };
  let version = first;
  for (const to of ["submitted", "checked", "published"]) {
    const moved = await page.request.post(`/api/offers/${id}/transitions`, { data: { to }, headers: { "if-match": `"${version}"` } });
    expect(moved.status(), await moved.text()).toBe(200);
    version = ((await moved.json()) as { version: number }).version;
  }
  return { id, title };
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`an earlier step did not give ${what}`);
  return value;
}

beforeAll(async () => {
  world = await startE2eWorld();
  staff = await world.newPage("en");
  await signInWithEmail(staff, "en", demoAccount(world, "caseworker"));
});
afterAll(() => world?.close());

describe("from a caseworker's interview to a worker's yes, in the browser", () => {
  it("a. the caseworker registers a new worker through the form and lands on the worker's page", async () => {
    await withScreenshot(staff, "a-register-worker", async () => {
      await staff.goto("/staff/workers");
      await staff.getByRole("link", { name: text("en", "workers", "action.create") }).click();
      await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(text("en", "workers", "create.title"));
      await fillWorkerForm(staff, "en", worker);
      await staff.getByRole("button", { name: text("en", "workers", "create.submit") }).click();

      await staff.waitForURL(/\/staff\/workers\/[0-9a-f-]{36}(\?|$)/);
      state.workerId = /\/staff\/workers\/([0-9a-f-]{36})/.exec(staff.url())?.[1];
      await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(workerName);
      await expect
        .poll(() => staff.getByRole("tab", { name: text("en", "workers", "tab.profile") }).getAttribute("aria-selected"))
        .toBe("true");

      // What the form sent is what was heard in the interview.
      const saved = await (await staff.request.get(`/api/workers/${need(state.workerId, "the worker")}`)).json();
      expect(saved).toMatchObject({
        givenName: worker.givenName,
        familyName: worker.familyName,
        phone: worker.phone,
        gender: worker.gender,
        birthYear: worker.birthYear,
        nationality: worker.nationality,
        preferredLanguage: "ar",
        regionCode: "EL633",
        languages: worker.languages,
        authorisations: [{ ...worker.authorisations[0], workAllowed: true }],
        occupations: [{ occupationUri: PICKER, yearsExperience: 3, informal: false }],
        availability: worker.availability,
        preferences: { accommodationNeeded: true },
      });
    });
  });

  it("b. the caseworker records a job offer for a demo employer and publishes it: draft → submitted → checked → published", async () => {
    await withScreenshot(staff, "b-offer-lifecycle", async () => {
      // The demo employer whose contact person has an account, and one of its sites in Ilia.
      const employerAccount = demoAccount(world, "employer");
      const [employer] = await world.connection.db.select().from(employers).where(eq(employers.contactEmail, employerAccount.signIn));
      const [site] = await world.connection.db
        .select()
        .from(employerSites)
        .where(and(eq(employerSites.employerId, need(employer?.id, "the demo employer")), eq(employerSites.regionCode, "EL633")));
      if (!employer || !site) throw new Error("the demo employer has no site in Ilia");
      state.employer = { id: employer.id, name: employer.legalName, siteId: site.id };
      const offer: NewOffer = {
        employerName: employer.legalName,
        siteName: site.name,
        occupationUri: PICKER,
        title: offerTitle,
        startDate: `${nextYear}-03-01`,
        endDate: `${nextYear}-05-31`,
        hoursPerWeek: 39,
        payUnit: "day",
        payAmount: "42.50",
      };

      await staff.goto("/staff/offers");
      await staff.getByRole("link", { name: text("en", "offers", "action.create") }).click();
      await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(text("en", "offers", "create.title"));
      await fillOfferForm(staff, "en", offer);
      await staff.getByRole("button", { name: text("en", "offers", "create.submit") }).click();
      await staff.waitForURL(/\/staff\/offers\/[0-9a-f-]{36}$/);
      state.offerId = /\/staff\/offers\/([0-9a-f-]{36})/.exec(staff.url())?.[1];
      await expect.poll(() => staff.getByRole("heading", { level: 1 }).textContent()).toBe(offerTitle);

      const lifecycle = staff.getByRole("list", { name: text("en", "offers", "lifecycle.label") });
      // The current step reads "Now: <status>" (the first word for screen readers only).
      const now = (status: string) =>
        new RegExp(
          `${literally(text("en", "offers", "lifecycle.state.current"))}\\s*${literally(text("en", "codes", `offerStatus.${status}`))}`,
        );
      await expect.poll(() => lifecycle.locator("[aria-current=step]").textContent()).toMatch(now("draft"));
      for (const [button, status] of [
        ["transition.submitted", "submitted"],
        ["transition.checked", "checked"],
        ["transition.published", "published"],
      ] as const) {
        await staff.getByRole("button", { name: text("en", "offers", button), exact: true }).click();
        await expect.poll(() => lifecycle.locator("[aria-current=step]").textContent()).toMatch(now(status));
      }
      const published = await (await staff.request.get(`/api/offers/${need(state.offerId, "the offer")}`)).json();
      expect(published).toMatchObject({ status: "published", hoursPerWeek: 39, payUnit: "day", payAmountCents: 4250 });
    });
  });

  it("c. the caseworker finds the worker among the offer's candidates, with a score and reasons, and refers them with consent given in person", async () => {
    await withScreenshot(staff, "c-refer-now", async () => {
      const offerId = need(state.offerId, "the offer");
      const employerName = need(state.employer, "the employer").name;
      await staff.goto(`/staff/offers/${offerId}`);
      await staff.getByRole("link", { name: text("en", "offers", "detail.candidates") }).click();
      await staff.waitForURL(/\/candidates/);
      await expect
        .poll(() => staff.getByRole("heading", { level: 1 }).textContent())
        .toBe(text("en", "referrals", "candidates.title", { title: offerTitle }));

      const candidates = staff.getByRole("list", { name: text("en", "referrals", "candidates.listLabel") });
      const card = candidates.getByRole("listitem", { name: workerName, exact: true });
      const more = staff.getByRole("button", { name: text("en", "referrals", "candidates.showMore") });
      await candidates.waitFor();
      while ((await card.count()) === 0 && (await more.isVisible())) await more.click();
      await card.waitFor();

      // A score out of 100…
      const score = card.getByRole("img", { name: textPattern("en", "referrals", "candidates.score") });
      const [, scoreText] = textPattern("en", "referrals", "candidates.score").exec((await score.getAttribute("aria-label")) ?? "") ?? [];
      expect(Number(scoreText)).toBeGreaterThan(0);
      expect(Number(scoreText)).toBeLessThanOrEqual(100);

      // …and reasons a person can read, among them criteria met, each marked as met.
      await card.getByRole("button", { name: text("en", "referrals", "candidates.showReasons") }).click();
      const reasons = card.getByRole("list", { name: text("en", "matching", "reasons") });
      const metMark = `[aria-label="${text("en", "matching", "kind.met")}"]`;
      for (const sentence of [
        text("en", "matching", "availability.covers", { totalDays: OFFER_DAYS }),
        // The offer asks for no minimum, so the sentence does not say "at least 0".
        text("en", "matching", "experience.sameOccupation_noMinimum", { years: 3 }),
      ]) {
        const reason = reasons.getByRole("listitem").filter({ hasText: sentence });
        await expect.poll(() => reason.count()).toBe(1);
        await expect.poll(() => reason.locator(metMark).count()).toBe(1);
      }

      // "Refer now" asks how the worker agreed and for a confirmation, then records the consent with the referral.
      await card.getByRole("button", { name: text("en", "referrals", "candidates.refer"), exact: true }).click();
      const names = { name: workerName, employer: employerName, title: offerTitle };
      const dialog = staff.getByRole("dialog", { name: text("en", "referrals", "putForward.referTitle", names) });
      await dialog.getByRole("radio", { name: text("en", "codes", "consentMethod.in_person") }).check();
      await dialog.getByRole("checkbox", { name: text("en", "referrals", "putForward.confirmLabel", names) }).check();
      await dialog.getByRole("button", { name: text("en", "referrals", "candidates.refer"), exact: true }).click();
      await dialog.waitFor({ state: "hidden" });

      await card.getByText(text("en", "codes", "referralStage.referred"), { exact: true }).waitFor();
      await expect.poll(() => card.getByRole("button", { name: text("en", "referrals", "candidates.refer"), exact: true }).count()).toBe(0);
      const referrals = await (
        await staff.request.get(`/api/referrals?offerId=${offerId}&workerId=${need(state.workerId, "the worker")}`)
      ).json();
      expect(referrals.items).toEqual([expect.objectContaining({ stage: "referred" })]);
    });
  });

  it("d. the employer signs in and sees the referral of that worker for that offer", async () => {
    const page = await world.newPage("en");
    try {
      await withScreenshot(page, "d-employer-sees-referral", async () => {
        await signInWithEmail(page, "en", demoAccount(world, "employer"));
        await page.waitForURL(/\/employer(\/|$)/);
        const nav = page.getByRole("navigation", { name: text("en", "employerPortal", "nav.label") });
        await nav.getByRole("link", { name: text("en", "employerPortal", "nav.candidates") }).click();
        await page.waitForURL(/\/employer\/candidates/);
        const candidate = page.getByRole("article", { name: workerName, exact: true });
        await candidate.waitFor();
        await candidate.getByText(offerTitle, { exact: true }).waitFor();
        await candidate.getByText(text("en", "codes", "referralStage.referred"), { exact: true }).waitFor();
        await candidate.getByRole("button", { name: text("en", "employerPortal", "candidates.move.interview") }).waitFor();
      });
    } finally {
      await page.context().close();
    }
  });

  it("e. the caseworker proposes another job; the worker signs in on a phone, in Arabic, right to left, and says yes", async () => {
    const workerId = need(state.workerId, "the worker");
    await withScreenshot(staff, "e-propose", async () => {
      // Another published demo offer that fits the worker and that nobody put them forward for yet; in the months
      // when the demo's strawberry season is this year's, there may be none, and the centre publishes one itself.
      const matches = await (await staff.request.get(`/api/workers/${workerId}/matches`)).json();
      const other =
        (matches.items as { offer: { id: string; title: string }; eligible: boolean; referral: unknown }[]).find(
          (match) => match.eligible && !match.referral && match.offer.id !== state.offerId,
        )?.offer ?? (await publishThroughApi(staff, need(state.employer, "the employer")));
      state.proposedOfferId = other.id;
      state.proposedOfferTitle = other.title;

      await staff.goto(`/staff/offers/${state.proposedOfferId}/candidates`);
      const candidates = staff.getByRole("list", { name: text("en", "referrals", "candidates.listLabel") });
      const card = candidates.getByRole("listitem", { name: workerName, exact: true });
      const more = staff.getByRole("button", { name: text("en", "referrals", "candidates.showMore") });
      await candidates.waitFor();
      while ((await card.count()) === 0 && (await more.isVisible())) await more.click();
      await card.getByRole("button", { name: text("en", "referrals", "candidates.propose") }).click();
      const dialog = staff.getByRole("dialog", { name: text("en", "referrals", "putForward.proposeTitle", { name: workerName }) });
      await dialog.getByRole("button", { name: text("en", "referrals", "candidates.propose") }).click();
      await dialog.waitFor({ state: "hidden" });
      await card.getByText(text("en", "codes", "referralStage.proposed"), { exact: true }).waitFor();
    });

    const phone = await world.newPage("ar", PHONE);
    try {
      await withScreenshot(phone, "e-worker-portal-ar", async () => {
        const proposedTitle = need(state.proposedOfferTitle, "the proposed offer");
        await signInWithPhone(world, phone, "ar", worker.phone);
        await expect.poll(() => phone.locator("html").getAttribute("dir")).toBe("rtl");
        await expect.poll(() => phone.locator("html").getAttribute("lang")).toBe("ar");

        const t = (key: string) => text("ar", "workerPortal", key);
        const offersForYou = phone.getByRole("region", { name: t("proposals.title") });
        const proposal = offersForYou.getByRole("article", { name: proposedTitle });
        await proposal.getByText(t("proposal.badge"), { exact: true }).waitFor();
        await proposal.getByText(t("proposal.question"), { exact: true }).waitFor();
        const yes = proposal.getByRole("button", { name: t("proposal.accept") });
        await yes.waitFor();

        // Right to left for real: the page flows from the right, and the start of each line is on the right.
        expect(await phone.locator("main").evaluate((main) => getComputedStyle(main).direction)).toBe("rtl");
        const [button, icon, label, card, badge] = await Promise.all([
          yes.boundingBox(),
          yes.locator("svg").first().boundingBox(),
          yes.getByText(t("proposal.accept"), { exact: true }).boundingBox(),
          proposal.boundingBox(),
          proposal.getByText(t("proposal.badge"), { exact: true }).boundingBox(),
        ]);
        if (!button || !icon || !label || !card || !badge) throw new Error("the proposal is not laid out on the screen");
        expect(button.x + button.width).toBeLessThanOrEqual(PHONE.width);
        expect(icon.x).toBeGreaterThanOrEqual(label.x + label.width - 1); // the icon at the start (right) of "Yes"
        expect(card.x + card.width - (badge.x + badge.width)).toBeLessThan(badge.x - card.x); // the badge hugs the right

        await yes.click();
        const dialog = phone.getByRole("dialog", { name: t("proposal.acceptTitle") });
        await dialog.getByText(t("proposal.acceptSentence")).waitFor();
        await dialog.getByRole("button", { name: t("proposal.acceptConfirm") }).click();
        await dialog.waitFor({ state: "hidden" });
        await phone.getByText(t("proposal.acceptedDone")).waitFor();

        const applications = phone.getByRole("region", { name: t("applications.title") });
        await applications.getByRole("listitem").filter({ hasText: proposedTitle }).getByText(t("application.stage.referred")).waitFor();
        await expect.poll(() => proposal.count()).toBe(0);
      });

      // The API now lists the candidacy as referred: it has moved to the employer.
      const mine = await (await phone.request.get(`/api/referrals?offerId=${need(state.proposedOfferId, "the proposed offer")}`)).json();
      expect(mine.items).toEqual([expect.objectContaining({ workerId, stage: "referred" })]);
      const seenByStaff = await (await staff.request.get(`/api/referrals?offerId=${state.proposedOfferId}&workerId=${workerId}`)).json();
      expect(seenByStaff.items).toEqual([expect.objectContaining({ stage: "referred" })]);
    } finally {
      await phone.context().close();
    }
  });
  it("f. the caseworker saves the list's filters as a view and brings them back in one click", async () => {
    await staff.goto("/staff/workers?permit=expiring");
    const views = staff.getByRole("button", { name: text("en", "common", "views.menu") });
    await views.click();
    await staff.getByRole("menuitem", { name: text("en", "common", "views.save") }).click();
    await staff.getByLabel(text("en", "common", "views.nameLabel")).fill("Permits ending soon");
    await staff.getByRole("button", { name: text("en", "common", "views.saveAction") }).click();
    await staff.goto("/staff/workers");
    await views.click();
    await staff.getByRole("menuitem", { name: "Permits ending soon" }).click();
    await expect.poll(() => new URL(staff.url()).searchParams.get("permit")).toBe("expiring");
  });
});
