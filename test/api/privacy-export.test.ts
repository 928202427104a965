import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerExport } from "../../src/core/privacy/privacy-schemas.js";
import { auditTrailOf } from "../support/employers-and-offers.js";
import { as, signInWorker } from "../support/test-app.js";
import { createPrivacyWorld, type PrivacyWorld } from "./privacy-world.js";

let w: PrivacyWorld;
beforeAll(async () => {
  w = await createPrivacyWorld();
});
afterAll(() => w.world.close());

describe("a worker's copy of their data (art. 15 and 20)", () => {
  it("holds the file, consents, candidacies and who read the file by role, without anyone else's identity", async () => {
    const worker = await w.registerWorker(w.caseworker, { givenName: "Samira", familyName: "Haddad" });
    const other = await w.registerWorker(w.caseworker, { givenName: "Otherworker", familyName: "Elsewhere" });
    await w.caseworker({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId: w.offerId, workerId: worker.id, mode: "refer", consentMethod: "phone" },
    });
    await w.caseworker({ method: "POST", url: "/api/referrals", payload: { offerId: w.offerId, workerId: other.id, mode: "propose" } });
    await w.coordinator({ method: "GET", url: `/api/workers/${worker.id}` });
    await w.caseworker({ method: "GET", url: `/api/workers/${other.id}` });

    const response = await w.dpo({ method: "GET", url: `/api/workers/${worker.id}/export` });
    expect(response.statusCode, response.body).toBe(200);
    const data = workerExport.parse(response.json());
    expect(data.file).toMatchObject({ id: worker.id, givenName: "Samira", familyName: "Haddad" });
    expect(data.centre.name).toBe("Centre A");
    expect(data.consents.map((c) => [c.purpose, c.granted, c.recordedByRole])).toEqual(
      expect.arrayContaining([
        ["profile_processing", true, "caseworker"],
        ["referral_to_employers", true, "caseworker"],
      ]),
    );
    expect(data.referrals).toEqual([
      expect.objectContaining({
        offerTitle: "Strawberry pickers, Manolada",
        employerName: w.employer.legalName,
        stage: "referred",
        events: [expect.objectContaining({ toStage: "referred", byRole: "caseworker" })],
      }),
    ]);
    expect(data.account).toMatchObject({ phoneNumber: worker.phone });
    expect(data.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: "coordinator", action: "worker.read", outcome: "allowed" }),
        expect.objectContaining({ role: "caseworker", action: "worker.create" }),
      ]),
    );

    const text = JSON.stringify(data);
    for (const foreign of [
      "Otherworker",
      other.phone,
      other.id,
      w.employer.contactName,
      w.employer.contactEmail,
      w.employer.contactPhone,
      "caseworker a",
      "coordinator a",
      "@a.test",
    ]) {
      expect(text, foreign).not.toContain(foreign);
    }
    expect((await auditTrailOf(w.world, worker.id, "worker.export")).map((a) => a.actorRole)).toEqual(["dpo"]);
  });

  it("the worker downloads their own copy in their portal, and only their own", async () => {
    const worker = await w.registerWorker();
    const other = await w.registerWorker();
    const portal = as(w.world.app, await signInWorker(w.world, worker.phone));
    const own = await portal({ method: "GET", url: `/api/workers/${worker.id}/export` });
    expect(own.statusCode).toBe(200);
    expect(own.json().file.id).toBe(worker.id);
    expect(own.json().account.sessions.length).toBeGreaterThan(0);
    expect((await portal({ method: "GET", url: `/api/workers/${other.id}/export` })).statusCode).toBe(404);
  });

  it("is refused to roles that do not serve the worker, and to another centre", async () => {
    const worker = await w.registerWorker();
    expect((await w.inspector({ method: "GET", url: `/api/workers/${worker.id}/export` })).statusCode).toBe(403);
    expect((await w.dpoB({ method: "GET", url: `/api/workers/${worker.id}/export` })).statusCode).toBe(404);
    expect((await w.employerPortal({ method: "GET", url: `/api/workers/${worker.id}/export` })).statusCode).toBe(403);
    const denied = await auditTrailOf(w.world, worker.id, "worker.export");
    expect(denied.map((a) => a.outcome)).toContain("denied");
  });
});
