import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Database } from "../../db/database.js";
import {
  type CounterState,
  countAttempt,
  deleteCounters,
  deleteExpiredCounters,
  uncountAttempt,
} from "../../db/repositories/sign-in-limit-repository.js";

/**
 * credential: a password or a code is checked; a success gives the attempt back.
 * code-sending: an SMS or e-mail goes out; every request counts (it costs money and pesters the owner).
 */
type EndpointKind = "credential" | "code-sending";

interface Endpoint {
  kind: EndpointKind;
  /** The account the attempt is about, from the body; none where the session or the sign-in challenge says it. */
  account?: (body: Record<string, unknown>) => string | undefined;
}

const field = (name: string) => (body: Record<string, unknown>) => {
  const value = body[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim().toLowerCase() : undefined;
};

const ENDPOINTS: Record<string, Endpoint> = {
  "/api/auth/sign-in/email": { kind: "credential", account: field("email") },
  "/api/auth/phone-number/verify": { kind: "credential", account: field("phoneNumber") },
  "/api/auth/phone-number/send-otp": { kind: "code-sending", account: field("phoneNumber") },
  "/api/auth/two-factor/verify-totp": { kind: "credential" },
  "/api/auth/two-factor/verify-backup-code": { kind: "credential" },
  "/api/auth/two-factor/verify-otp": { kind: "credential" },
  "/api/auth/two-factor/send-otp": { kind: "code-sending" },
  "/api/auth/two-factor/enable": { kind: "credential" },
  "/api/auth/two-factor/disable": { kind: "credential" },
  "/api/auth/change-password": { kind: "credential" },
  "/api/auth/reset-password": { kind: "credential" },
};

interface Limit {
  limit: number;
  windowSeconds: number;
}

/** Attempts allowed per window; see docs/security.md for why these numbers. */
export const SIGN_IN_LIMITS: Record<EndpointKind, Record<"address" | "accountAddress" | "account", Limit>> = {
  credential: {
    address: { limit: 30, windowSeconds: 600 },
    accountAddress: { limit: 5, windowSeconds: 600 },
    account: { limit: 20, windowSeconds: 600 },
  },
  "code-sending": {
    address: { limit: 10, windowSeconds: 900 },
    accountAddress: { limit: 5, windowSeconds: 900 },
    account: { limit: 5, windowSeconds: 900 },
  },
};

/** A browser that has signed in to an account before carries this; a flood from elsewhere never blocks it. */
export const KNOWN_DEVICE_COOKIE = "__Host-primacenters.known_device";
const KNOWN_DEVICE_DAYS = 180;

export type SignInAttempt =
  | { refused: true; retryAfterSeconds: number }
  | {
      refused: false /** Settles the attempt once the answer is known; returns cookies to add to it. */;
      finish(status: number): Promise<string[]>;
    };

function cookieValue(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Limits on guessing passwords and codes, counted in the database so every server process shares them:
 * per address (any account), per account from one address, and per account from browsers it never signed in on.
 * The client's address is the socket's, or what a proxy named in TRUST_PROXY says (Fastify's request.ip).
 */
export function createSignInLimiter(db: Database, secret: string) {
  const digest = (value: string) => createHmac("sha256", secret).update(value).digest("base64url");
  const deviceToken = (account: string) => digest(`known-device\u0000${account}`);
  let lastCleanUp = 0;

  return async function beginSignInAttempt(request: FastifyRequest): Promise<SignInAttempt | null> {
    const endpoint = ENDPOINTS[request.url.split("?")[0] ?? ""];
    if (!endpoint || request.method !== "POST") return null;
    const body = request.body && typeof request.body === "object" ? (request.body as Record<string, unknown>) : {};
    const account = endpoint.account?.(body);
    const limits = SIGN_IN_LIMITS[endpoint.kind];
    const device = cookieValue(request, KNOWN_DEVICE_COOKIE);
    const knownDevice = account !== undefined && device !== undefined && sameText(device, deviceToken(account));

    const counters = [{ key: digest(`${endpoint.kind}\u0000address\u0000${request.ip}`), ...limits.address }];
    const pairKey = account === undefined ? null : digest(`${endpoint.kind}\u0000pair\u0000${account}\u0000${request.ip}`);
    if (pairKey) counters.push({ key: pairKey, ...limits.accountAddress });
    if (account !== undefined && !knownDevice)
      counters.push({ key: digest(`${endpoint.kind}\u0000account\u0000${account}`), ...limits.account });

    const now = new Date();
    if (now.getTime() - lastCleanUp > 60_000) {
      lastCleanUp = now.getTime();
      await deleteExpiredCounters(db, now);
    }
    const states = await countAttempt(db, counters, now);
    const over = states.filter((state: CounterState) => state.count > (counters.find((c) => c.key === state.key)?.limit ?? 0));
    if (over.length > 0) {
      const latest = Math.max(...over.map((state) => state.resetAt.getTime()));
      request.log.warn({ endpoint: endpoint.kind }, "sign-in attempts over the limit");
      return { refused: true, retryAfterSeconds: Math.max(1, Math.ceil((latest - now.getTime()) / 1000)) };
    }
    return {
      refused: false,
      async finish(status) {
        const succeeded = status >= 200 && status < 300;
        if (!succeeded || endpoint.kind !== "credential") return [];
        await uncountAttempt(
          db,
          counters.map((c) => c.key).filter((key) => key !== pairKey),
        );
        if (pairKey) await deleteCounters(db, [pairKey]);
        if (account === undefined) return [];
        const maxAge = KNOWN_DEVICE_DAYS * 24 * 60 * 60;
        return [`${KNOWN_DEVICE_COOKIE}=${deviceToken(account)}; Max-Age=${maxAge}; Path=/; Secure; HttpOnly; SameSite=Lax`];
      },
    };
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
