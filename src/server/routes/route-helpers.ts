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

/** The error answers every route documents (503: the server is overloaded or restarting, see Retry-After). */
export const errorResponses = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError, 503: apiError };
