import type { FastifyRequest } from "fastify";
import { DomainError } from "../../core/shared/api-error.js";
import { apiError } from "../routes/route-helpers.js";

/**
 * The version a client read, from `If-Match: "3"` (the ETag of the read). Every change to an existing record must
 * send it: without it the server cannot tell a deliberate overwrite from a lost update, so it answers 428.
 */
export function requiredVersion(request: FastifyRequest): number {
  const header = request.headers["if-match"];
  if (header === undefined || header === "") {
    throw new DomainError("precondition_required", "Send If-Match with the version you read (its ETag).", [
      { path: ["If-Match"], message: "errors.required" },
    ]);
  }
  const version = Number(String(header).replace(/^W\//, "").replaceAll('"', ""));
  if (!Number.isInteger(version) || version < 1) {
    throw new DomainError("validation_failed", "If-Match must be a version number.", [
      { path: ["If-Match"], message: "errors.invalidValue" },
    ]);
  }
  return version;
}

/** The ETag of a record at a version; a client sends it back as If-Match. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The answers a route that changes a versioned record documents besides the usual ones. */
export const versionedChangeResponses = { 412: apiError, 428: apiError };
