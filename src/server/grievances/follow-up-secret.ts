import { createHash, randomBytes } from "node:crypto";
import { FOLLOW_UP_CODE_LENGTH, followUpCodeFrom, normaliseFollowUpCode } from "../../core/grievances/follow-up-code.js";

/** A fresh follow-up code, grouped for reading (ABCD-EFGH-JKMN). */
export function newFollowUpCode(): string {
  return followUpCodeFrom(randomBytes(FOLLOW_UP_CODE_LENGTH));
}

/** The SHA-256 stored for a code, or null when what was typed cannot be a code (then no case matches it). */
export function followUpCodeHash(typed: string): string | null {
  const plain = normaliseFollowUpCode(typed);
  return plain === null ? null : createHash("sha256").update(plain).digest("hex");
}
