import type { ApiErrorCode, ApiErrorDetail } from "../../core/shared/api-error.js";

/** The API's own codes plus the two failures that never reach the API or come back in another shape. */
export type ClientErrorCode = ApiErrorCode | "network" | "unexpected_response";

/** A refused or failed request, in the API's one error shape; the UI translates `code` and each detail's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    /** better-auth answers sign-in failures with its own codes (INVALID_EMAIL_OR_PASSWORD…); kept for the sign-in page. */
    readonly authCode: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.code === "unauthenticated";
}

/** The translation key (namespace "errors") for any thrown value. */
export function errorMessageKey(error: unknown): string {
  return isApiError(error) ? `code.${error.code}` : "generic";
}
