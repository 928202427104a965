import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/schema/audit.js";
import { sessions, users } from "../../src/db/schema/auth.js";
import { outboxMessages } from "../../src/db/schema/outbox.js";
import { erasures } from "../../src/db/schema/privacy.js";
import { placements, referrals } from "../../src/db/schema/referrals.js";
import { consents, workers } from "../../src/db/schema/workers.js";
import { listErasures, reapplyErasures } from "../../src/server/privacy/reapply-erasures.js";
import { expectApiError, ifMatch } from "../support/employers-and-offers.js";
import { as, signInWorker } from "../support/test-app.js";
import { createPrivacyWorld, OFFER_DATES, type PrivacyWorld } from "./privacy-world.js";

let w: PrivacyWorld;
beforeAll(async () => {
  w = await createPrivacyWorld();
});
afterAll(() => w.world.close());

const erase = (request: PrivacyWorld["dpo"], workerId: string, confirmation: string, reason = "subject_request") =>
  request({ method: "POST", url: `/api/workers/${workerId}/erase`, payload: { reason, confirmation } });

/** A worker with a placement, an open candidacy elsewhere, a portal session and a note that names them. */
async function workerWithHistory() {
  const worker = await w.registerWorker(w.caseworker, { givenName: "Amira", familyName: "Benali" });
  const portal = as(w.world.app, await signInWorker(w.world, worker.phone));
  await w.caseworker({
    method: "POST",
    url: `/api/workers/${worker.id}/consents`,
    payload: { purpose: "contact_by_sms", granted: true, method: "phone", note: "Amira prefers SMS" },
  });
  const referral = (
    await w.caseworker({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId: w.offerId, workerId: worker.id, mode: "refer", consentMethod: "in_person", note: "Amira Benali, good picker" },
    })
  ).json();
  const hired = await w.employerPortal({
    method: "POST",
    url: `/api/referrals/${referral.id}/moves`,
    headers: ifMatch(referral.version ?? 1),
    payload: {
      to: "hired",
      placement: {
        contractType: "seasonal",
        startDate: OFFER_DATES.startDate,
        endDate: null,
        payAmountCents: 620,
        payUnit: "hour",
        hoursPerWeek: 40,
      },
    },
  });
  expect(hired.statusCode, hired.body).toBe(200);
  return { worker, portal };
}

