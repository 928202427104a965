import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifications } from "../../src/db/schema/auth.js";
import { outboxMessages } from "../../src/db/schema/outbox.js";
import { erasures } from "../../src/db/schema/privacy.js";
import { consents, workers } from "../../src/db/schema/workers.js";
import { createPrivacyWorld, type PrivacyWorld } from "./privacy-world.js";

let w: PrivacyWorld;
beforeAll(async () => {
  w = await createPrivacyWorld();
});
afterAll(() => w.world.close());

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

type Sweep = { sweep: string; due: number; done?: number; automatic?: boolean };
const bySweep = (sweeps: Sweep[]) => Object.fromEntries(sweeps.map((s) => [s.sweep, s]));

/** Makes everything about a worker look `days` old: the file, its consents. */
async function backdate(workerId: string, days: number) {
  const { db } = w.world.connection;
  await db
    .update(workers)
    .set({ updatedAt: ago(days), createdAt: ago(days) })
    .where(eq(workers.id, workerId));
  await db
    .update(consents)
    .set({ recordedAt: ago(days) })
    .where(eq(consents.workerId, workerId));
}

describe("the retention schedule", () => {
  it("shows each category's period and counts what is due, per centre", async () => {
    const stale = await w.registerWorker();
    await backdate(stale.id, 800);
    const fresh = await w.registerWorker();
    const response = await w.dpo({ method: "GET", url: "/api/privacy/retention" });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.categories).toEqual(
      expect.arrayContaining([
        { category: "identity", retention: { from: "last_activity", days: 730 } },
        { category: "audit", retention: { from: "created", days: 1825 } },
        { category: "session", retention: { from: "expiry", days: 7 } },
      ]),
    );
    const sweeps = bySweep(report.sweeps);
    expect(sweeps.worker_files?.due).toBe(1);
    expect(sweeps.audit?.automatic).toBe(false);
    // Centre B's officer sees only centre B.
    expect(bySweep((await w.dpoB({ method: "GET", url: "/api/privacy/retention" })).json().sweeps).worker_files?.due).toBe(0);
    expect((await w.caseworker({ method: "GET", url: "/api/privacy/retention" })).statusCode).toBe(403);
    expect(fresh.id).not.toBe(stale.id);
  });

  it("a dry run counts and changes nothing; applying erases through the erasure path, the rest is deleted", async () => {
    const { db } = w.world.connection;
    const stale = await w.registerWorker();
    await backdate(stale.id, 800);
    const withdrawn = await w.registerWorker();
    await w.caseworker({
      method: "POST",
      url: `/api/workers/${withdrawn.id}/consents`,
      payload: { purpose: "profile_processing", granted: false, method: "phone" },
    });
    await db
      .update(consents)
      .set({ recordedAt: ago(46) })
      .where(and(eq(consents.workerId, withdrawn.id), eq(consents.granted, true)));
    await db
      .update(consents)
      .set({ recordedAt: ago(45) })
      .where(and(eq(consents.workerId, withdrawn.id), eq(consents.granted, false)));
    const recent = await w.registerWorker();
    await db.insert(outboxMessages).values({
      centreId: w.world.centreA.id,
      channel: "sms",
      recipient: "+30690000001",
      purpose: "sign_in_code",
      body: "old",
      createdAt: ago(100),
    });
    await db.insert(verifications).values({ id: "old-code", identifier: "+30690000002", value: "123456", expiresAt: ago(10) });

    const dry = await w.dpo({ method: "POST", url: "/api/privacy/retention/apply", payload: { dryRun: true } });
    expect(dry.statusCode, dry.body).toBe(200);
    const planned = bySweep(dry.json().sweeps);
    expect(planned.worker_files).toMatchObject({ due: 3, done: 0 }); // two here, one from the test above
    expect(planned.messages?.due).toBeGreaterThanOrEqual(1);
    expect(planned.sessions?.due).toBeGreaterThanOrEqual(1);
    expect((await w.caseworker({ method: "GET", url: `/api/workers/${stale.id}` })).statusCode).toBe(200);

    expect((await w.coordinator({ method: "POST", url: "/api/privacy/retention/apply", payload: { dryRun: false } })).statusCode).toBe(403);
    const applied = await w.dpo({ method: "POST", url: "/api/privacy/retention/apply", payload: { dryRun: false } });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(bySweep(applied.json().sweeps).worker_files).toMatchObject({ due: 3, done: 3 });

    for (const id of [stale.id, withdrawn.id]) {
      expect((await w.caseworker({ method: "GET", url: `/api/workers/${id}` })).statusCode).toBe(404);
      expect(await db.select({ reason: erasures.reason }).from(erasures).where(eq(erasures.subjectId, id))).toEqual([
        { reason: "retention_expired" },
      ]);
    }
    expect((await w.caseworker({ method: "GET", url: `/api/workers/${recent.id}` })).statusCode).toBe(200);
    expect(await db.select().from(verifications).where(eq(verifications.id, "old-code"))).toEqual([]);
    expect((await db.select().from(outboxMessages).where(eq(outboxMessages.body, "old"))).length).toBe(0);
    expect(bySweep((await w.dpo({ method: "GET", url: "/api/privacy/retention" })).json().sweeps).worker_files?.due).toBe(0);
  });

  it("proof of consent is kept three years after the erasure, then deleted", async () => {
    const { db } = w.world.connection;
    const worker = await w.registerWorker();
    await w.dpo({
      method: "POST",
      url: `/api/workers/${worker.id}/erase`,
      payload: { reason: "subject_request", confirmation: worker.id },
    });
    const proofs = async () => (await db.select().from(consents).where(eq(consents.workerId, worker.id))).length;
    expect(await proofs()).toBe(1);
    await w.dpo({ method: "POST", url: "/api/privacy/retention/apply", payload: { dryRun: false } });
    expect(await proofs()).toBe(1);
    await db.update(erasures).set({ erasedAt: sql`now() - interval '1100 days'` }).where(eq(erasures.subjectId, worker.id));
    const applied = (await w.dpo({ method: "POST", url: "/api/privacy/retention/apply", payload: { dryRun: false } })).json();
    expect(bySweep(applied.sweeps).consent_proofs?.done).toBe(1);
    expect(await proofs()).toBe(0);
  });
});

describe("the record of processing (art. 30)", () => {
  it("is generated from the classification and readable by the coordinator, the officer and the administrator", async () => {
    const response = await w.dpo({ method: "GET", url: "/api/privacy/record-of-processing" });
    expect(response.statusCode, response.body).toBe(200);
    const record = response.json();
    expect(record.centreName).toBe("Centre A");
    const referral = record.activities.find((a: { purpose: string }) => a.purpose === "referral_to_employers");
    expect(referral).toMatchObject({ lawfulBasis: "consent", article: "6(1)(a)", consentPurpose: "referral_to_employers" });
    expect(referral.recipients).toContain("employer");
    expect(record.activities.find((a: { purpose: string }) => a.purpose === "accountability")).toMatchObject({ article: "6(1)(c)" });
    expect(record.specialCategories).toEqual([]);
    expect((await w.coordinator({ method: "GET", url: "/api/privacy/record-of-processing" })).statusCode).toBe(200);
    expect((await w.admin({ method: "GET", url: "/api/privacy/record-of-processing" })).json().centreName).toBeNull();
    expect((await w.caseworker({ method: "GET", url: "/api/privacy/record-of-processing" })).statusCode).toBe(403);
  });
});
