import { isApiError } from "../../api/api-error.js";

/** better-auth's codes for a refused sign-in, and the "auth" namespace key that explains each in plain words. */
const AUTH_CODE_KEYS: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "error.invalidCredentials",
  INVALID_EMAIL: "error.invalidCredentials",
  INVALID_PASSWORD: "error.invalidCredentials",
  INVALID_OTP: "error.wrongCode",
  OTP_EXPIRED: "error.codeExpired",
  TOO_MANY_ATTEMPTS: "error.tooManyAttempts",
  INVALID_CODE: "error.wrongCode",
  INVALID_TWO_FACTOR_AUTHENTICATION: "error.wrongCode",
  INVALID_PHONE_NUMBER: "error.phoneNotValid",
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: "error.tooManyAttempts",
  ACCOUNT_TEMPORARILY_LOCKED: "error.secondStepLocked",
  PASSWORD_TOO_COMMON: "error.passwordTooCommon",
  PASSWORD_TOO_SHORT: "error.passwordTooShort",
};

/** The message for a failed sign-in step: a specific one when better-auth says why, else the API's general one. */
export function authErrorMessage(error: unknown, t: (key: string, options?: { ns: string }) => string): string {
  if (!isApiError(error)) return t("generic", { ns: "errors" });
  const key = error.authCode ? AUTH_CODE_KEYS[error.authCode] : undefined;
  if (key) return t(key, { ns: "auth" });
  if (error.code === "unauthenticated") return t("error.invalidCredentials", { ns: "auth" });
  return t(`code.${error.code}`, { ns: "errors" });
}
