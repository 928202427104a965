import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { API_ERROR_CODES, DomainError } from "../../core/shared/api-error.js";
import { uuid } from "../../core/shared/primitives.js";

/** The `:id` of a record's path. */
export const idParams = z.object({ id: uuid });

/** The access check has already refused anonymous requests; this narrows the type for the handler. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError("unauthenticated", "Please sign in.");
  return request.actor;
}

export function requireListFilter(filter: ListFilter | null): ListFilter {
  if (!filter) throw new DomainError("forbidden", "This list is not available to you.");
  return filter;
}

/** The version a client read, from `If-Match: "3"`; undefined when the client sent none. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (!header) return undefined;
  const version = Number(String(header).replace(/^W\//, "").replaceAll('"', ""));
  if (!Number.isInteger(version) || version < 1) {
    throw new DomainError("validation_failed", "If-Match must be a version number.", [
      { path: ["If-Match"], message: "errors.invalidValue" },
    ]);
  }
  return version;
}

export const apiError = z.object({
  error: z.object({
    code: z.enum(Object.keys(API_ERROR_CODES) as [keyof typeof API_ERROR_CODES, ...(keyof typeof API_ERROR_CODES)[]]),
    message: z.string(),
    details: z.array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        message: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    ),
  }),
});

/** The error answers every route documents. */
export const errorResponses = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
