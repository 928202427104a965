import type { TFunction } from "i18next";
import { errorMessageKey, isApiError } from "../api/api-error.js";

/**
 * What a refused action says to a person: the API's own reasons when it gave "errors.…" keys (the detail is more
 * precise than the code, e.g. "already put forward" rather than "conflict"), otherwise the message of the code.
 */
export function refusalMessage(t: TFunction, error: unknown): string {
  const fallback = t(errorMessageKey(error), { ns: "errors" });
  if (!isApiError(error)) return fallback;
  const details = error.details
    .filter((detail) => detail.message.startsWith("errors."))
    .map((detail) => t(detail.message.slice("errors.".length), { ns: "errors", ...detail.params, defaultValue: fallback }));
  return details.length > 0 ? [...new Set(details)].join(" ") : fallback;
}
