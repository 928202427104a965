import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode, type ApiErrorDetail, DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { AccessDenied } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";

export function errorBody(code: ApiErrorCode, message: string, details: ApiErrorDetail[] = []): ApiErrorBody {
  return { error: { code, message, details } };
}

/**
 * Zod's own messages become translation keys so every client can show them in the reader's language. A property
 * the body may not carry (no mass assignment: every body schema is strict) is named by its own path.
 */
function validationDetails(
  error: FastifyError & { validation: { keyword?: string; instancePath: string; message?: string; params: unknown }[] },
): ApiErrorDetail[] {
  return error.validation.flatMap((issue) => {
    const path = issue.instancePath
      .split("/")
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const raw = issue.message ?? "";
    const message = raw.startsWith("errors.") ? raw : "errors.invalidValue";
    if (issue.keyword === "unrecognized_keys") {
      const keys = (issue.params as { keys?: string[] }).keys ?? [];
      return keys.map((key) => ({ path: [...path, key], message }));
    }
    return [{ path, message }];
  });
}

/** One error shape for every failure; no stack trace or internal message ever leaves the server. */
export function registerErrorHandler(app: FastifyInstance, db: Database) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof AccessDenied) await recordAudit(db, error.audit);
    if (error instanceof DomainError) {
      return reply.status(API_ERROR_CODES[error.code]).send(errorBody(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send(errorBody("validation_failed", "The request is not valid.", validationDetails(error)));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, "response did not match its schema");
      return reply.status(500).send(errorBody("internal", "Something went wrong on our side."));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.status(429).send(errorBody("rate_limited", "Too many requests; try again shortly."));
    if (status >= 400 && status < 500) {
      const code: ApiErrorCode =
        status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : status === 404 ? "not_found" : "validation_failed";
      return reply.status(status).send(errorBody(code, error.message));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(errorBody("internal", "Something went wrong on our side."));
  });
}

/**
 * What the router refuses before any route runs (an address that does not decode, or a path parameter longer than
 * the router accepts): the one error shape, without echoing the address back.
 */
export function sendFrameworkError(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return reply.status(400).send(errorBody("validation_failed", "The address of the request is not valid."));
}

/** The 404 of an unknown API path (and of everything when no web app is served). */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send(errorBody("not_found", `No route ${request.method} ${request.url.split("?")[0]}`));
}
