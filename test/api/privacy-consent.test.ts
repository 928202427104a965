// "Processing that needs consent stops when it is withdrawn", for each consent purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effectsOfWithdrawing } from "../../src/core/privacy/consent-effects.js";
import { CONSENT_PURPOSES } from "../../src/core/reference/codes.js";
import { expectApiError, ifMatch } from "../support/employers-and-offers.js";
import { as, signInWorker } from "../support/test-app.js";
import { createPrivacyWorld, type PrivacyWorld } from "./privacy-world.js";

let w: PrivacyWorld;
beforeAll(async () => {
  w = await createPrivacyWorld();
});
afterAll(() => w.world.close());

const withdraw = (workerId: string, purpose: string) =>
  w.caseworker({ method: "POST", url: `/api/workers/${workerId}/consents`, payload: { purpose, granted: false, method: "phone" } });
const grant = (workerId: string, purpose: string) =>
  w.caseworker({ method: "POST", url: `/api/workers/${workerId}/consents`, payload: { purpose, granted: true, method: "in_person" } });
const candidateIds = async () =>
  (await w.caseworker({ method: "GET", url: `/api/offers/${w.offerId}/matches?includeExcluded=true` }))
    .json()
    .items.map((m: { worker: { id: string } }) => m.worker.id);
const refer = (workerId: string) =>
  w.caseworker({
    method: "POST",
    url: "/api/referrals",
    payload: { offerId: w.offerId, workerId, mode: "refer", consentMethod: "in_person" },
  });

describe("withdrawing consent to keep the file (profile_processing)", () => {
  it("takes the worker out of candidate searches and their own offer list, and refuses a referral with consent_missing", async () => {
    const worker = await w.registerWorker();
    expect(await candidateIds()).toContain(worker.id);
    expect((await withdraw(worker.id, "profile_processing")).statusCode).toBe(201);

    expect(await candidateIds()).not.toContain(worker.id);
    const own = as(w.world.app, await signInWorker(w.world, worker.phone));
    const offers = await own({ method: "GET", url: `/api/workers/${worker.id}/matches` });
    expect(offers.statusCode).toBe(200);
    expect(offers.json().items).toEqual([]);
    expectApiError(await refer(worker.id), 409, "consent_missing", [{ path: ["workerId"], message: "errors.code.consent_missing" }]);
    expectApiError(
      await w.caseworker({ method: "POST", url: "/api/referrals", payload: { offerId: w.offerId, workerId: worker.id, mode: "propose" } }),
      409,
      "consent_missing",
    );

    // Given again, the processing resumes: consent is the latest record per purpose.
    expect((await grant(worker.id, "profile_processing")).statusCode).toBe(201);
    expect(await candidateIds()).toContain(worker.id);
  });

  it("ends the worker's open candidacies", async () => {
    const worker = await w.registerWorker();
    const referral = (await refer(worker.id)).json();
    expect(referral.stage).toBe("referred");
    await withdraw(worker.id, "profile_processing");
    const listed = (await w.caseworker({ method: "GET", url: `/api/referrals?workerId=${worker.id}` })).json();
    expect(listed.items.map((r: { stage: string }) => r.stage)).toEqual(["withdrawn"]);
  });
});

describe("withdrawing consent to be put forward to employers (referral_to_employers)", () => {
  it("stops sharing with the employer at once: the candidacy leaves the employer's list and cannot be moved by them", async () => {
    const worker = await w.registerWorker();
    const referral = (await refer(worker.id)).json();
    const employerSees = async () =>
      (await w.employerPortal({ method: "GET", url: "/api/referrals" })).json().items.map((r: { workerId: string }) => r.workerId);
    expect(await employerSees()).toContain(worker.id);

    expect((await withdraw(worker.id, "referral_to_employers")).statusCode).toBe(201);
    expect(await employerSees()).not.toContain(worker.id);
    const move = await w.employerPortal({
      method: "POST",
      url: `/api/referrals/${referral.id}/moves`,
      headers: ifMatch(2),
      payload: { to: "interview" },
    });
    expect(move.statusCode).toBe(404);
    const staffView = (await w.caseworker({ method: "GET", url: `/api/referrals?workerId=${worker.id}` })).json();
    expect(staffView.items[0].stage).toBe("withdrawn");
    // Matching itself rests on the file consent, which still holds.
    expect(await candidateIds()).toContain(worker.id);
  });
});

describe("what each withdrawal stops, as data", () => {
  it("every consent purpose is described; only file and referral consents end candidacies", () => {
    expect(Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, effectsOfWithdrawing(p)]))).toEqual({
      profile_processing: ["matching", "referral", "open_referrals"],
      referral_to_employers: ["employer_sharing", "open_referrals"],
      contact_by_whatsapp: [],
      contact_by_sms: [],
    });
  });
});
