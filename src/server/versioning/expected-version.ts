import { DomainError } from "../../core/shared/api-error.js";

/** Someone saved the record since the client read it: the client must reload rather than overwrite their change. */
export function staleVersion(): DomainError {
  return new DomainError("conflict", "Someone changed this record in the meantime; reload it.", [
    { path: [], message: "errors.staleVersion" },
  ]);
}

/** Refuses early when the client's If-Match names an older version; no If-Match means "whatever is there now". */
export function checkExpectedVersion(expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) throw staleVersion();
}
