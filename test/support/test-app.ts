import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Role } from "../../src/core/access/roles.js";
import type { DatabaseConnection } from "../../src/db/database.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { centres } from "../../src/db/schema/centres.js";
import { type AppOptions, buildApp } from "../../src/server/app.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { openTestDatabase } from "./test-database.js";

export const TEST_PASSWORD = "Field-Test-Password-2026";
export const PUBLIC_URL = "http://localhost:3000";

export interface TestCentre {
  id: string;
  name: string;
  /** E-mail of the account of each staff role of this centre. */
  emails: Record<"caseworker" | "coordinator" | "inspector" | "partner", string>;
}

export interface TestWorld {
  app: FastifyInstance;
  connection: DatabaseConnection;
  centreA: TestCentre;
  centreB: TestCentre;
  /** Network-wide accounts. */
  emails: Record<"admin" | "analyst", string>;
  close(): Promise<void>;
}

/**
 * An app on a database of its own with two centres and a staff account of every role in each. Sign-in rate limits
 * are off unless `overrides` switch them on (tests of the limits themselves).
 */
export async function createTestWorld(
  overrides: Pick<AppOptions, "rateLimit" | "trustProxy" | "webRoot" | "overload"> = {},
): Promise<TestWorld> {
  const connection = await openTestDatabase();
  const app = await buildApp({
    connection,
    publicUrl: PUBLIC_URL,
    authSecret: "test-secret-test-secret-test-secret-00",
    demo: true,
    logLevel: "silent",
    rateLimit: false,
    // PGlite runs queries on the event loop: a busy test machine must not be mistaken for an overloaded server.
    overload: { maxEventLoopDelayMs: 0 },
    ...overrides,
  });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const { db } = connection;
  const makeCentre = async (key: string, name: string, country: string, regionCode: string): Promise<TestCentre> => {
    const [centre] = await db.insert(centres).values({ name, country, regionCode, timezone: "Europe/Athens" }).returning();
    if (!centre) throw new Error("no centre");
    const roles = ["caseworker", "coordinator", "inspector", "partner"] as const;
    const emails = Object.fromEntries(roles.map((role) => [role, `${role}@${key}.test`])) as TestCentre["emails"];
    for (const role of roles)
      await insertPasswordAccount(db, { name: `${role} ${key}`, email: emails[role], passwordHash, role, centreId: centre.id });
    return { id: centre.id, name, emails };
  };
  const centreA = await makeCentre("a", "Centre A", "EL", "EL65");
  const centreB = await makeCentre("b", "Centre B", "ES", "ES61");
  const emails = { admin: "admin@network.test", analyst: "analyst@network.test" };
  await insertPasswordAccount(db, { name: "admin", email: emails.admin, passwordHash, role: "admin", centreId: null });
  await insertPasswordAccount(db, { name: "analyst", email: emails.analyst, passwordHash, role: "analyst", centreId: null });
  return {
    app,
    connection,
    centreA,
    centreB,
    emails,
    close: async () => {
      await app.close();
      await connection.close();
    },
  };
}

/** Signs in with e-mail and password and returns the cookie header to send with later requests. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: PUBLIC_URL },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  return cookieHeader(response);
}

export function cookieHeader(response: LightMyRequestResponse): string {
  const raw = response.headers["set-cookie"];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(";")[0]).join("; ");
}

/** A request as a signed-in user (cookie) or anonymous (null). */
export function as(app: FastifyInstance, cookie: string | null) {
  return (options: InjectOptions) =>
    app.inject({ ...options, headers: { origin: PUBLIC_URL, ...(cookie ? { cookie } : {}), ...(options.headers ?? {}) } });
}

export type { Role };

/** Signs a worker in the way they do on their phone: a one-time code, read here from the outbox. */
export async function signInWorker(world: TestWorld, phoneNumber: string): Promise<string> {
  const { outboxMessages } = await import("../../src/db/schema/outbox.js");
  const { desc, eq } = await import("drizzle-orm");
  const sent = await world.app.inject({
    method: "POST",
    url: "/api/auth/phone-number/send-otp",
    headers: { origin: PUBLIC_URL },
    payload: { phoneNumber },
  });
  if (sent.statusCode !== 200) throw new Error(`send-otp failed: ${sent.body}`);
  const [message] = await world.connection.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, phoneNumber))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1);
  const code = message?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error("no code in the outbox");
  const verified = await world.app.inject({
    method: "POST",
    url: "/api/auth/phone-number/verify",
    headers: { origin: PUBLIC_URL },
    payload: { phoneNumber, code },
  });
  if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
  return cookieHeader(verified);
}

/** Every staff role of centre A, a caseworker of centre B, the network roles and an anonymous visitor, signed in. */
export async function signInEveryRole(world: TestWorld) {
  const signedIn = async (email: string) => as(world.app, await signIn(world.app, email));
  return {
    caseworker: await signedIn(world.centreA.emails.caseworker),
    coordinator: await signedIn(world.centreA.emails.coordinator),
    inspector: await signedIn(world.centreA.emails.inspector),
    partner: await signedIn(world.centreA.emails.partner),
    otherCentreCaseworker: await signedIn(world.centreB.emails.caseworker),
    admin: await signedIn(world.emails.admin),
    analyst: await signedIn(world.emails.analyst),
    anonymous: as(world.app, null),
  };
}
