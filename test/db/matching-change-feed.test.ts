import { eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../src/cli/demo/seed-demo-data.js";
import { rankCandidates } from "../../src/core/matching/rank.js";
import { CONSENT_REQUIRED_FOR } from "../../src/core/privacy/consent-effects.js";
import type { DatabaseConnection } from "../../src/db/database.js";
import { lastMatchingChange } from "../../src/db/repositories/matching-change-repository.js";
import { loadWorkersForMatching } from "../../src/db/repositories/matching-repository.js";
import { listPublishedOffersForMatching } from "../../src/db/repositories/offer-repository.js";
import { employerSites } from "../../src/db/schema/employers.js";
import { matchingChanges } from "../../src/db/schema/matching-changes.js";
import { jobOffers } from "../../src/db/schema/offers.js";
import { erasures } from "../../src/db/schema/privacy.js";
import { consents, workers } from "../../src/db/schema/workers.js";
import { MatchIndexService } from "../../src/server/matching/match-index-service.js";
import { shippedReferenceKnowledge } from "../../src/server/matching/shipped-reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "../../src/server/matching/to-match-inputs.js";
import { openTestDatabase } from "../support/test-database.js";

let connection: DatabaseConnection;

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.db, { log: () => {} });
});
afterAll(() => connection.close());

/** The changes noted by `write`, as "entity:id". */
async function changesNotedBy(write: () => Promise<unknown>): Promise<string[]> {
  const before = await lastMatchingChange(connection.db);
  await write();
  const rows = await connection.db.select().from(matchingChanges).where(gt(matchingChanges.seq, before)).orderBy(matchingChanges.seq);
  return rows.map((row) => `${row.entity}:${row.entityId}`);
}

describe("the matching change feed: every write to what matching reads is noted in its transaction", () => {
  it("notes a worker's profile change, consent record and erasure, and an offer's change", async () => {
    const { db } = connection;
    const [worker] = await db.select().from(workers).limit(1);
    const [offer] = await db.select().from(jobOffers).limit(1);
    if (!worker || !offer) throw new Error("the demo data has workers and offers");
    expect(
      await changesNotedBy(() => db.update(workers).set({ ownTransport: !worker.ownTransport }).where(eq(workers.id, worker.id))),
    ).toEqual([`worker:${worker.id}`]);
    const consent = {
      centreId: worker.centreId,
      workerId: worker.id,
      purpose: CONSENT_REQUIRED_FOR.matching,
      method: "in_person",
      recordedBy: "test",
    };
    expect(await changesNotedBy(() => db.insert(consents).values({ ...consent, granted: false }))).toEqual([`worker:${worker.id}`]);
    expect(
      await changesNotedBy(() =>
        db.insert(erasures).values({ centreId: worker.centreId, subjectType: "worker", subjectId: worker.id, reason: "request" }),
      ),
    ).toEqual([`worker:${worker.id}`]);
    expect(
      await changesNotedBy(() =>
        db
          .update(jobOffers)
          .set({ positions: offer.positions + 1 })
          .where(eq(jobOffers.id, offer.id)),
      ),
    ).toEqual([`offer:${offer.id}`]);
  });

  it("notes every offer made at a site that moves, and nothing for an erasure of someone who is not a worker", async () => {
    const { db } = connection;
    const [offer] = await db.select().from(jobOffers).limit(1);
    if (!offer) throw new Error("the demo data has offers");
    const atSite = await db.select({ id: jobOffers.id }).from(jobOffers).where(eq(jobOffers.siteId, offer.siteId));
    const noted = await changesNotedBy(() =>
      db.update(employerSites).set({ latitude: 37.5, longitude: 22.1 }).where(eq(employerSites.id, offer.siteId)),
    );
    expect(noted.sort()).toEqual(atSite.map((o) => `offer:${o.id}`).sort());
    expect(
      await changesNotedBy(() =>
        db.insert(erasures).values({ centreId: offer.centreId, subjectType: "employer_contact", subjectId: offer.id, reason: "request" }),
      ),
    ).toEqual([]);
  });

  it("notes nothing when the writing transaction rolls back", async () => {
    const { db } = connection;
    const [worker] = await db.select().from(workers).limit(1);
    if (!worker) throw new Error("the demo data has workers");
    const noted = await changesNotedBy(() =>
      db
        .transaction(async (tx) => {
          await tx.update(workers).set({ willingToRelocate: !worker.willingToRelocate }).where(eq(workers.id, worker.id));
          throw new Error("roll back");
        })
        .catch(() => undefined),
    );
    expect(noted).toEqual([]);
  });
});