describe("erasing a worker's personal data (art. 17)", () => {
  it("only the coordinator or the data protection officer of the centre may erase; others get 403 or 404", async () => {
    const worker = await w.registerWorker();
    const name = `${worker.givenName} ${worker.familyName}`;
    expect((await erase(w.caseworker, worker.id, name)).statusCode).toBe(403);
    expect((await erase(w.inspector, worker.id, name)).statusCode).toBe(403);
    expect((await erase(w.dpoB, worker.id, name)).statusCode).toBe(404);
    expect((await erase(w.anonymous, worker.id, name)).statusCode).toBe(401);
    expect((await w.caseworker({ method: "GET", url: `/api/workers/${worker.id}` })).statusCode).toBe(200);
  });

  it("must be confirmed with the worker's name or file reference, and a wrong one changes nothing", async () => {
    const worker = await w.registerWorker();
    expectApiError(await erase(w.dpo, worker.id, "someone else"), 400, "validation_failed", [
      { path: ["confirmation"], message: "errors.invalidValue" },
    ]);
    expectApiError(
      await w.dpo({ method: "POST", url: `/api/workers/${worker.id}/erase`, payload: { reason: "because", confirmation: worker.id } }),
      400,
      "validation_failed",
    );
    expect((await w.caseworker({ method: "GET", url: `/api/workers/${worker.id}` })).json().givenName).toBe(worker.givenName);
    expect(await w.world.connection.db.select().from(erasures).where(eq(erasures.subjectId, worker.id))).toEqual([]);
  });

  it("removes the file, consents' notes, the account and its sessions, messages and search text; keeps anonymous statistics", async () => {
    const { db } = w.world.connection;
    const { worker, portal } = await workerWithHistory();
    const [placementsBefore] = await db.select({ n: count() }).from(placements).where(eq(placements.workerId, worker.id));
    expect(placementsBefore?.n).toBe(1);

    const response = await erase(w.coordinator, worker.id, "  amira BENALI ");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ workerId: worker.id, reason: "subject_request" });

    const [row] = await db.select().from(workers).where(eq(workers.id, worker.id));
    const stored = JSON.stringify(row);
    for (const personal of ["Amira", "Benali", worker.phone.slice(1)]) expect(stored).not.toContain(personal);
    expect(row).toMatchObject({ givenName: "", familyName: "", searchText: "", occupations: [], authorisations: [] });
    expect(JSON.stringify(await db.select().from(consents).where(eq(consents.workerId, worker.id)))).not.toContain("Amira");
    expect(JSON.stringify(await db.select().from(referrals).where(eq(referrals.workerId, worker.id)))).not.toContain("Amira");
    expect(await db.select().from(users).where(eq(users.workerId, worker.id))).toEqual([]);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, worker.phone))).toEqual([]);
    const [placementsAfter] = await db.select({ n: count() }).from(placements).where(eq(placements.workerId, worker.id));
    expect(placementsAfter?.n).toBe(1);

    // Gone for every use: the file, lists, the portal session.
    expect((await w.caseworker({ method: "GET", url: `/api/workers/${worker.id}` })).statusCode).toBe(404);
    const listed = (await w.caseworker({ method: "GET", url: "/api/workers?q=benali" })).json();
    expect(listed.total).toBe(0);
    expect((await portal({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    expect((await erase(w.dpo, worker.id, worker.id)).statusCode).toBe(404);

    const trail = await db.select().from(auditEntries).where(eq(auditEntries.action, "worker.erase"));
    const entry = trail.find((a) => a.entityId === worker.id);
    expect(entry).toMatchObject({ outcome: "allowed", actorRole: "coordinator", details: { reason: "subject_request" } });
    expect(JSON.stringify(entry)).not.toContain("Amira");
  });

  it("is re-applied after a restore: a backup from before the erasure is erased again by reapplyErasures", async () => {
    const { db } = w.world.connection;
    const worker = await w.registerWorker(w.caseworker, { givenName: "Yusuf", familyName: "Demir" });
    const [before] = await db.select().from(workers).where(eq(workers.id, worker.id));
    const [accountBefore] = await db.select().from(users).where(eq(users.workerId, worker.id));
    expect((await erase(w.dpo, worker.id, "Yusuf Demir", "consent_withdrawn")).statusCode).toBe(200);
    const carried = await listErasures(db);
    expect(carried.map((e) => e.subjectId)).toContain(worker.id);

    // "Restore" the old rows and an erasure list that predates the erasure.
    if (!before || !accountBefore) throw new Error("no rows to restore");
    await db.update(workers).set(before).where(eq(workers.id, worker.id));
    await db.insert(users).values(accountBefore);
    await db.delete(erasures);
    await db
      .insert(sessions)
      .values({ id: "restored-session", token: "restored-token", userId: accountBefore.id, expiresAt: new Date(Date.now() + 3_600_000) });

    const result = await reapplyErasures(db, carried);
    expect(result.erased).toBeGreaterThanOrEqual(1);
    const [after] = await db.select().from(workers).where(eq(workers.id, worker.id));
    expect(after).toMatchObject({ givenName: "", familyName: "" });
    expect(await db.select().from(users).where(eq(users.workerId, worker.id))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.id, "restored-session"))).toEqual([]);
    expect((await listErasures(db)).find((e) => e.subjectId === worker.id)).toMatchObject({ reason: "consent_withdrawn" });

    // Running it again finds nothing left to erase.
    expect((await reapplyErasures(db)).erased).toBe(0);
  });
});
