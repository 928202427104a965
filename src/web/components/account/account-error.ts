import { isApiError } from "../../api/api-error.js";
import type { FieldProblem } from "../../components/form-problems.js";
import { MAX_PASSWORD_LENGTH } from "./change-password-values.js";

/** Failures that say nothing about what was typed: too many attempts, a lost connection, a server in trouble. */
const NOT_ABOUT_THE_INPUT = new Set(["rate_limited", "network", "internal", "unavailable", "unexpected_response"]);

/**
 * A refused step on the account pages: the API's own message when the refusal is not about what was typed (too many
 * attempts, no connection…), else the step's own message (`stepKey`, in the caller's namespace).
 */
export function accountErrorMessage(error: unknown, t: (key: string, options?: { ns: string }) => string, stepKey: string): string {
  if (isApiError(error) && NOT_ABOUT_THE_INPUT.has(error.code)) return t(`code.${error.code}`, { ns: "errors" });
  return t(stepKey);
}

export type PasswordField = "currentPassword" | "newPassword";

/**
 * better-auth's refusals of a password change, the field each is about and what to say there (a key of the "errors"
 * namespace, or "namespace:key"). The rules on a new password say the same as at sign-in.
 */
const PASSWORD_REFUSALS: Record<string, { field: PasswordField; problem: FieldProblem }> = {
  INVALID_PASSWORD: { field: "currentPassword", problem: { key: "account:changePassword.wrongCurrent" } },
  PASSWORD_TOO_SHORT: { field: "newPassword", problem: { key: "auth:error.passwordTooShort" } },
  PASSWORD_TOO_LONG: { field: "newPassword", problem: { key: "tooLong", params: { max: MAX_PASSWORD_LENGTH } } },
  PASSWORD_TOO_COMMON: { field: "newPassword", problem: { key: "auth:error.passwordTooCommon" } },
};

/** The field a refused password change is about, and why; null when the refusal is about no field (see accountErrorMessage). */
export function passwordRefusalOf(error: unknown): { field: PasswordField; problem: FieldProblem } | null {
  if (!isApiError(error) || !error.authCode) return null;
  return PASSWORD_REFUSALS[error.authCode] ?? null;
}
