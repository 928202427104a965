// TEMPORARY (part E): renders the check-in screens once; deleted after use.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { addDays } from "../../src/core/workers/permit-status.js";
import { todayIso } from "../../src/server/clock.js";
import { ifMatch, moveOffer, recordOffer, registerEmployer } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, signInWorker } from "../support/test-app.js";

const webRoot = fileURLToPath(new URL("../../dist/web", import.meta.url));
const world = await createTestWorld({ webRoot });
await world.app.listen({ port: 3000, host: "127.0.0.1" });
afterAll(() => world.close());

function cookiesOf(header: string) {
  return header.split("; ").map((pair) => {
    const [name, ...rest] = pair.split("=");
    return { name: name as string, value: rest.join("="), domain: "localhost", path: "/", secure: true, httpOnly: true };
  });
}

it("renders", async () => {
  const staffCookie = await signIn(world.app, world.centreA.emails.caseworker);
  const staff = as(world.app, staffCookie);
  const employer = await registerEmployer(staff);
  const offer = await recordOffer(staff, employer, { startDate: "2027-03-01", endDate: "2027-05-31" });
  await moveOffer(staff, offer.id, "submitted", "checked", "published");
  const worker = (await staff({ method: "POST", url: "/api/workers", payload: workerInput({ preferredLanguage: "ar" }) })).json();
  const other = (await staff({ method: "POST", url: "/api/workers", payload: workerInput({ givenName: "Samir" }) })).json();
  for (const w of [worker, other]) {
    const ref = await staff({ method: "POST", url: "/api/referrals", payload: { offerId: offer.id, workerId: w.id, mode: "refer", consentMethod: "in_person" } });
    const today = todayIso();
    const hired = await staff({
      method: "POST",
      url: `/api/referrals/${ref.json().id}/moves`,
      headers: ifMatch(1),
      payload: { to: "hired", placement: { contractType: "seasonal", startDate: addDays(today, -9), endDate: addDays(today, 60), payAmountCents: 5400, payUnit: "day", hoursPerWeek: 39 } },
    });
    expect(hired.statusCode, hired.body).toBe(200);
  }
  const workerCookie = await signInWorker(world, worker.phone);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ar" });
    await phone.addCookies(cookiesOf(workerCookie));
    const page = await phone.newPage();
    page.on("pageerror", (e) => console.log("PAGE ERROR", e.message));
    await page.goto("http://localhost:3000/me");
    await page.getByText("كيف يسير عملك؟").first().waitFor();
    await page.screenshot({ path: "/tmp/e_shots/1-home.png", fullPage: true });
    await page.getByRole("link", { name: "أجب الآن" }).click();
    await page.getByText("السؤال 1 من 4").waitFor();
    await page.screenshot({ path: "/tmp/e_shots/2-question.png" });
    await page.getByRole("button", { name: "نعم" }).click();
    await page.getByRole("button", { name: "لا" }).click();
    await page.getByRole("button", { name: "نعم" }).click();
    await page.getByRole("button", { name: "نعم" }).click();
    await page.screenshot({ path: "/tmp/e_shots/3-comment.png" });
    await page.getByRole("textbox").fill("ساعات العمل 12 ساعة يوميًا");
    await page.getByRole("button", { name: "أرسل إجاباتي" }).click();
    await page.getByText("شكرًا على إجاباتك.").waitFor();
    await page.screenshot({ path: "/tmp/e_shots/4-done.png" });

    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en" });
    await desk.addCookies(cookiesOf(staffCookie));
    const staffPage = await desk.newPage();
    staffPage.on("pageerror", (e) => console.log("PAGE ERROR", e.message));
    await staffPage.goto("http://localhost:3000/staff/check-ins");
    await staffPage.getByText("Samir Hassan").first().waitFor();
    await staffPage.screenshot({ path: "/tmp/e_shots/5-staff.png", fullPage: true });
    await staffPage.getByRole("button", { name: "Record the answers of Samir Hassan" }).first().click();
    await staffPage.getByText("Answers of Samir Hassan").waitFor();
    await staffPage.screenshot({ path: "/tmp/e_shots/6-modal.png" });
    await staffPage.goto("http://localhost:3000/staff/check-ins?view=answered");
    await staffPage.getByText("Grievance opened").first().waitFor();
    await staffPage.screenshot({ path: "/tmp/e_shots/7-answered.png", fullPage: true });
    await staffPage.goto(`http://localhost:3000/staff/workers/${worker.id}?tab=check-ins`);
    await staffPage.getByText("Grievance opened").first().waitFor();
    await staffPage.screenshot({ path: "/tmp/e_shots/8-tab.png", fullPage: true });
  } finally {
    await browser.close();
  }
});
