import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Role } from "../../core/access/roles.js";
import type { Database, Transaction } from "../database.js";
import { accounts, users } from "../schema/auth.js";

type Db = Database | Transaction;

/** Workers sign in with their phone; better-auth still wants an e-mail, so they get one that can never receive mail. */
export function workerPlaceholderEmail(userId: string): string {
  return `worker-${userId}@phone.primacenters.invalid`;
}

export async function insertWorkerAccount(db: Db, worker: { id: string; centreId: string; phone: string; name: string; locale: string }) {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    name: worker.name,
    email: workerPlaceholderEmail(id),
    phoneNumber: worker.phone,
    phoneNumberVerified: false,
    role: "worker",
    centreId: worker.centreId,
    workerId: worker.id,
    locale: worker.locale,
  });
  return id;
}

/** Keeps the worker's sign-in phone and language in step with their file. */
export async function syncWorkerAccount(db: Db, workerId: string, changes: { phone: string; name: string; locale: string }) {
  await db
    .update(users)
    .set({ phoneNumber: changes.phone, name: changes.name, locale: changes.locale, updatedAt: new Date() })
    .where(eq(users.workerId, workerId));
}

export interface PasswordAccount {
  name: string;
  email: string;
  passwordHash: string;
  role: Role;
  centreId: string | null;
  employerId?: string | null;
  locale?: string;
}

/** A staff or employer account with an e-mail and a password (already hashed with argon2id). */
export async function insertPasswordAccount(db: Db, account: PasswordAccount): Promise<string> {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    name: account.name,
    email: account.email.toLowerCase(),
    emailVerified: true,
    role: account.role,
    centreId: account.centreId,
    employerId: account.employerId ?? null,
    locale: account.locale ?? "en",
  });
  await db
    .insert(accounts)
    .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: account.passwordHash });
  return id;
}

/** Is this e-mail already someone's sign-in? E-mails are stored lower-case. */
export async function emailHasAccount(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
  return row !== undefined;
}
