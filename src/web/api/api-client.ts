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
  if (status === 429) return "rate_limited";
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
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
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

export const apiGet = <T>(path: string, options?: RequestOptions) => apiRequest<T>("GET", path, options);
export const apiPost = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  apiRequest<T>("POST", path, { ...options, body: body ?? {} });
export const apiPut = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  apiRequest<T>("PUT", path, { ...options, body: body ?? {} });
export const apiPatch = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  apiRequest<T>("PATCH", path, { ...options, body: body ?? {} });
