/**
 * The one error shape of the API: { error: { code, message, details } }.
 * `code` is stable and translated by clients (namespace "errors"); `message` is English for logs and tools.
 */
export const API_ERROR_CODES = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  consent_missing: 409,
  offer_not_open: 409,
  not_eligible: 409,
  phone_taken: 409,
  /** The If-Match version is no longer the current one. */
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** The Idempotency-Key was already used for a different request. */
  idempotency_conflict: 422,
  /** The offer breaks a labour rule (pay floor, hours, deductions): details name each problem and how to fix it. */
  offer_check_failed: 422,
  /** A change to an existing record must say which version it changes (If-Match). */
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  /** The server is shutting down or overloaded; try again after Retry-After. */
  unavailable: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

export interface ApiErrorDetail {
  /** Where in the input, e.g. ["authorisations", 0, "validUntil"]. */
  path: (string | number)[];
  /** A translation key such as "errors.required". */
  message: string;
  params?: Record<string, string | number>;
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details: ApiErrorDetail[] };
}

/** A refusal the domain or a use case raises; the server turns it into the error shape. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}
