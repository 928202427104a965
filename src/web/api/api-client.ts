import { API_ERROR_CODES, type ApiErrorCode, type ApiErrorDetail } from "../../core/shared/api-error.js";
import { ApiError, type ClientErrorCode } from "./api-error.js";

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Builds /api/...?a=1&b=2, leaving out empty values so URLs stay short and caches stay shared. */
export function apiUrl(path: string, query: RequestOptions["query"] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) {
      if (one === undefined || one === null || one === "") continue;
      params.append(key, String(one));
    }
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === "string" && Object.hasOwn(API_ERROR_CODES, value);
}

function codeForStatus(status: number): ClientErrorCode {
  if (status === 400) return "validation_failed";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 412) return "precondition_failed";
  if (status === 428) return "precondition_required";
  if (status === 429) return "rate_limited";
  if (status === 503) return "unavailable";
  return status >= 500 ? "internal" : "unexpected_response";
}

interface ErrorShape {
  error?: { code?: unknown; message?: unknown; details?: unknown };
  code?: unknown;
  message?: unknown;
}

/** Reads the API's error shape, or better-auth's `{ code, message }`, into one ApiError. */
async function errorFrom(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorShape | null;
  const apiError = body?.error;
  if (apiError && isApiErrorCode(apiError.code)) {
    const details = Array.isArray(apiError.details) ? (apiError.details as ApiErrorDetail[]) : [];
    return new ApiError(response.status, apiError.code, String(apiError.message ?? ""), details);
  }
  const authCode = typeof body?.code === "string" ? body.code : null;
  return new ApiError(response.status, codeForStatus(response.status), String(body?.message ?? response.statusText), [], authCode);
}

/** One request to the API: same-origin session cookie, JSON both ways, errors thrown as ApiError. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  // A FormData body (a file upload) sets its own multipart content type, boundary included.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", "The server could not be reached.");
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (text.length === 0) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, "unexpected_response", "The server answered with something that is not JSON.");
  }
}

/**
 * The Idempotency-Key of a write: the same request sent again after a failure (the user presses Save again, or the
 * request is retried below) reuses its key, so if the first one did reach the server it is answered again instead
 * of being done twice. A success frees the key: the next submission, even with the same content, is a new one.
 */
const pendingKeys = new Map<string, string>();

async function idempotentRequest<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  // The sign-in library's routes take no key (a repeated one-time code request would send a second message).
  if (path.startsWith("/api/auth/")) return apiRequest<T>(method, path, options);
  const submission = `${method} ${path} ${JSON.stringify(options.body)}`;
  const key = pendingKeys.get(submission) ?? crypto.randomUUID();
  pendingKeys.set(submission, key);
  const send = () => apiRequest<T>(method, path, { ...options, headers: { ...options.headers, "idempotency-key": key } });
  let result: T;
  try {
    result = await send();
  } catch (error) {
    // Lost on the way or refused while the server restarts: safe to send once more, with the same key.
    if (!(error instanceof ApiError) || (error.code !== "network" && error.code !== "unavailable")) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    result = await send();
  }
  pendingKeys.delete(submission);
  return result;
}

const RETRY_AFTER_MS = 1_000;

export const apiGet = <T>(path: string, options?: RequestOptions) => apiRequest<T>("GET", path, options);
export const apiPost = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  idempotentRequest<T>("POST", path, { ...options, body: body ?? {} });
export const apiPut = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  apiRequest<T>("PUT", path, { ...options, body: body ?? {} });
/** A change to a record: send `ifMatch(version)` in the headers (the server answers 428 without it, 412 when stale). */
export const apiPatch = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  idempotentRequest<T>("PATCH", path, { ...options, body: body ?? {} });

/** The If-Match header of a change to a record read at `version`. */
export const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
