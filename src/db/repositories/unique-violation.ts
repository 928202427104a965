/**
 * Did the database refuse a write because a unique value was already taken? Use cases check before writing; this
 * is the backstop for two requests racing for the same value. Drizzle wraps the driver's error, so look at causes too.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ((current as Error & { code?: unknown }).code === "23505") return true;
  }
  return false;
}
