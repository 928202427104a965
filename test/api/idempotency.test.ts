import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetIdempotentAnswersAbout } from "../../src/db/repositories/idempotency-repository.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { users } from "../../src/db/schema/auth.js";
import { employers } from "../../src/db/schema/employers.js";
import { idempotencyKeys } from "../../src/db/schema/idempotency.js";
import { workers } from "../../src/db/schema/workers.js";
import { expireIdempotencyKeys } from "../../src/server/idempotency/expire-idempotency-keys.js";
import { withIdempotency } from "../../src/server/idempotency/with-idempotency.js";
import {
  employerInputWith,
  expectApiError,
  ifMatch,
  type Requester,
  recordOffer,
  registerEmployer,
} from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;

beforeAll(async () => {
  world = await createTestWorld();
  caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  coordinator = as(world.app, await signIn(world.app, world.centreA.emails.coordinator));
});
afterAll(() => world.close());

const keyed = (key: string) => ({ "idempotency-key": key });
const employersWithTaxId = async (taxId: string) =>
  world.connection.db.select({ id: employers.id }).from(employers).where(eq(employers.taxId, taxId));

describe("a create sent with an Idempotency-Key", () => {
  it("a retry gets the same answer, marked as replayed, and the worker is registered once", async () => {
    const key = randomUUID();
    const input = workerInput();
    const first = await caseworker({ method: "POST", url: "/api/workers", headers: keyed(key), payload: input });
    const retry = await caseworker({ method: "POST", url: "/api/workers", headers: keyed(key), payload: input });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    expect(await world.connection.db.select().from(workers).where(eq(workers.phone, input.phone))).toHaveLength(1);
    const audit = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.entityId, first.json().id));
    expect(audit.filter((entry) => entry.action === "worker.create")).toHaveLength(1);
  });

  it("concurrent duplicates make exactly one employer, and every one of them gets its answer", async () => {
    const key = randomUUID();
    const input = employerInputWith();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: input })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((response) => response.json().id)).size).toBe(1);
    expect(responses.filter((response) => response.headers["idempotent-replayed"] === "true")).toHaveLength(4);
    expect(await employersWithTaxId(input.taxId)).toHaveLength(1);
  });

  it("the same key with another body is refused with 422 and creates nothing", async () => {
    const key = randomUUID();
    const input = employerInputWith();
    expect((await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: input })).statusCode).toBe(201);
    const other = employerInputWith();
    const reused = await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: other });
    expectApiError(reused, 422, "idempotency_conflict");
    expect(await employersWithTaxId(other.taxId)).toHaveLength(0);
    const elsewhere = await caseworker({ method: "POST", url: "/api/workers", headers: keyed(key), payload: workerInput() });
    expectApiError(elsewhere, 422, "idempotency_conflict");
  });

  it("the same body with its keys in another order is the same request", async () => {
    const key = randomUUID();
    const input = employerInputWith();
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: input });
    const retry = await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: reordered });
    expect(retry.headers["idempotent-replayed"]).toBe("true");
  });

  it("a key belongs to the user who sent it: another user's same key is another request", async () => {
    const key = randomUUID();
    const mine = await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: employerInputWith() });
    const theirs = await coordinator({ method: "POST", url: "/api/employers", headers: keyed(key), payload: employerInputWith() });
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it("a refused request stores nothing, so the corrected one may use the same key", async () => {
    const key = randomUUID();
    const taken = await registerEmployer(caseworker);
    const refused = await caseworker({
      method: "POST",
      url: "/api/employers",
      headers: keyed(key),
      payload: employerInputWith({ taxId: taken.taxId }),
    });
    expectApiError(refused, 409, "conflict");
    const corrected = await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: employerInputWith() });
    expect(corrected.statusCode).toBe(201);
  });

  it("refuses a key that is too short, too long or not visible ASCII", async () => {
    for (const key of ["short", "x".repeat(129), "clé-avec-accent", "has space inside"]) {
      const response = await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: employerInputWith() });
      expectApiError(response, 400, "validation_failed", [{ path: ["Idempotency-Key"], message: "errors.invalidValue" }]);
    }
  });

  it("a retried move is answered again instead of being refused as stale", async () => {
    const employer = await registerEmployer(caseworker);
    const offer = await recordOffer(caseworker, employer);
    const move = { method: "POST" as const, url: `/api/offers/${offer.id}/transitions`, payload: { to: "submitted" } };
    const headers = { ...keyed(randomUUID()), ...ifMatch(1) };
    const first = await caseworker({ ...move, headers });
    const retry = await caseworker({ ...move, headers });
    expect([first.statusCode, retry.statusCode]).toEqual([200, 200]);
    expect(retry.headers.etag).toBe('"2"');
    expect(retry.json()).toEqual(first.json());
  });
});

describe("keeping keys", () => {
  it("a key older than a day is swept away, and a key found expired runs the request again", async () => {
    const key = randomUUID();
    const input = employerInputWith();
    await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: input });
    await world.connection.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, key));
    const again = await caseworker({ method: "POST", url: "/api/employers", headers: keyed(key), payload: employerInputWith() });
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBeUndefined();

    await world.connection.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, key));
    expect(await expireIdempotencyKeys(world.connection.db)).toBeGreaterThanOrEqual(1);
    expect(await world.connection.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toHaveLength(0);
  });

  it("an erasure can forget the stored answers that mention the worker", async () => {
    const created = await caseworker({ method: "POST", url: "/api/workers", headers: keyed(randomUUID()), payload: workerInput() });
    expect(await forgetIdempotentAnswersAbout(world.connection.db, created.json().id)).toBe(1);
  });

  it("the key and the effect commit together: a failure after the write leaves neither", async () => {
    const key = randomUUID();
    const [someone] = await world.connection.db.select().from(users).where(eq(users.email, world.centreA.emails.caseworker));
    const request = {
      headers: { "idempotency-key": key },
      actor: { userId: someone?.id, role: "caseworker", centreId: world.centreA.id, workerId: null, employerId: null },
      method: "POST",
      url: "/api/employers",
      body: {},
    } as unknown as FastifyRequest;
    const reply = { status: () => reply, header: () => reply } as unknown as FastifyReply;
    const { sites, ...input } = employerInputWith();
    const crash = withIdempotency(request, reply, world.connection.db, 201, async (tx) => {
      await tx.insert(employers).values({ ...input, centreId: world.centreA.id });
      throw new Error("the process died here");
    });
    await expect(crash).rejects.toThrow("the process died here");
    expect(await employersWithTaxId(input.taxId)).toHaveLength(0);
    expect(await world.connection.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toHaveLength(0);
  });
});
