import { foldForSearch } from "../shared/fold-for-search.js";

/**
 * Erasure cannot be undone, so the person erasing types the worker's full name (case and accents do not matter)
 * or the file's reference (its id).
 */
export function confirmsErasure(typed: string, worker: { id: string; givenName: string; familyName: string }): boolean {
  const answer = foldForSearch(typed);
  return answer.length > 0 && (answer === foldForSearch(`${worker.givenName} ${worker.familyName}`) || answer === worker.id);
}
