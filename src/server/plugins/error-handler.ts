import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode, type ApiErrorDetail, DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { AccessDenied } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";

export function errorBody(code: ApiErrorCode, message: string, details: ApiErrorDetail[] = []): ApiErrorBody {
  return { error: { code, message, details } };
}

/** Zod's own messages become translation keys so every client can show them in the reader's language. */
function validationDetails(
  error: FastifyError & { validation: { instancePath: string; message?: string; params: unknown }[] },
): ApiErrorDetail[] {
  return error.validation.map((issue) => {
    const path = issue.instancePath
      .split("/")
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const raw = issue.message ?? "";
    const message = raw.startsWith("errors.") ? raw : "errors.invalidValue";
    return { path, message };
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

/** The 404 of an unknown API path (and of everything when no web app is served). */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send(errorBody("not_found", `No route ${request.method} ${request.url.split("?")[0]}`));
}
