import { APIError } from "better-auth/api";
import { isCommonPassword } from "./password-strength.js";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** better-auth's endpoints that set a password, and the field that carries the new one. */
const PASSWORD_FIELDS: Record<string, string> = {
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
  "/set-password": "newPassword",
  "/sign-up/email": "password",
};

/**
 * Refuses a new password that is common or easily guessed (ASVS 6.2.4, 6.2.11) with better-auth's error shape and
 * the code PASSWORD_TOO_COMMON, which the web app translates. Length is left to better-auth (12 to 128 characters),
 * so a short password is told it is short.
 */
export function refusePasswordIfCommon(path: string, body: unknown): void {
  const fieldName = PASSWORD_FIELDS[path];
  if (!fieldName || !body || typeof body !== "object") return;
  const password = (body as Record<string, unknown>)[fieldName];
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return;
  if (isCommonPassword(password, ["primacenters"])) {
    throw APIError.from("BAD_REQUEST", {
      code: "PASSWORD_TOO_COMMON",
      message: "This password is too common or too easy to guess; choose another one.",
    });
  }
}
