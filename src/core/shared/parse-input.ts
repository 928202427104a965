import type { z } from "zod";
import { DomainError } from "./api-error.js";

/**
 * Checks a value built on the server (a patch merged into the stored record) against its input schema. A failure
 * is the client's (the patch made the whole inconsistent), so it answers 400 with translation keys like the
 * route validation does, never a 500.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DomainError(
    "validation_failed",
    "The request is not valid.",
    result.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
      message: issue.message.startsWith("errors.") ? issue.message : "errors.invalidValue",
    })),
  );
}
