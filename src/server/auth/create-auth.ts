import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { phoneNumber, twoFactor } from "better-auth/plugins";
import { eq } from "drizzle-orm";
import { phoneNumber as phoneNumberSchema } from "../../core/shared/primitives.js";
import type { Database } from "../../db/database.js";
import { accounts, sessions, twoFactors, users, verifications } from "../../db/schema/auth.js";
import { recordAudit } from "../audit/record-audit.js";
import type { MessageSender } from "../outbox/message-sender.js";
import { actorFromUser } from "../plugins/authentication.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, refusePasswordIfCommon } from "./password-policy.js";
import { ABSOLUTE_SESSION_SECONDS, SESSION_COOKIE_PREFIX } from "./session-policy.js";
import { claimTotpTimeStep } from "./single-use-totp.js";

export interface AuthSettings {
  publicUrl: string;
  secret: string;
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
    // A session ends 12 hours after sign-in whatever happens (never extended); the idle time-out is checked on each
    // request by plugins/authentication.ts (session-policy.ts).
    session: { expiresIn: ABSOLUTE_SESSION_SECONDS, disableSessionRefresh: true },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash: stored, password }) => verify(stored, password) },
    },
    // Attempts are limited per account and per address by plugins/sign-in-rate-limit.ts, before better-auth.
    rateLimit: { enabled: false },
    advanced: {
      // __Host- cookies: Secure, Path=/ and no Domain, so neither a sub-domain nor plain HTTP can set or read them.
      // Browsers treat http://localhost and http://127.0.0.1 as secure, so this works on a laptop too.
      // (better-auth's own __Secure- prefix stays off so the name is not prefixed twice.)
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: false,
      defaultCookieAttributes: { secure: true, httpOnly: true, sameSite: "lax", path: "/" },
      // Sessions keep no IP address (data minimisation); the rate limits read the address from Fastify.
      ipAddress: { disableIpTracking: true },
      database: { generateId: () => randomUUID() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        refusePasswordIfCommon(ctx.path, ctx.body);
        if (ctx.path === "/two-factor/verify-totp") await claimTotpTimeStep(db, ctx);
      }),
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account cannot start a session, whatever the credentials; it is told the same as a wrong
          // password, so the answer does not reveal that the password was right.
          before: async (session) => {
            const [user] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, session.userId));
            if (user && !user.disabled) return { data: session };
            throw APIError.from("UNAUTHORIZED", { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
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
      twoFactor({
        issuer: "Primacenters",
        // Someone who already has the password and tries codes: 10 wrong codes in a row lock the second step for
        // 5 minutes (each sign-in challenge also allows only 5 tries).
        accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 300 },
      }),
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
