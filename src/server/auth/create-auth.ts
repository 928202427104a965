import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { phoneNumber, twoFactor } from "better-auth/plugins";
import { eq } from "drizzle-orm";
import { phoneNumber as phoneNumberSchema } from "../../core/shared/primitives.js";
import type { Database } from "../../db/database.js";
import { accounts, sessions, twoFactors, users, verifications } from "../../db/schema/auth.js";
import { recordAudit } from "../audit/record-audit.js";
import type { MessageSender } from "../outbox/message-sender.js";
import { actorFromUser } from "../plugins/authentication.js";

export interface AuthSettings {
  publicUrl: string;
  secret: string;
  /** Cookies only over HTTPS: on in production, off for http://localhost. */
  secureCookies: boolean;
  /** Limits sign-in attempts; off in tests that sign in many times a second. */
  rateLimit: boolean;
}

/** argon2id with the OWASP-recommended parameters (19 MiB, 2 iterations). */
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const hashPassword = (password: string) => hash(password, argon2Options);

/**
 * Sign-in for every role through better-auth: e-mail and password (with optional TOTP) for staff and employers,
 * phone number and a one-time code for workers. Nobody signs themselves up: centres create the accounts.
 */
export function createAuth(db: Database, settings: AuthSettings, messages: MessageSender) {
  return betterAuth({
    appName: "Primacenters",
    baseURL: settings.publicUrl,
    basePath: "/api/auth",
    secret: settings.secret,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, twoFactor: twoFactors },
    }),
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: true, defaultValue: "worker" },
        centreId: { type: "string", input: false, required: false },
        workerId: { type: "string", input: false, required: false },
        employerId: { type: "string", input: false, required: false },
        locale: { type: "string", input: false, required: false, defaultValue: "en" },
        disabled: { type: "boolean", input: false, required: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 30 },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      password: { hash: hashPassword, verify: ({ hash: stored, password }) => verify(stored, password) },
    },
    rateLimit: { enabled: settings.rateLimit, window: 60, max: 30 },
    advanced: {
      cookiePrefix: "primacenters",
      useSecureCookies: settings.secureCookies,
      database: { generateId: () => randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account cannot start a session, whatever the credentials.
          before: async (session) => {
            const [user] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, session.userId));
            return user && !user.disabled ? { data: session } : false;
          },
          // Every sign-in is on the audit trail (who and when; never the address or the device).
          after: async (session) => {
            const [user] = await db.select().from(users).where(eq(users.id, session.userId));
            const actor = user ? actorFromUser(user) : null;
            await recordAudit(db, {
              actor,
              action: "session.start",
              entityType: "session",
              entityId: session.id,
              centreId: actor?.centreId ?? null,
              outcome: "allowed",
            });
          },
        },
      },
    },
    plugins: [
      twoFactor({ issuer: "Primacenters" }),
      phoneNumber({
        otpLength: 6,
        expiresIn: 300,
        allowedAttempts: 5,
        phoneNumberValidator: (value) => phoneNumberSchema.safeParse(value).success,
        // Only phone numbers of registered workers get a code; the answer is the same either way.
        sendOTP: async ({ phoneNumber: to, code }) => {
          const [user] = await db
            .select({ id: users.id, centreId: users.centreId, locale: users.locale })
            .from(users)
            .where(eq(users.phoneNumber, to));
          if (!user) return;
          await messages.sendOneTimeCode({ centreId: user.centreId, to, code, locale: user.locale });
        },
      }),
    ],
  });
}
export type Auth = ReturnType<typeof createAuth>;
