import { DomainError } from "../../core/shared/api-error.js";
import { isUniqueViolation } from "../../db/repositories/unique-violation.js";

export function taxIdTaken(): DomainError {
  return new DomainError("conflict", "An employer with this tax id is already registered at this centre.", [
    { path: ["taxId"], message: "errors.taxIdTaken" },
  ]);
}

/** The database's unique (centre, tax id) is the backstop when two requests register the same tax id at once. */
export async function refusingTakenTaxId<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw isUniqueViolation(error) ? taxIdTaken() : error;
  }
}
