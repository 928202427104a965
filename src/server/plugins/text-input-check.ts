import type { FastifyInstance } from "fastify";
import { DomainError } from "../../core/shared/api-error.js";

/** A lone half of a surrogate pair: not a character, and stored as U+FFFD, silently changing the text. */
const LONE_SURROGATE = /\p{Cs}/u;

function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Where in a parsed value (object keys included) the first unstorable text is, or null. Iterative, so a body nested
 * thousands of levels deep cannot exhaust the stack.
 */
function unstorableAt(root: unknown): (string | number)[] | null {
  const pending: Visit[] = [{ value: root, key: null, parent: null }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const { value } = visit;
    if (typeof value === "string") {
      if (!isStorableText(value)) return pathOf(visit);
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) pending.push({ value: item, key: index, parent: visit });
    } else if (value !== null && typeof value === "object") {
      // Uploads carry buffers and streams, checked by their own code.
      if (ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown }).pipe === "function") continue;
      for (const [key, item] of Object.entries(value)) {
        if (!isStorableText(key)) return [...pathOf(visit), key];
        pending.push({ value: item, key, parent: visit });
      }
    }
  }
  return null;
}

/**
 * Text PostgreSQL cannot store (a NUL character, in text or jsonb) or would store changed (a lone surrogate) is
 * refused as invalid input before the handler runs, instead of failing in the database as a 500. After validation,
 * so only what the route accepts is checked: query and path parameters it declares, and the body.
 */
export function registerTextInputCheck(app: FastifyInstance) {
  app.addHook("preHandler", async (request) => {
    const schema = request.routeOptions.schema;
    const parts: [string, unknown][] = [
      ["params", schema?.params ? request.params : undefined],
      ["query", schema?.querystring ? request.query : undefined],
      ["body", request.body],
    ];
    for (const [part, value] of parts) {
      const path = unstorableAt(value);
      if (path) {
        throw new DomainError("validation_failed", "The request contains text that cannot be stored.", [
          { path: path.length > 0 ? path : [part], message: "errors.invalidValue" },
        ]);
      }
    }
  });
}