describe("the matching index of each server process follows the feed", () => {
  const knowledge = shippedReferenceKnowledge();
  const K = 10;

  /** What the first version ranks from the database for each published offer: its centre's best K eligible. */
  async function rankedFromDatabase(): Promise<Map<string, string[]>> {
    const { db } = connection;
    const ranked = new Map<string, string[]>();
    for (const offer of await listPublishedOffersForMatching(db, {})) {
      const workers = (await loadWorkersForMatching(db, { centreId: offer.centreId })).map((w) => toMatchWorker(w, knowledge));
      const results = rankCandidates(
        toMatchOffer(offer, knowledge),
        workers,
        { occupationSkills: knowledge.occupationSkillsOf(offer.occupationUri), iscoOf: knowledge.iscoOf },
        { limit: K },
      );
      ranked.set(
        offer.id,
        results.map((r) => `${r.workerId}:${r.score}`),
      );
    }
    return ranked;
  }

  async function rankedFromIndex(service: MatchIndexService, offerIds: Iterable<string>, centreOf: Map<string, string>) {
    const index = await service.current();
    return new Map(
      [...offerIds].map((id) => [
        id,
        index.topCandidates(id, { k: K, centreIds: [centreOf.get(id) as string] }).map((r) => `${r.workerId}:${r.score}`),
      ]),
    );
  }

  it("two processes' indexes rank as the database does, before and after consent is withdrawn and an offer closes", async () => {
    const { db } = connection;
    const processA = new MatchIndexService(db, knowledge);
    const processB = new MatchIndexService(db, knowledge);
    const offers = await listPublishedOffersForMatching(db, {});
    expect(offers.length).toBeGreaterThan(5);
    const centreOf = new Map(offers.map((o) => [o.id, o.centreId]));

    const expected = await rankedFromDatabase();
    expect([...expected.values()].some((ids) => ids.length > 0)).toBe(true);
    expect(await rankedFromIndex(processA, expected.keys(), centreOf)).toEqual(expected);
    expect(await rankedFromIndex(processB, expected.keys(), centreOf)).toEqual(expected);

    // Process B's writes (here: straight to the database) are seen by process A at its next search.
    const [offerId, ranking] = [...expected].find(([, ids]) => ids.length > 0) as [string, string[]];
    const topWorker = (ranking[0] as string).split(":")[0] as string;
    const [row] = await db.select().from(workers).where(eq(workers.id, topWorker));
    if (!row) throw new Error("the top candidate exists");
    await db.insert(consents).values({
      centreId: row.centreId,
      workerId: row.id,
      purpose: CONSENT_REQUIRED_FOR.matching,
      granted: false,
      method: "in_person",
      recordedBy: "test",
    });
    const closed = offers.find((o) => o.id !== offerId) as (typeof offers)[number];
    await db.update(jobOffers).set({ status: "closed" }).where(eq(jobOffers.id, closed.id));

    const after = await rankedFromDatabase();
    expect(after.has(closed.id)).toBe(false);
    expect(after.get(offerId)?.some((entry) => entry.startsWith(topWorker))).toBe(false);
    expect(await rankedFromIndex(processA, after.keys(), centreOf)).toEqual(after);
    expect((await processA.current()).topCandidates(closed.id, { k: K })).toEqual([]);
    expect((await processA.current()).topOffers(topWorker, { k: K })).toEqual([]);
  });

  it("rebuilds after a long idle spell, when the changes it has not read may have been deleted", async () => {
    const { db } = connection;
    let now = Date.now();
    const service = new MatchIndexService(db, knowledge, () => now);
    const offers = await listPublishedOffersForMatching(db, {});
    const centreOf = new Map(offers.map((o) => [o.id, o.centreId]));
    await service.current();
    const ranking = [...(await rankedFromDatabase()).values()].find((ids) => ids.length > 0) as string[];
    const workerId = (ranking[0] as string).split(":")[0] as string;
    // No longer available: the worker drops out of every ranking.
    await db.update(workers).set({ availability: [] }).where(eq(workers.id, workerId));
    await db.delete(matchingChanges);
    now += 31 * 60 * 1000;
    expect(await rankedFromIndex(service, centreOf.keys(), centreOf)).toEqual(await rankedFromDatabase());
  });
});
