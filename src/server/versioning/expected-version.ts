import { DomainError } from "../../core/shared/api-error.js";

/** Someone saved the record since the client read it: the client must reload rather than overwrite their change. */
export function staleVersion(): DomainError {
  return new DomainError("precondition_failed", "Someone changed this record in the meantime; reload it.", [
    { path: [], message: "errors.staleVersion" },
  ]);
}

/**
 * Refuses early when the client's If-Match names another version than the one just read. The write itself checks
 * again atomically (`UPDATE … WHERE version = <read>`), so a concurrent edit between the two still loses with 412.
 */
export function checkExpectedVersion(expected: number, current: number): void {
  if (expected !== current) throw staleVersion();
}
