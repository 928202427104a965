import type { FieldProblem } from "../../components/form-problems.js";

/** The server's limits (src/server/auth/password-policy.ts): checked here too, so a mistake is told before sending. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** The form as typed: the new password twice, so a typing mistake does not lock its owner out. */
export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export const emptyChangePassword: ChangePasswordValues = { currentPassword: "", newPassword: "", repeatPassword: "" };

/** What the API takes: the password in use and the new one. */
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * The checks the browser can make before sending. Passwords are never trimmed: a space is a character like any other.
 * Whether the new one is too common is for the server to say (its lists are too big to send to a phone).
 */
export function checkPasswordChange(
  values: ChangePasswordValues,
): { ok: true; value: PasswordChange } | { ok: false; problems: Record<string, FieldProblem> } {
  const { currentPassword, newPassword, repeatPassword } = values;
  const problems: Record<string, FieldProblem> = {};
  if (currentPassword === "") problems.currentPassword = { key: "required" };
  if (newPassword === "") problems.newPassword = { key: "required" };
  else if (newPassword.length < MIN_PASSWORD_LENGTH) problems.newPassword = { key: "auth:error.passwordTooShort" };
  else if (newPassword.length > MAX_PASSWORD_LENGTH) problems.newPassword = { key: "tooLong", params: { max: MAX_PASSWORD_LENGTH } };
  else if (newPassword === currentPassword) problems.newPassword = { key: "account:changePassword.sameAsCurrent" };
  if (repeatPassword === "") problems.repeatPassword = { key: "required" };
  else if (newPassword !== "" && repeatPassword !== newPassword) problems.repeatPassword = { key: "account:changePassword.mismatch" };
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: { currentPassword, newPassword } };
}
