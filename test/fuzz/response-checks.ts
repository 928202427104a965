// The properties every answer of the API must have, whatever it was sent.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { LightMyRequestResponse } from "fastify";
import { z } from "zod";
import { apiError } from "../../src/server/routes/route-helpers.js";
import { type FuzzRoute, NOT_JSON } from "./route-catalogue.js";
import type { JsonSchema } from "./schema-arbitrary.js";

/** What was sent, as the fuzzer reports it on failure. */
export interface SentRequest {
  role: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

/** Answered before any route runs (body size, media type, rate limit), so routes do not document them one by one. */
const CROSS_CUTTING_STATUSES = new Set([413, 415, 429]);

/** A stack trace, a source file, a driver or SQL message: what must never leave the server. */
const INTERNAL_TEXT = [
  /\n\s+at \S/,
  /\bat \S+ \(.*:\d+:\d+\)/,
  /\.(ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /\b(Type|Syntax|Range|Reference)?Error:/,
  /postgres|pglite|drizzle|better-auth/i,
  /\b(select|insert into|update|delete from)\b.*\b(from|set|values|where)\b/i,
  /\b(syntax error|violates|duplicate key|relation "|column "|invalid input syntax)\b/i,
  /\[object Object\]|\bundefined\b|\bNaN\b/,
];

const ajv = new Ajv2020({ strict: false, allErrors: false });
ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
// zod's startsWith: the document carries the same rule as a pattern, which ajv checks.
ajv.addFormat("starts_with", true);

const validators = new WeakMap<JsonSchema, ValidateFunction>();
function validatorOf(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

const errorShape = z.toJSONSchema(apiError, { target: "draft-2020-12", io: "output" }) as JsonSchema;

function parsed(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

function schemaProblem(schema: JsonSchema, value: unknown, what: string): string[] {
  const validate = validatorOf(schema);
  if (validate(value)) return [];
  return [`${what} does not match its schema: ${ajv.errorsText(validate.errors)}`];
}

/** Texts a client reads in an error: the message and each detail's key. */
function errorTexts(value: unknown): string[] {
  const error = (value as { error?: { message?: unknown; details?: { message?: unknown }[] } }).error;
  return [error?.message, ...(error?.details ?? []).map((detail) => detail.message)].filter(
    (text): text is string => typeof text === "string",
  );
}

/**
 * Every broken property of one answer, empty when the answer is right: no 5xx; the body matches what the route
 * documents for that status; errors in the one error shape without internal text; and, for `privateMarkers`, none of
 * another centre's data unless the request itself carried it.
 */
export function problemsWith(route: FuzzRoute, sent: SentRequest, response: LightMyRequestResponse, privateMarkers: string[]): string[] {
  const status = response.statusCode;
  const problems: string[] = [];
  if (status >= 500) problems.push(`server error ${status}`);
  const documented = route.responses.get(status);
  if (documented === NOT_JSON) return problems;
  const body = response.body;
  const json = body.length > 0 ? parsed(body) : null;
  if (json && !json.ok) problems.push("the body is not JSON");
  if (body.length > 0 && !String(response.headers["content-type"] ?? "").startsWith("application/json"))
    problems.push(`content-type ${response.headers["content-type"]}`);
  if (documented === undefined && !(status >= 400 && CROSS_CUTTING_STATUSES.has(status)))
    problems.push(`status ${status} is not documented`);
  if (documented === null && body.length > 0) problems.push(`status ${status} is documented without a body`);
  if (documented && json?.ok) problems.push(...schemaProblem(documented, json.value, `the ${status} body`));
  if (status >= 400) {
    if (!json?.ok) problems.push("an error without a JSON body");
    else {
      problems.push(...schemaProblem(errorShape, json.value, "the error"));
      for (const text of errorTexts(json.value))
        if (INTERNAL_TEXT.some((pattern) => pattern.test(text))) problems.push(`internal text in the error: ${text.slice(0, 200)}`);
    }
  } else if (INTERNAL_TEXT.slice(0, 4).some((pattern) => pattern.test(body))) problems.push("a stack trace in the body");
  const requestText = `${sent.url} ${sent.payload ?? ""}`;
  for (const marker of privateMarkers)
    if (body.includes(marker) && !requestText.includes(marker)) problems.push(`another centre's data in the answer: ${marker}`);
  return problems;
}
