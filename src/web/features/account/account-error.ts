import { isApiError } from "../../api/api-error.js";

/** A refused step on the account page: "too many attempts" when the sign-in limits answered, else the step's own message. */
export function accountErrorMessage(error: unknown, t: (key: string, options?: { ns: string }) => string, stepKey: string): string {
  if (isApiError(error) && error.code === "rate_limited") return t("code.rate_limited", { ns: "errors" });
  return t(stepKey);
}
