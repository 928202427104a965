import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { DomainError } from "../../core/shared/api-error.js";

/** 8 to 128 visible ASCII characters: room for a UUID or any client's own scheme, nothing that breaks a header. */
const KEY_FORMAT = /^[\x21-\x7e]{8,128}$/;

/** The request's `Idempotency-Key`, or null when it sent none; a malformed key is refused before anything runs. */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers["idempotency-key"];
  if (header === undefined) return null;
  if (typeof header !== "string" || !KEY_FORMAT.test(header)) {
    throw new DomainError("validation_failed", "Idempotency-Key must be 8 to 128 visible ASCII characters.", [
      { path: ["Idempotency-Key"], message: "errors.invalidValue" },
    ]);
  }
  return header;
}

/** JSON with every object's keys sorted, so the same content always gives the same text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What makes two requests "the same": method, path and the SHA-256 of the validated body in canonical JSON. */
export function requestFingerprint(request: FastifyRequest): { request: string; bodyHash: string } {
  return {
    request: `${request.method} ${request.url.split("?")[0]}`,
    bodyHash: createHash("sha256").update(canonicalJson(request.body)).digest("hex"),
  };
}
