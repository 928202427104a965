import { createHmac } from "node:crypto";
import { APIError, getSessionFromCtx } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import { twoFactors } from "../../db/schema/auth.js";

const PERIOD_MS = 30_000;
const DIGITS = 6;
/** better-auth accepts the code of the previous, current and next time step (clock drift of a phone). */
const WINDOW = 1;

/** RFC 4226 HOTP of one time step; better-auth keys the HMAC with the secret's UTF-8 bytes. */
function codeOfStep(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac("sha1", Buffer.from(secret, "utf8")).update(counter).digest();
  const offset = (digest.at(-1) ?? 0) & 0xf;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS).padStart(DIGITS, "0");
}

/** The time step a code belongs to, among those better-auth would accept now; null for a wrong code. */
export function timeStepOfCode(secret: string, code: string, now = Date.now()): number | null {
  const current = Math.floor(now / PERIOD_MS);
  for (let step = current - WINDOW; step <= current + WINDOW; step++) if (codeOfStep(secret, step) === code) return step;
  return null;
}

const usedCode = () => APIError.from("UNAUTHORIZED", { code: "INVALID_CODE", message: "Invalid code" });

type MiddlewareContext = Parameters<typeof getSessionFromCtx>[0] & {
  body?: { code?: unknown };
  context: { secretConfig: Parameters<typeof symmetricDecrypt>[0]["key"] };
};

async function userOfRequest(ctx: MiddlewareContext): Promise<string | null> {
  const session = await getSessionFromCtx(ctx);
  if (session) return session.user.id;
  const challenge = ctx.context.createAuthCookie("two_factor");
  const identifier = await ctx.getSignedCookie(challenge.name, ctx.context.secret);
  if (!identifier) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return verification?.value ?? null;
}

/**
 * Runs before better-auth checks a TOTP code and claims the code's time step for the user, atomically: a code
 * (or an older one) that was already accepted is refused like a wrong one, even when two requests race.
 */
export async function claimTotpTimeStep(db: Database, ctx: MiddlewareContext): Promise<void> {
  const code = ctx.body?.code;
  if (typeof code !== "string") return;
  const userId = await userOfRequest(ctx);
  if (!userId) return;
  const [row] = await db.select().from(twoFactors).where(eq(twoFactors.userId, userId));
  if (!row) return;
  const secret = await symmetricDecrypt({ key: ctx.context.secretConfig, data: row.secret });
  const step = timeStepOfCode(secret, code);
  // A wrong code is better-auth's to refuse (and count towards its lockout).
  if (step === null) return;
  const claimed = await db
    .update(twoFactors)
    .set({ lastUsedTimeStep: step })
    .where(and(eq(twoFactors.id, row.id), or(isNull(twoFactors.lastUsedTimeStep), lt(twoFactors.lastUsedTimeStep, step))))
    .returning({ id: twoFactors.id });
  if (claimed.length === 0) throw usedCode();
}
